package cn.planwatch.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the Spring context under test at the {@link TestDatabase}. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestDatabase database = TestDatabase.get();
		TestPropertyValues
			.of("spring.datasource.url=" + database.url(), "spring.datasource.username=" + nullToEmpty(database.user()),
					"spring.datasource.password=" + nullToEmpty(database.password()))
			.applyTo(context);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
