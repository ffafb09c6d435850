package cn.planwatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.TestEvaluations;
import cn.planwatch.support.TestPlans;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

/** Evidence files kept in the database: up to 20 MB each, listed with their entry, downloaded, deleted while a draft. */
@PlanWatchTest
class AttachmentTest {

	@Autowired
	Evaluations evaluations;

	@Autowired
	SelfAssessments selfAssessments;

	@Autowired
	Attachments attachments;

	@Autowired
	Plans plans;

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	@Autowired
	UserAccounts users;

	SelfAssessment health;

	long target;

	@BeforeEach
	void openEvaluation() {
		TestCounty county = TestRegions.newCounty(regions, departments, users);
		Evaluation evaluation = TestEvaluations.openMidTerm(evaluations, TestPlans.publishWomensPlan(plans, county), county);
		health = TestEvaluations.reportOf(selfAssessments, evaluation, county, "health");
		target = health.entries().get(1).targetId();
	}

	@Test
	void anAttachedFileIsListedWithItsEntryAndDownloadedAsUploaded() {
		byte[] content = "筛查登记汇总".getBytes(StandardCharsets.UTF_8);

		Attachment attachment = attachments.attach(health.id(), target, "C:\\材料\\筛查汇总.xlsx", "application/vnd.ms-excel",
				content, "alice");

		assertThat(attachment.fileName()).as("the folder a browser sends along is dropped").isEqualTo("筛查汇总.xlsx");
		assertThat(attachment.size()).isEqualTo(content.length);
		SelfAssessment report = selfAssessments.get(health.id());
		assertThat(report.entry(target).attachments()).extracting(Attachment::fileName).containsExactly("筛查汇总.xlsx");
		assertThat(report.version()).as("attaching leaves an open form valid").isEqualTo(health.version());
		AttachmentFile file = attachments.file(attachment.id());
		assertThat(file.content()).isEqualTo(content);
		assertThat(file.attachment().contentType()).isEqualTo("application/vnd.ms-excel");
		assertThat(selfAssessments.ofAttachment(attachment).id()).isEqualTo(health.id());

		attachments.delete(attachment.id(), "alice");

		assertThat(selfAssessments.get(health.id()).entry(target).attachments()).isEmpty();
	}

	@Test
	void aFileOfTwentyMegabytesIsAcceptedAndOneByteMoreIsRefused() {
		Attachment largest = attachments.attach(health.id(), target, "扫描件.pdf", "application/pdf",
				new byte[Attachments.MAX_BYTES], "alice");
		assertThat(largest.size()).isEqualTo(20 * 1024 * 1024);

		assertThatThrownBy(() -> attachments.attach(health.id(), target, "扫描件2.pdf", "application/pdf",
				new byte[Attachments.MAX_BYTES + 1], "alice"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("file"))
			.hasMessageContaining("附件“扫描件2.pdf”有 20.0 MB，超过每个文件 20 MB 的上限");
		assertThatThrownBy(() -> attachments.attach(health.id(), target, "空.txt", "text/plain", new byte[0], "alice"))
			.hasMessageContaining("附件“空.txt”是空文件");
		assertThat(selfAssessments.get(health.id()).entry(target).attachments()).hasSize(1);
	}

	@Test
	void attachmentsCannotBeAddedOrDeletedOnceTheReportIsSubmitted() {
		Attachment attachment = attachments.attach(health.id(), target, "a.txt", null, new byte[] { 1 }, "alice");
		assertThat(attachment.contentType()).isEqualTo("application/octet-stream");
		TestEvaluations.submitComplete(selfAssessments, health, "alice");

		assertThatThrownBy(() -> attachments.attach(health.id(), target, "b.txt", "text/plain", new byte[] { 1 }, "alice"))
			.hasMessageContaining("已提交，待评审，不能再修改");
		assertThatThrownBy(() -> attachments.delete(attachment.id(), "alice")).hasMessageContaining("不能再修改");
		assertThat(evaluations.history(health.evaluationId())).extracting(EvaluationAudit::action)
			.contains(EvaluationAudit.Action.ATTACH);
	}

}
