package cn.planwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.engine.Settings;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.SignedIn;

/** The assessment rules are set by the top office, recompute the results, and printed with every rate. */
@PlanWatchTest
class AssessmentSettingsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	Assessments assessments;

	private static MockHttpServletRequestBuilder rules(String tolerancePercent, String onTrack, String difficult) {
		return post("/assessment-settings").with(csrf())
			.param("toleranceKind", "RELATIVE_TO_TARGET")
			.param("tolerancePercent", tolerancePercent)
			.param("denominatorRule", "EXCLUDE_NO_DATA")
			.param("onTrackPercent", onTrack)
			.param("difficultPercent", difficult);
	}

	@Test
	void aWiderToleranceIsSavedAndTheResultsAreRecomputedWithIt() throws Exception {
		Settings before = assessments.settings();
		int year = assessments.latestYear("990121").orElseThrow();
		try {
			mvc.perform(rules("10", "95", "50").with(SignedIn.as(users, "office"))).andExpect(status().is3xxRedirection());

			assertThat(assessments.settings().tolerance()).isEqualTo(0.1);
			var plan = assessments.ofRegion("990121", year).plans().get(0);
			assertThat(plan.rate().describe()).contains("差距不超过目标值的10%");
			assertThat(plan.targets()).filteredOn(t -> t.result().status().name().equals("BASICALLY_ACHIEVED"))
				.allSatisfy(t -> assertThat(t.result().explanation()).contains("差距不超过目标值的10%"));

			mvc.perform(rules("10", "40", "50").with(SignedIn.as(users, "office"))).andExpect(status().isBadRequest());
			mvc.perform(rules("8", "95", "50").with(SignedIn.as(users, "donglin-office"))).andExpect(status().isForbidden());
			assertThat(assessments.settings().tolerance()).isEqualTo(0.1);
		}
		finally {
			assessments.updateSettings(before, "test");
		}
		assertThat(assessments.ofRegion("990121", year).plans().get(0).rate().describe()).contains("差距不超过目标值的5%");
	}

}
