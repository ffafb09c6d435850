package cn.planwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.assessment.Assessments;
import cn.planwatch.report.Publication;
import cn.planwatch.report.Publications;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.SignedIn;

/**
 * Reports through the web and the API for the demo county, and publication: what the office
 * publishes is public without login, nothing else is, and a withdrawn report is gone.
 */
@PlanWatchTest
class ReportPagesTest {

	private static final String XIHE = "990122";

	private static final String DONGLIN = "990121";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	Assessments assessments;

	@Autowired
	Publications publications;

	@Test
	void theReportsPageOffersEachPlansReportTheCompendiumAndWarningNotices() throws Exception {
		int year = assessments.latestYear(DONGLIN).orElseThrow();
		mvc.perform(get("/regions/" + DONGLIN + "/reports").with(SignedIn.as(users, "donglin-office")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(year + " 年度统计监测报告")))
			.andExpect(content().string(containsString("plan=women&amp;year=" + year + "&amp;format=docx")))
			.andExpect(content().string(containsString("预警通报")));
	}

	@Test
	void theApiServesTheAnnualReportAndTheCompendiumAndExplainsABadRequest() throws Exception {
		int year = assessments.latestYear(DONGLIN).orElseThrow();
		byte[] pdf = mvc.perform(get("/api/v1/regions/" + DONGLIN + "/reports/annual").param("plan", "women")
				.param("year", String.valueOf(year)).param("format", "pdf").with(SignedIn.as(users, "donglin-stats")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(pdf).startsWith("%PDF".getBytes());

		byte[] xlsx = mvc.perform(get("/api/v1/regions/" + DONGLIN + "/reports/compendium").param("year", String.valueOf(year))
				.with(SignedIn.as(users, "donglin-stats")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isGreaterThan(3);
		}

		mvc.perform(get("/api/v1/regions/" + DONGLIN + "/reports/annual").param("plan", "men").param("year", "2024")
				.with(SignedIn.as(users, "donglin-stats")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("women 或 children")));
	}

	@Test
	void aPublishedReportIsPublicUntilWithdrawnAndNothingUnpublishedIs() throws Exception {
		int year = assessments.latestYear(XIHE).orElseThrow();
		mvc.perform(get("/public/regions/" + XIHE)).andExpect(status().isNotFound());

		mvc.perform(post("/regions/" + XIHE + "/publications").with(csrf()).with(SignedIn.as(users, "office"))
				.param("kind", "ANNUAL_REPORT").param("plan", "children").param("year", String.valueOf(year))
				.param("format", "pdf"))
			.andExpect(redirectedUrlPattern("/regions/" + XIHE + "/reports*"));
		Publication published = publications.publicOf(XIHE).get(0);

		mvc.perform(get("/public/regions/" + XIHE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(published.title())))
			.andExpect(content().string(not(containsString("退出"))));
		byte[] download = mvc.perform(get("/public/reports/" + published.id()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(download).startsWith("%PDF".getBytes());
		mvc.perform(get("/regions/" + XIHE + "/reports")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/regions/" + XIHE + "/reports/annual").param("plan", "children")
				.param("year", String.valueOf(year))).andExpect(status().isUnauthorized());

		mvc.perform(post("/publications/" + published.id() + "/withdraw").with(csrf()).with(SignedIn.as(users, "office")))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/public/reports/" + published.id())).andExpect(status().isNotFound());
	}

	@Test
	void aPublishedIndicatorShowsItsFiguresUpToTheChosenYearOnly() throws Exception {
		int year = assessments.latestYear(DONGLIN).orElseThrow();
		mvc.perform(post("/regions/" + DONGLIN + "/published-indicators").with(csrf())
				.with(SignedIn.as(users, "donglin-office")).param("indicatorCode", "C-1-02")
				.param("throughYear", String.valueOf(year - 1)))
			.andExpect(status().is3xxRedirection());

		String page = mvc.perform(get("/public/regions/" + DONGLIN)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("public-charts-data").contains("<th scope=\"col\" class=\"text-end\">" + (year - 1) + "</th>")
			.doesNotContain("<th scope=\"col\" class=\"text-end\">" + year + "</th>");
		mvc.perform(post("/regions/" + DONGLIN + "/published-indicators").with(csrf())
				.with(SignedIn.as(users, "donglin-viewer")).param("indicatorCode", "C-1-03").param("throughYear", "2024"))
			.andExpect(status().isForbidden());
	}

}
