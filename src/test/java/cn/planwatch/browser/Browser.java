package cn.planwatch.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.planwatch.support.TestDatabase;

/**
 * Debian's headless Chromium driven by its chromedriver (never Selenium Manager, which would try
 * to download a browser). Screenshots go to {@code target/screenshots/} for a reviewer to look at.
 */
final class Browser implements AutoCloseable {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private final ChromeDriver driver;

	private final String baseUrl;

	private Browser(ChromeDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	static Browser open(int port) {
		if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
			throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
					+ "apt-get install chromium chromium-driver (.ci/run installs them)");
		}
		Path profile;
		try {
			profile = Files.createTempDirectory(TestDatabase.workDir(), "chromium-profile");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-quic", "--no-first-run", "--window-size=1366,900", "--lang=zh-CN",
					"--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.build();
		return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
	}

	void go(String path) {
		driver.get(baseUrl + path);
	}

	void signIn(String username, String password) {
		go("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		WebElement submit = driver.findElement(By.cssSelector("button[type=submit]"));
		submit.click();
		// the next page (start page, or the form again with an error) must have loaded, or a navigation
		// right after would overtake the sign-in and land on the login form
		waitFor().until(ExpectedConditions.stalenessOf(submit));
	}

	void signOut() {
		driver.manage().deleteAllCookies();
	}

	WebElement find(By by) {
		return waitFor().until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/** Replaces the text of a visible input. */
	void type(By by, String text) {
		WebElement input = find(by);
		input.clear();
		input.sendKeys(text);
	}

	/** Clicks an element after scrolling it to the middle of the window, clear of sticky bars. */
	void click(WebElement element) {
		// instant: Bootstrap makes scrolling smooth, and a click during the animation lands elsewhere
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		waitFor().until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	WebDriverWait waitFor() {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	WebDriver driver() {
		return driver;
	}

	/** Saves the current page as target/screenshots/{name}.png. */
	Path screenshot(String name) {
		try {
			Path dir = Path.of("target", "screenshots");
			Files.createDirectories(dir);
			Path target = dir.resolve(name + ".png");
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Saves the whole page, not only the window, as target/screenshots/{name}.png (the window is restored after). */
	Path screenshotWholePage(String name) {
		Dimension window = driver.manage().window().getSize();
		long height = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
		driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 140, 8000)));
		try {
			return screenshot(name);
		}
		finally {
			driver.manage().window().setSize(window);
		}
	}

	/** Sets the window's size, e.g. 820 × 1180 for a tablet held upright. */
	void resize(int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
	}

	/** Runs a script in the page and returns its result. */
	Object script(String script) {
		return driver.executeScript(script);
	}

	/** The path of the current page, without host and query. */
	String path() {
		return java.net.URI.create(driver.getCurrentUrl()).getPath();
	}

	@Override
	public void close() {
		driver.quit();
	}

}
