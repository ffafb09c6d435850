package cn.planwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.PlanAssessment;
import cn.planwatch.assessment.Rectifications;
import cn.planwatch.assessment.RegionAssessment;
import cn.planwatch.assessment.TargetAssessment;
import cn.planwatch.collection.HistoryLoads;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.SignedIn;
import cn.planwatch.support.TestPlans;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

/** The Excel downloads of the key tables hold what their pages show, under the same access rules. */
@PlanWatchTest
class CockpitExportsTest {

	private static final String DONGLIN = "990121";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	Assessments assessments;

	@Autowired
	Rectifications rectifications;

	@Autowired
	HistoryLoads history;

	@Autowired
	Plans plans;

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	@Test
	void theAssessmentExportHasARowForEveryTargetSayingDemoData() throws Exception {
		RegionAssessment assessment = assessments.ofRegion(DONGLIN, assessments.latestYear(DONGLIN).orElseThrow());
		TargetAssessment first = assessment.plans().get(0).targets().get(0);

		List<List<String>> rows = sheet("/regions/" + DONGLIN + "/assessment.xlsx", "donglin-viewer");

		assertThat(rows.get(0).get(0)).isEqualTo("东林县 " + assessment.year() + " 年规划目标评估（演示数据）");
		assertThat(rows.get(1)).startsWith("规划", "领域", "主要目标", "指标", "目标值", "本年值", "达标状态");
		assertThat(rows).hasSize(2 + assessment.plans().stream().mapToInt(p -> p.targets().size()).sum());
		assertThat(rows.get(2)).startsWith(assessment.plans().get(0).plan().title(), first.areaName(),
				String.valueOf(first.goalNumber()), first.target().indicatorName());
	}

	@Test
	void theWarningExportListsEveryWarningMostPressingFirst() throws Exception {
		RegionAssessment assessment = assessments.ofRegion(DONGLIN, assessments.latestYear(DONGLIN).orElseThrow());
		List<ActionWarning> warnings = ActionWarning.of(assessment, List.of());

		List<List<String>> rows = sheet("/regions/" + DONGLIN + "/cockpit/warnings.xlsx", "donglin-office");

		assertThat(rows).hasSize(2 + assessment.plans().stream().mapToInt(p -> p.warned().size()).sum());
		assertThat(rows.get(2).get(2)).isEqualTo(warnings.get(0).target().target().indicatorName());
		assertThat(rows.get(rows.size() - 1).get(2))
			.isEqualTo(warnings.get(warnings.size() - 1).target().target().indicatorName());
	}

	@Test
	void theRankingExportRanksTheCitysCounties() throws Exception {
		List<List<String>> rows = sheet("/regions/990100/cockpit/ranking.xlsx", "office");

		assertThat(rows.get(1)).startsWith("名次", "县区", "综合达标率");
		assertThat(rows.subList(2, rows.size())).extracting(r -> r.get(1)).containsExactlyInAnyOrder("东林县", "西河县");
		assertThat(rows.get(2).get(0)).isEqualTo("1");
		assertThat(rows.get(2).get(2)).endsWith("%");
		mvc.perform(get("/regions/990100/cockpit/ranking.xlsx").with(SignedIn.as(users, "donglin-office")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/regions/" + DONGLIN + "/cockpit/ranking.xlsx").with(SignedIn.as(users, "donglin-office")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theRectificationExportHoldsTheItemsTheUserSees() throws Exception {
		TestCounty county = TestRegions.newCounty(regions, departments, users);
		TestPlans.publishWomensPlan(plans, county);
		TestPlans.loadFallingScreening(history, county);
		PlanAssessment plan = assessments.ofRegion(county.code(), 2024).plans().get(0);
		rectifications.issue(plan.warned().get(0).target().id(), 2024, county.departments().get("health"), "分析原因",
				LocalDate.now().plusDays(10), county.office(), LocalDate.now());

		List<List<String>> office = sheet("/rectifications.xlsx", county.office());
		List<List<String>> education = sheet("/rectifications.xlsx", TestRegions.reporter("education", county.code()));

		assertThat(office).hasSize(3);
		assertThat(office.get(2)).startsWith(county.name(), "2024", "宫颈癌筛查率", "逆向变化", county.departmentName("health"));
		assertThat(education).hasSize(2);
	}

	/** Downloads an export as the user and reads its first sheet as text, row by row. */
	private List<List<String>> sheet(String path, String user) throws Exception {
		byte[] xlsx = mvc.perform(get(path).with(SignedIn.as(users, user)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", ExportTable.XLSX.toString()))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter text = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					cells.add(text.formatCellValue(row.getCell(c)));
				}
				rows.add(cells);
			}
			return rows;
		}
	}

}
