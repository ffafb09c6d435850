package cn.planwatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.evaluation.Evaluation;
import cn.planwatch.evaluation.EvaluationSummary;
import cn.planwatch.evaluation.Evaluations;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.SignedIn;
import cn.planwatch.support.TestEvaluations;
import cn.planwatch.support.TestPlans;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

/** The demo county's mid-term evaluation report: assessment figures, every department's review, their problems. */
@PlanWatchTest
class EvaluationReportsTest {

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	@Autowired
	Plans plans;

	@Autowired
	EvaluationReports reports;

	@Autowired
	Evaluations evaluations;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	private Evaluation demoEvaluation() {
		return evaluations.ofRegions(java.util.List.of("990121")).get(0);
	}

	@Test
	void theReportSumsUpTheAssessmentAndEveryDepartmentsSelfAssessment() throws Exception {
		Evaluation evaluation = demoEvaluation();
		EvaluationSummary summary = evaluations.summary(evaluation.id());

		GeneratedFile file = reports.docx(evaluation.id());

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file.content()))) {
			String text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			assertThat(text).contains("一、总体评价", "二、分领域评价", "三、成员单位自评情况", "四、存在问题", "五、对策建议");
			assertThat(text).contains("中期评估显示").contains("综合达标率为");
			XWPFTable departments = document.getTables().get(document.getTables().size() - 1);
			assertThat(departments.getRows()).hasSize(summary.departments().size() + 1);
			for (var department : summary.departments()) {
				var row = departments.getRows().get(summary.departments().indexOf(department) + 1);
				assertThat(row.getCell(0).getText()).isEqualTo(department.departmentName());
				assertThat(row.getCell(2).getText())
					.isEqualTo(department.score() == null ? "—" : department.score().stripTrailingZeros().toPlainString());
			}
			for (String problem : EvaluationReportContent.problems(summary)) {
				assertThat(text).contains(problem);
			}
		}
	}

	@Test
	void theReportIsServedAsPdfToTheOfficeButNotToADepartment() throws Exception {
		Evaluation evaluation = demoEvaluation();
		byte[] pdf = mvc.perform(get("/api/v1/evaluations/" + evaluation.id() + "/report").param("format", "pdf")
				.with(SignedIn.as(users, "donglin-office")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 4)).isEqualTo("%PDF");
		mvc.perform(get("/evaluations/" + evaluation.id() + "/report").with(SignedIn.as(users, "donglin-reporter-health")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPlanWithoutResultsGetsAnExplanationInsteadOfAReport() throws Exception {
		TestCounty county = TestRegions.newCounty(regions, departments, users);
		Evaluation evaluation = TestEvaluations.openMidTerm(evaluations, TestPlans.publishWomensPlan(plans, county), county);

		mvc.perform(get("/evaluations/" + evaluation.id() + "/report").with(SignedIn.as(users, county.office())))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("还没有评估结果：请先审核通过监测数据")));
	}

}
