package cn.planwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import cn.planwatch.support.PlanWatchTest;

/**
 * Each role signs in, lands on a start page that shows its work, and reaches its main page within two
 * clicks: the office, the leader and the viewer their cockpit; the statistics bureau the round waiting
 * for its review; a department's reporter its task to fill.
 */
@PlanWatchTest
class StartPagesBrowserTest extends BrowserTest {

	@Test
	void theCommissionOfficeReachesItsCockpitInOneClick() {
		landOnStartPage("office");
		assertThat(browser.find(By.id("cockpit-heading")).getText()).isEqualTo("明川市驾驶舱");
		assertThat(browser.text()).contains("项需关注的预警尚未下发整改");
		browser.screenshot("start-office");

		browser.click(browser.find(By.id("cockpit-link")));

		assertThat(browser.find(By.tagName("h1")).getText()).startsWith("明川市 驾驶舱");
		assertThat(browser.path()).isEqualTo("/regions/990100/cockpit");
	}

	@Test
	void theLeaderReachesTheCountyCockpitInOneClick() {
		landOnStartPage("donglin-leader");
		browser.screenshot("start-leader");

		browser.click(browser.find(By.id("cockpit-link")));

		assertThat(browser.find(By.tagName("h1")).getText()).startsWith("东林县 驾驶舱");
	}

	@Test
	void theViewerReachesTheCockpitFromTheMenu() {
		landOnStartPage("viewer");
		assertThat(browser.text()).contains("目前没有需要您处理的事项");
		browser.screenshot("start-viewer");

		browser.click(browser.find(By.linkText("驾驶舱")));

		assertThat(browser.find(By.tagName("h1")).getText()).startsWith("明川市 驾驶舱");
	}

	@Test
	void theStatisticsBureauGoesFromItsWorkToTheRoundToReview() {
		landOnStartPage("donglin-stats");
		var waiting = browser.find(By.partialLinkText("项待审核"));
		browser.screenshot("start-stats");

		browser.click(waiting);

		assertThat(browser.find(By.id("departments-heading")).getText()).isEqualTo("各成员单位填报情况");
		assertThat(browser.path()).startsWith("/rounds/");
	}

	@Test
	void aReporterGoesFromItsWorkToItsTask() {
		landOnStartPage("donglin-reporter-education");
		var task = browser.find(By.partialLinkText("年度监测数据填报"));
		assertThat(browser.text()).doesNotContain("进入驾驶舱");
		browser.screenshot("start-reporter");

		browser.click(task);

		assertThat(browser.path()).startsWith("/tasks/");
		assertThat(browser.text()).contains("东林县教育局");
	}

	/** Signs in and checks the start page: the user's name, role and work list. */
	private void landOnStartPage(String user) {
		browser.signOut();
		browser.signIn(user, PlanWatchTest.DEMO_PASSWORD);
		browser.find(By.id("work-heading"));
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.text()).contains("您好").contains("待办事项");
	}

}
