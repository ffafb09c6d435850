package cn.planwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.collection.Rounds;
import cn.planwatch.collection.Task;
import cn.planwatch.collection.TaskStatus;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.TestDatabase;
import cn.planwatch.support.TestPlans;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

/**
 * A full monitoring round in the browser: the statistics bureau opens it; the health department
 * fills its form; the education department fills the Excel template offline and uploads it, is
 * returned with a reason and corrects; the bureau approves both.
 */
@PlanWatchTest
class MonitoringRoundBrowserTest extends BrowserTest {

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	@Autowired
	UserAccounts users;

	@Autowired
	Plans plans;

	@Autowired
	Rounds rounds;

	@Test
	void aRoundFromOpeningToApproval() throws Exception {
		TestCounty county = TestRegions.newCounty(regions, departments, users);
		TestPlans.publishWomensPlan(plans, county);

		browser.signOut();
		browser.signIn(TestRegions.stats(county.code()), PlanWatchTest.DEMO_PASSWORD);
		browser.click(browser.find(By.linkText("年度监测")));
		new Select(browser.find(By.id("regionCode"))).selectByValue(county.code());
		browser.find(By.id("year")).clear();
		browser.find(By.id("year")).sendKeys("2025");
		browser.click(browser.find(By.cssSelector("form[action='/rounds'] button[type=submit]")));
		browser.find(By.id("departments-heading"));
		assertThat(browser.text()).contains("已开启").contains(county.departmentName("health"));
		browser.screenshot("round-opened");
		long roundId = rounds.find(county.code(), 2025).orElseThrow().id();
		Task health = task(roundId, county.departments().get("health"));
		Task education = task(roundId, county.departments().get("education"));

		browser.signOut();
		browser.signIn(TestRegions.reporter("health", county.code()), PlanWatchTest.DEMO_PASSWORD);
		browser.click(browser.find(By.linkText("我的填报任务")));
		browser.click(browser.find(By.partialLinkText("2025 年度监测数据")));
		type("n|W-1-01|TOTAL", "1");
		type("d|W-1-01|TOTAL", "4000");
		type("n|W-1-04|TOTAL", "7100");
		type("d|W-1-04|TOTAL", "10000");
		browser.screenshot("task-form-filled");
		browser.click(browser.find(By.cssSelector("button[value=submit]")));
		browser.driver().switchTo().alert().accept();
		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已提交审核"));
		assertThat(rounds.task(health.id()).status()).isEqualTo(TaskStatus.SUBMITTED);

		browser.signOut();
		browser.signIn(TestRegions.reporter("education", county.code()), PlanWatchTest.DEMO_PASSWORD);
		browser.go("/tasks/" + education.id());
		byte[] template = download("/tasks/" + education.id() + "/template.xlsx");
		Path filled = TestDatabase.workDir().resolve("教育局填报表.xlsx");
		Files.write(filled, fill(template, "W-4-07", "合计", "2"));
		browser.find(By.id("upload-file")).sendKeys(filled.toAbsolutePath().toString());
		browser.click(browser.find(By.cssSelector("form[action$='/upload'] button[type=submit]")));
		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已从 Excel 导入"));
		browser.screenshot("task-excel-uploaded");
		browser.click(browser.find(By.cssSelector("button[value=submit]")));
		browser.driver().switchTo().alert().accept();
		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已提交审核"));

		browser.signOut();
		browser.signIn(TestRegions.stats(county.code()), PlanWatchTest.DEMO_PASSWORD);
		browser.go("/tasks/" + education.id());
		browser.find(By.id("reason")).sendKeys("女干部人数与组织部统计不一致");
		browser.click(browser.find(By.id("return")));
		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已退回"));

		browser.signOut();
		browser.signIn(TestRegions.reporter("education", county.code()), PlanWatchTest.DEMO_PASSWORD);
		browser.go("/tasks/" + education.id());
		assertThat(browser.text()).contains("女干部人数与组织部统计不一致");
		type("v|W-4-07|TOTAL", "3");
		browser.click(browser.find(By.cssSelector("button[value=submit]")));
		browser.driver().switchTo().alert().accept();
		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已提交审核"));

		browser.signOut();
		browser.signIn(TestRegions.stats(county.code()), PlanWatchTest.DEMO_PASSWORD);
		for (Task task : new Task[] { health, education }) {
			browser.go("/tasks/" + task.id());
			browser.click(browser.find(By.id("approve")));
			browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已审核通过"));
		}
		browser.go("/rounds/" + roundId);
		browser.screenshot("round-approved");
		assertThat(rounds.tasks(roundId)).allMatch(t -> t.status() == TaskStatus.APPROVED);
	}

	private Task task(long roundId, long departmentId) {
		return rounds.tasks(roundId).stream().filter(t -> t.departmentId() == departmentId).findFirst().orElseThrow();
	}

	private void type(String field, String value) {
		browser.type(By.name(field), value);
	}

	/** Downloads with the browser's session cookie, as the download link would. */
	private byte[] download(String path) throws Exception {
		String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", "JSESSIONID=" + session)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/** Fills the value cell of one indicator × breakdown row, as a user does in Excel. */
	private static byte[] fill(byte[] template, String code, String breakdown, String value) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheet("填报");
			DataFormatter text = new DataFormatter();
			int valueColumn = -1;
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (text.formatCellValue(cell).equals("本年数值")) {
						valueColumn = cell.getColumnIndex();
					}
				}
				if (valueColumn >= 0 && text.formatCellValue(row.getCell(0)).equals(code)
						&& text.formatCellValue(row.getCell(2)).equals(breakdown)) {
					row.getCell(valueColumn, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(Double.parseDouble(value));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
