package cn.planwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import cn.planwatch.support.PlanWatchTest;

/**
 * The main pages as Chromium renders them: sufficient contrast (WCAG 2.1, 1.4.3) — every visible text
 * against its background at least 4.5:1, large text 3:1, the demo banner, badges, muted notes, colour
 * tables and status labels included — and nothing wider than a tablet held upright.
 */
@PlanWatchTest
class MainPagesBrowserTest extends BrowserTest {

	private String contrast;

	@BeforeAll
	void signIn() throws IOException {
		try (InputStream script = getClass().getResourceAsStream("/browser/contrast.js")) {
			contrast = new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
		browser.signOut();
		browser.signIn("office", PlanWatchTest.DEMO_PASSWORD);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/regions/990100/cockpit", "/regions/990121/cockpit", "/regions/990121/assessment",
			"/regions/990121/indicators/C-1-02", "/rounds", "/rectifications", "/evaluations", "/regions/990100/reports",
			"/indicators", "/regions/990121" })
	void everyTextStandsOutFromItsBackground(String path) {
		browser.go(path);
		browser.find(By.tagName("main"));

		@SuppressWarnings("unchecked")
		List<String> failures = (List<String>) browser.script(contrast);

		assertThat(failures).as("texts with too little contrast on %s", path).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/regions/990100/cockpit", "/regions/990121/assessment", "/regions/990121/indicators/C-1-02",
			"/rounds", "/rectifications", "/evaluations", "/regions/990100/reports", "/regions/990121" })
	void nothingIsWiderThanATablet(String path) {
		browser.resize(820, 1180);
		try {
			browser.go(path);
			browser.find(By.tagName("main"));

			assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"))
				.as("%s fits 820 pixels", path)
				.isTrue();
			browser.screenshotWholePage("tablet" + (path.equals("/") ? "-start" : path.replaceAll("[^A-Za-z0-9]+", "-")));
		}
		finally {
			browser.resize(1366, 900);
		}
	}

}
