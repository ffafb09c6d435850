package cn.planwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import cn.planwatch.support.PlanWatchTest;

/**
 * A county office drafts its reports in a browser — the annual report in Word and PDF — and publishes
 * the statistical compendium; then anyone, without signing in, finds it on the public pages next to
 * the city's published indicators and their charts.
 */
@PlanWatchTest
class ReportsBrowserTest extends BrowserTest {

	/** Fetches a link's target with the page's own session, as a click on it would, and returns the bytes. */
	private byte[] download(WebElement link) {
		String base64 = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status)).then(buffer => {
				  let text = ''; const bytes = new Uint8Array(buffer);
				  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
				  done(btoa(text));
				}).catch(status => done('failed ' + status));""", link.getAttribute("href"));
		assertThat(base64).doesNotStartWith("failed");
		return Base64.getDecoder().decode(base64);
	}

	@Test
	void anOfficeDraftsItsReportsAndPublishesTheCompendiumForAnyoneToDownload() throws Exception {
		browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(120));
		browser.signIn("donglin-office", PlanWatchTest.DEMO_PASSWORD);
		browser.go("/regions/990121");
		browser.click(browser.find(By.linkText("报告")));
		browser.find(By.id("annual-heading"));
		browser.screenshot("reports-county");

		byte[] word = download(browser.find(By.xpath("//tr[th[text()='妇女发展规划']]//a[text()='下载 Word']")));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word))) {
			String text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			assertThat(text).contains("一、总体情况", "四、目标达标情况一览表");
		}
		byte[] pdf = download(browser.find(By.xpath("//tr[th[text()='儿童发展规划']]//a[text()='下载 PDF']")));
		assertThat(new String(pdf, 0, 4)).isEqualTo("%PDF");

		browser.click(browser.find(By.xpath("//tr[th[starts-with(text(), '妇女儿童统计资料')]]//button[text()='公开']")));
		assertThat(browser.find(By.cssSelector(".alert-success")).getText()).contains("已公开");
		browser.screenshot("reports-published");

		browser.signOut();
		browser.go("/public");
		browser.click(browser.find(By.linkText("东林县")));
		WebElement report = browser.find(By.partialLinkText("妇女儿童统计资料"));
		byte[] xlsx = download(report);
		assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
		assertThat(browser.text()).doesNotContain("退出").contains("工作人员登录");

		browser.go("/public/regions/990100");
		browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#public-chart-0 svg")));
		assertThat(browser.text()).contains("孕产妇死亡率", "演示数据");
		browser.screenshot("public-city");

		browser.go("/regions/990121/reports");
		assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
	}

}
