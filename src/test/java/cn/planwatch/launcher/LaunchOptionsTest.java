package cn.planwatch.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

	@Test
	void readsTheDemoOptions() {
		LaunchOptions options = LaunchOptions.parse("demo", "--port", "9090", "--data-dir", "/srv/pw", "--demo-password",
				"geheim1");

		assertThat(options.command()).isEqualTo("demo");
		assertThat(options.port()).isEqualTo(9090);
		assertThat(options.dataDir()).isEqualTo(Path.of("/srv/pw"));
		assertThat(options.demoPassword()).contains("geheim1");
	}

	@Test
	void defaultsToPort8080AndALocalDataDirectory() {
		LaunchOptions options = LaunchOptions.parse("demo");

		assertThat(options.port()).isEqualTo(8080);
		assertThat(options.dataDir()).isEqualTo(Path.of("planwatch-data"));
		assertThat(options.demoPassword()).isEmpty();
	}

	@Test
	void passesSpringPropertiesThrough() {
		LaunchOptions options = LaunchOptions.parse("serve", "--db-url", "jdbc:postgresql://db/pw",
				"--logging.level.root=debug");

		assertThat(options.dbUrl()).contains("jdbc:postgresql://db/pw");
		assertThat(options.springArgs()).containsExactly("--logging.level.root=debug");
	}

	@Test
	void rejectsAnUnknownOptionInChinese() {
		assertThatThrownBy(() -> LaunchOptions.parse("demo", "--colour", "red")).isInstanceOf(StartupException.class)
			.hasMessageContaining("无法识别的选项：--colour");
	}

	@Test
	void rejectsAPortOutOfRange() {
		assertThatThrownBy(() -> LaunchOptions.parse("demo", "--port", "70000")).isInstanceOf(StartupException.class)
			.hasMessageContaining("端口号无效：70000");
	}

	@Test
	void rejectsAnOptionWithoutItsValue() {
		assertThatThrownBy(() -> LaunchOptions.parse("demo", "--data-dir")).isInstanceOf(StartupException.class)
			.hasMessageContaining("选项 --data-dir 缺少取值");
	}

	@Test
	void rejectsAShortDemoPassword() {
		assertThatThrownBy(() -> LaunchOptions.parse("demo", "--demo-password", "abc"))
			.isInstanceOf(StartupException.class)
			.hasMessageContaining("至少需要 6 个字符");
	}

	@Test
	void rejectsAMissingCommand() {
		assertThatThrownBy(LaunchOptions::parse).isInstanceOf(StartupException.class).hasMessageContaining("缺少子命令");
	}

}
