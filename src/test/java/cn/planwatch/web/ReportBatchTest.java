package cn.planwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.assessment.Assessments;
import cn.planwatch.report.ReportBatch;
import cn.planwatch.report.ReportBatches;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.SignedIn;

/** A city's batch of county reports runs in the background, reports its progress and ends in one zip. */
@PlanWatchTest
class ReportBatchTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	ReportBatches batches;

	@Autowired
	Assessments assessments;

	@Test
	void aBatchForTheCitysCountiesEndsInAZipOfEveryReport() throws Exception {
		int year = assessments.latestYear("990121").orElseThrow();
		String location = mvc.perform(post("/regions/990100/report-batches").with(csrf()).with(SignedIn.as(users, "office"))
				.param("year", String.valueOf(year)))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		ReportBatch started = batches.get(id);
		// two counties, each: the annual report of both plans in Word and PDF, and the compendium
		assertThat(started.total()).isEqualTo(2 * (2 * 2 + 1));

		batches.completion(id).ifPresent(future -> {
			try {
				future.get(15, TimeUnit.MINUTES);
			}
			catch (Exception ex) {
				throw new AssertionError(ex);
			}
		});

		mvc.perform(get("/report-batches/" + id + "/progress").with(SignedIn.as(users, "office")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已完成")))
			.andExpect(content().string(containsString("10 / 10")));
		byte[] zip = mvc.perform(get("/report-batches/" + id + "/file").with(SignedIn.as(users, "office")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		List<String> names = new ArrayList<>();
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				assertThat(entries.readAllBytes()).as(entry.getName()).hasSizeGreaterThan(1000);
				names.add(entry.getName());
			}
		}
		assertThat(names).hasSize(10)
			.anyMatch(n -> n.startsWith("东林县") && n.endsWith(".pdf"))
			.anyMatch(n -> n.startsWith("西河县") && n.endsWith(".docx"))
			.anyMatch(n -> n.startsWith("西河县妇女儿童统计资料") && n.endsWith(".xlsx"));
		mvc.perform(get("/report-batches/" + id).with(SignedIn.as(users, "xihe-viewer"))).andExpect(status().isForbidden());
	}

}
