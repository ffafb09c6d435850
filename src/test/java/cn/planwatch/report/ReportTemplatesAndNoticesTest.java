package cn.planwatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.ResultWarning;
import cn.planwatch.assessment.TargetAssessment;
import cn.planwatch.collection.ApprovedValue;
import cn.planwatch.collection.MonitoringData;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.region.Department;
import cn.planwatch.report.wording.ReportKind;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.SignedIn;

/** Editable wording reaches the reports; warning notices and the compendium carry the assessment's and the data's figures. */
@PlanWatchTest
class ReportTemplatesAndNoticesTest {

	private static final String DONGLIN = "990121";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	ReportTemplates templates;

	@Autowired
	AnnualReports reports;

	@Autowired
	WarningNotices notices;

	@Autowired
	Compendiums compendiums;

	@Autowired
	Assessments assessments;

	@Autowired
	MonitoringData data;

	private static String text(byte[] docx) throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
		}
	}

	@Test
	void anEditedTemplateChangesTheReportsWordingAndABrokenOneIsRefusedWithItsLine() throws Exception {
		int year = assessments.latestYear(DONGLIN).orElseThrow();
		String edited = templates.text(ReportKind.ANNUAL_REPORT).replace("[总体情况]\n", "[总体情况]\n本段为测试修改的措辞。\n");
		try {
			mvc.perform(post("/report-templates/ANNUAL_REPORT").with(csrf()).with(SignedIn.as(users, "office"))
					.param("text", edited))
				.andExpect(status().is3xxRedirection());
			assertThat(text(reports.docx(DONGLIN, PlanKind.WOMEN, year).content())).contains("本段为测试修改的措辞。");

			mvc.perform(post("/report-templates/ANNUAL_REPORT").with(csrf()).with(SignedIn.as(users, "office"))
					.param("text", edited.replace("本段为测试修改的措辞。", "本段引用{不存在的数据}。")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("不存在的数据")))
				.andExpect(content().string(containsString("行")));
			assertThat(templates.text(ReportKind.ANNUAL_REPORT)).contains("本段为测试修改的措辞。");

			mvc.perform(post("/report-templates/ANNUAL_REPORT").with(csrf()).with(SignedIn.as(users, "donglin-office"))
					.param("text", edited))
				.andExpect(status().isForbidden());
		}
		finally {
			templates.reset(ReportKind.ANNUAL_REPORT);
		}
		assertThat(text(reports.docx(DONGLIN, PlanKind.WOMEN, year).content())).doesNotContain("本段为测试修改的措辞。");
	}

	@Test
	void aWarningNoticeListsEveryWarnedTargetTheDepartmentLeads() throws Exception {
		int year = assessments.latestYear(DONGLIN).orElseThrow();
		Map<Department, Integer> warned = notices.departmentsWarned(DONGLIN, PlanKind.WOMEN, year);
		assertThat(warned).isNotEmpty();
		Department department = warned.keySet().iterator().next();
		List<TargetAssessment> led = assessments.ofRegion(DONGLIN, year).plans().stream()
			.filter(p -> p.plan().kind() == PlanKind.WOMEN).findFirst().orElseThrow().warned().stream()
			.filter(t -> t.target().leads().stream().anyMatch(l -> l.departmentId() == department.id()))
			.toList();

		String text = text(notices.docx(DONGLIN, PlanKind.WOMEN, year, department.id()).content());
		String link = "/regions/" + DONGLIN + "/reports/warning-notice?plan=women&year=" + year + "&departmentId=" + department.id();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(link)
				.with(SignedIn.as(users, "donglin-office")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Type", GeneratedFile.DOCX));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(link)
				.with(SignedIn.as(users, "donglin-reporter-" + department.kindCode())))
			.andExpect(status().isOk());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(link)
				.with(SignedIn.as(users, "donglin-reporter-" + (department.kindCode().equals("education") ? "health" : "education"))))
			.andExpect(status().isForbidden());

		assertThat(text).startsWith("关于" + year + "年度妇女发展规划监测指标预警情况的通报").contains("\n" + department.name() + "：\n");
		assertThat(led).hasSize(warned.get(department));
		for (TargetAssessment target : led) {
			assertThat(text).contains(target.target().indicatorName());
			target.result().warnings().stream().filter(ResultWarning::needsAction)
				.forEach(w -> assertThat(text).contains(w.text()));
		}
	}

	@Test
	void theCompendiumHoldsTheApprovedFiguresOfEachIndicator() throws Exception {
		int year = assessments.latestYear(DONGLIN).orElseThrow();
		ApprovedValue sample = data.ofRegion(DONGLIN, List.of("C-1-02")).stream()
			.filter(v -> v.year() == year && v.breakdownKey().equals("TOTAL")).findFirst().orElseThrow();

		byte[] xlsx = compendiums.xlsx(DONGLIN, year).content();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet("儿童与健康");
			assertThat(sheet).isNotNull();
			int yearColumn = -1;
			Double found = null;
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
							&& cell.getStringCellValue().equals(String.valueOf(year))) {
						yearColumn = cell.getColumnIndex();
					}
				}
				Cell first = row.getCell(0);
				if (yearColumn >= 0 && first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
						&& first.getStringCellValue().strip().equals("婴儿死亡率")) {
					found = row.getCell(yearColumn).getNumericCellValue();
				}
			}
			assertThat(found).isNotNull();
			assertThat(found).isCloseTo(sample.value().doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
		}
	}

}
