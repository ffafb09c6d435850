package cn.planwatch.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test's browser: one headless Chromium per test class, opened on the application's random
 * port before its tests and closed after them. Subclasses are {@code @PlanWatchTest}s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void openBrowser() {
		browser = Browser.open(port);
	}

	@AfterAll
	void closeBrowser() {
		browser.close();
	}

}
