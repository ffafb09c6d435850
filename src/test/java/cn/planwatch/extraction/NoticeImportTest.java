package cn.planwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import cn.planwatch.access.NewAccount;
import cn.planwatch.access.Role;
import cn.planwatch.access.UserAccounts;
import cn.planwatch.plan.PlanDetail;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.Plans;
import cn.planwatch.plan.Target;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.support.SignedIn;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

/**
 * Importing notices end to end on the real database: a seed notice becomes two draft plans;
 * every bad file is refused with its Chinese message and writes nothing.
 */
@PlanWatchTest
class NoticeImportTest {

	static final Path SEEDS = Path.of("..", "shared", "seeds");

	@Autowired
	NoticeImports imports;

	@Autowired
	Plans plans;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	TestCounty county;

	@BeforeEach
	void freshCounty() {
		county = TestRegions.newCounty(regions, departments, users);
	}

	private byte[] seed(String name) throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is absent: seed import test skipped");
		return Files.readAllBytes(SEEDS.resolve(name));
	}

	private int rows() {
		return jdbc.sql("select (select count(*) from plan) + (select count(*) from extraction_import) + (select count(*) from plan_target)")
			.query(Integer.class)
			.single();
	}

	@Test
	void aNoticeWithTwoPlansBecomesTwoDraftsLinkedToTheCatalogue() throws IOException {
		ImportOutcome outcome = imports.importNotice(county.code(), "高台县规划.txt", seed("001_6908fe76fc813172.txt"), "office");

		assertThat(outcome.draftPlanIds()).hasSize(2);
		PlanDetail women = plans.get(outcome.draftPlanIds().get(0));
		PlanDetail children = plans.get(outcome.draftPlanIds().get(1));
		assertThat(women.summary().kind()).isEqualTo(PlanKind.WOMEN);
		assertThat(women.summary().status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(women.areas()).hasSize(8);
		assertThat(children.areas()).hasSize(7);
		assertThat(women.summary().goalCount() + children.summary().goalCount()).isEqualTo(142);
		Target maternal = women.targets().filter(t -> "孕产妇死亡率".equals(t.indicatorName())).findFirst().orElseThrow();
		assertThat(maternal.indicatorCode()).isEqualTo("W-1-01");
		assertThat(maternal.value()).isEqualByComparingTo("12");
		assertThat(maternal.leads()).as("the catalogue's source department is suggested as lead").hasSize(1);
		assertThat(women.summary().supersedesPlanId()).as("nothing to replace in a new county").isNull();
		assertThat(outcome.warnings()).anyMatch(w -> w.contains("高台县") && w.contains(county.name()));
		assertThat(plans.monitoringSetup(women.summary().id())).hasValueSatisfying(setup -> {
			assertThat(setup.annualMonitoring()).isTrue();
			assertThat(setup.midTermEvaluation()).isTrue();
			assertThat(setup.finalEvaluation()).isTrue();
		});
		assertThat(children.areas().stream().mapToInt(a -> a.strategyTargets().size()).sum()).isPositive();
	}

	@Test
	void everyBadFileIsRefusedWithItsMessageAndWritesNothing() {
		byte[] noise = new byte[2048];
		new Random(3).nextBytes(noise);
		noise[0] = 0;
		byte[] docx = TestDocuments.docx(List.of("主要目标", "1．孕产妇死亡率控制在12/10万以下。"), List.of());
		record Bad(String name, byte[] content, String message) {
		}
		List<Bad> corpus = List.of(new Bad("空.txt", new byte[0], "是空的"),
				new Bad("乱码.txt", noise, "不是文本文件"),
				new Bad("半截.docx", Arrays.copyOf(docx, docx.length / 2), "不是有效的 Word"),
				new Bad("扫描件.pdf", TestDocuments.scannedPdf(3), "没有可读取的文字层"),
				new Bad("会议通知.txt", "关于召开全县安全生产工作会议的通知\n各乡镇：定于下周一召开会议。".getBytes(Charset.forName("GBK")), "规划"),
				new Bad("表格.xlsx", "x".getBytes(StandardCharsets.UTF_8), "不支持的文件类型"));
		int before = rows();
		for (Bad bad : corpus) {
			assertThatThrownBy(() -> imports.importNotice(county.code(), bad.name(), bad.content(), "office"))
				.as(bad.name())
				.isInstanceOf(DocumentException.class)
				.hasMessageContaining(bad.message());
		}
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aGbkNoticeIsReadLikeAUtf8One() throws IOException {
		String text = new String(seed("004_684425739db54e33.txt"), StandardCharsets.UTF_8);
		ImportOutcome outcome = imports.importNotice(county.code(), "常宁（GBK）.txt", text.getBytes(Charset.forName("GB18030")), "office");

		assertThat(outcome.draftPlanIds()).hasSize(1);
		assertThat(plans.get(outcome.draftPlanIds().get(0)).summary().kind()).isEqualTo(PlanKind.CHILDREN);
	}

	@Test
	void theUploadFormExplainsABadFileInChinese() throws Exception {
		mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "空.txt", "text/plain", new byte[0]))
			.param("regionCode", county.code())
			.with(SignedIn.as(users, county.office()))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("“空.txt”是空的")));
	}

	@Test
	void theUploadFormTakesANoticeToItsReview() throws Exception {
		mvc.perform(multipart("/imports")
			.file(new MockMultipartFile("file", "常宁.txt", "text/plain", seed("004_684425739db54e33.txt")))
			.param("regionCode", county.code())
			.with(SignedIn.as(users, county.office()))
			.with(csrf())).andExpect(redirectedUrlPattern("/plans/*/review"));
	}

	@Test
	void aSecondImportOfTheSameKindIsADraftToReplaceThePlanInForce() throws IOException {
		byte[] notice = seed("004_684425739db54e33.txt");
		long first = imports.importNotice(county.code(), "第一版.txt", notice, "office").draftPlanIds().get(0);
		plans.publish(first);

		long second = imports.importNotice(county.code(), "第二版.txt", notice, "office").draftPlanIds().get(0);

		assertThat(plans.get(second).summary().supersedesPlanId()).isEqualTo(first);
	}

	@Test
	void onlyTheCommissionOfficeImports() throws Exception {
		String viewer = "test-viewer-" + county.code();
		users.create(new NewAccount(viewer, "查看者", Role.VIEWER, county.code(), null), PlanWatchTest.DEMO_PASSWORD, false);
		int before = rows();
		mvc.perform(multipart("/imports")
			.file(new MockMultipartFile("file", "常宁.txt", "text/plain", "主要目标".getBytes(StandardCharsets.UTF_8)))
			.param("regionCode", county.code())
			.with(SignedIn.as(users, viewer))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(multipart("/imports")
			.file(new MockMultipartFile("file", "常宁.txt", "text/plain", "主要目标".getBytes(StandardCharsets.UTF_8)))
			.param("regionCode", "990122")
			.with(SignedIn.as(users, county.office()))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(rows()).isEqualTo(before);
	}

}
