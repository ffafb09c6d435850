package cn.planwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.evaluation.Evaluation;
import cn.planwatch.evaluation.EvaluationStatus;
import cn.planwatch.evaluation.Evaluations;
import cn.planwatch.evaluation.SelfAssessment;
import cn.planwatch.evaluation.SelfAssessmentStatus;
import cn.planwatch.evaluation.SelfAssessments;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.TestDatabase;
import cn.planwatch.support.TestEvaluations;
import cn.planwatch.support.TestPlans;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

/**
 * A mid-term evaluation in the browser: the office opens it; the health department writes its
 * self-assessment (a draft saved with htmx, a file attached) and submits; the education department
 * is refused the health department's form and submits its own; the office scores and accepts both
 * and sends the evaluation for approval; the leadership group approves it.
 */
@PlanWatchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	@Autowired
	UserAccounts users;

	@Autowired
	Plans plans;

	@Autowired
	Evaluations evaluations;

	@Autowired
	SelfAssessments selfAssessments;

	Browser browser;

	@BeforeAll
	void openBrowser() {
		browser = Browser.open(port);
	}

	@AfterAll
	void closeBrowser() {
		browser.close();
	}

	@Test
	void anEvaluationFromOpeningToApproval() throws Exception {
		TestCounty county = TestRegions.newCounty(regions, departments, users);
		long plan = TestPlans.publishWomensPlan(plans, county);

		signIn(county.office());
		browser.click(browser.find(By.linkText("评估")));
		assertThat(browser.find(By.id("no-evaluations")).getText()).contains("尚未开展评估");
		new Select(browser.find(By.id("planId"))).selectByValue(String.valueOf(plan));
		browser.click(browser.find(By.id("kind-MID_TERM")));
		browser.type(By.id("assessmentYear"), "2025");
		browser.click(browser.find(By.cssSelector("#open-evaluation button[type=submit]")));
		browser.find(By.id("departments-heading"));
		assertThat(browser.text()).contains("已开启").contains(county.departmentName("health")).contains("已提交 0/2");
		browser.screenshot("evaluation-opened");
		Evaluation evaluation = evaluations.ofRegions(java.util.List.of(county.code())).get(0);
		SelfAssessment health = TestEvaluations.reportOf(selfAssessments, evaluation, county, "health");
		SelfAssessment education = TestEvaluations.reportOf(selfAssessments, evaluation, county, "education");

		signIn(TestRegions.reporter("health", county.code()));
		browser.click(browser.find(By.linkText("评估")));
		browser.click(browser.find(By.partialLinkText("中期评估")));
		answer(health, 0, "ACHIEVED", "2025 年孕产妇死亡率为 9.8/10万，已实现目标。");
		browser.click(browser.find(By.id("save-draft")));
		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "草稿已于"));
		answer(health, 1, "MOSTLY_ACHIEVED", "2025 年宫颈癌筛查率为 68%，接近目标。");
		long screening = health.entries().get(1).targetId();
		Path evidence = TestDatabase.workDir().resolve("筛查登记汇总.txt");
		Files.writeString(evidence, "宫颈癌筛查登记汇总（测试）", StandardCharsets.UTF_8);
		browser.find(By.id("file-" + screening)).sendKeys(evidence.toAbsolutePath().toString());
		browser.click(browser.find(By.cssSelector("button[form='attach-" + screening + "']")));
		browser.waitFor()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("attachments-" + screening), "筛查登记汇总.txt"));
		browser.click(browser.find(By.id("save-draft")));
		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("filled-" + screening), "已填写"));
		assertThat(browser.find(By.id("save-status")).getText()).contains("草稿已于");
		browser.screenshot("self-assessment-draft");
		browser.click(browser.find(By.id("submit-report")));
		browser.driver().switchTo().alert().accept();
		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已提交评估组评审"));
		assertThat(selfAssessments.get(health.id()).status()).isEqualTo(SelfAssessmentStatus.SUBMITTED);
		assertThat(selfAssessments.get(health.id()).entry(screening).attachments()).hasSize(1);

		signIn(TestRegions.reporter("education", county.code()));
		browser.go("/self-assessments/" + health.id());
		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "无权查看"));
		assertThat(browser.text()).contains("只能查看本单位的自评报告").doesNotContain("宫颈癌筛查率为 68%");
		browser.screenshot("self-assessment-refused");
		browser.go("/self-assessments/" + education.id());
		answer(education, 0, "NOT_ACHIEVED", "2025 年女干部配备 0 名，未实现目标。");
		browser.click(browser.find(By.id("submit-report")));
		browser.driver().switchTo().alert().accept();
		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已提交评估组评审"));

		signIn(county.office());
		browser.go("/evaluations/" + evaluation.id());
		browser.click(browser.find(By.linkText(county.departmentName("health"))));
		browser.type(By.id("score"), "88");
		browser.type(By.id("comment"), "数据翔实，措施具体。");
		browser.screenshot("self-assessment-review");
		browser.click(browser.find(By.id("accept")));
		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已评审通过"));
		browser.go("/self-assessments/" + education.id());
		browser.type(By.id("score"), "72");
		browser.click(browser.find(By.id("accept")));
		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已评审通过"));
		browser.go("/evaluations/" + evaluation.id());
		browser.click(browser.find(By.id("start-review")));
		browser.driver().switchTo().alert().accept();
		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "开始评审。"));
		browser.click(browser.find(By.id("submit-for-approval")));
		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation-status"), "待领导小组审定"));
		browser.screenshot("evaluation-submitted");

		signIn(TestRegions.leader(county.code()));
		browser.click(browser.find(By.partialLinkText("待领导小组审定")));
		browser.click(browser.find(By.id("approve")));
		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation-status"), "已审定"));
		browser.screenshot("evaluation-approved");
		assertThat(evaluations.get(evaluation.id()).status()).isEqualTo(EvaluationStatus.APPROVED);
		assertThat(browser.text()).contains("平均分 80.0");
	}

	private void signIn(String username) {
		browser.signOut();
		browser.signIn(username, PlanWatchTest.DEMO_PASSWORD);
		browser.find(By.id("work-heading"));
	}

	/** Chooses the conclusion and writes 完成情况 for the report's entry number {@code index}. */
	private void answer(SelfAssessment report, int index, String conclusion, String progress) {
		long target = report.entries().get(index).targetId();
		new Select(browser.find(By.name("conclusion-" + target))).selectByValue(conclusion);
		browser.type(By.name("progress-" + target), progress);
	}

}
