package com.osb.salesops.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}); nothing is downloaded.
 */
public final class Browser {

	private Browser() {
	}

	public static ChromeDriver start() {
		return start(null);
	}

	/**
	 * Logs the browser in on the home page's own form as the user, and waits until the
	 * home page has drawn its links.
	 */
	public static void logInAtHome(WebDriver browser, int port, String user, String password) {
		WebDriverWait wait = waiting(browser);
		browser.get("http://localhost:" + port + "/");
		wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("#login button[type=\"submit\"]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("link-tasklist")));
		wait.until(ExpectedConditions.attributeToBe(By.id("home"), "data-loaded", "true"));
	}

	/**
	 * A browser whose user reads the given languages first, as {@code zh-CN,zh}: the
	 * language it tells the pages and sends as {@code Accept-Language}; null for the
	 * browser's own.
	 */
	public static ChromeDriver start(String languages) {
		Path chromium = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser");
		Path driver = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1400,1000");
		if (languages != null) {
			options.addArguments("--lang=" + languages.split(",")[0]);
			options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", languages));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return browser;
	}

	/**
	 * Waits up to 30 seconds; when the wait runs out, the failure says what the page
	 * showed at that moment (its address, title and text), and a screenshot of it is kept
	 * under {@code target/browser-evidence}, so that a failure on a build machine can be
	 * read from the build's output alone.
	 */
	public static WebDriverWait waiting(WebDriver browser) {
		return new EvidentWait(browser, Duration.ofSeconds(30));
	}

	private static final class EvidentWait extends WebDriverWait {

		private final WebDriver browser;

		EvidentWait(WebDriver browser, Duration timeout) {
			super(browser, timeout);
			this.browser = browser;
		}

		@Override
		protected RuntimeException timeoutException(String message, Throwable lastException) {
			return super.timeoutException(message + "\n" + evidence(), lastException);
		}

		private String evidence() {
			try {
				String text = (String) ((JavascriptExecutor) this.browser)
					.executeScript("return document.body ? document.body.innerText : '';");
				String shown = (text.length() > 3000) ? text.substring(0, 3000) + " …" : text;
				return "The page at " + this.browser.getCurrentUrl() + " (" + this.browser.getTitle() + ") showed:\n"
						+ shown + screenshot();
			}
			catch (RuntimeException ex) {
				return "The page could not be read: " + ex;
			}
		}

		private String screenshot() {
			try {
				Path folder = Files.createDirectories(Path.of("target", "browser-evidence"));
				Path file = Files.createTempFile(folder, "page-", ".png");
				Files.write(file, ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
				return "\n(screenshot: " + file + ")";
			}
			catch (java.io.IOException | RuntimeException ex) {
				return "";
			}
		}

	}

	private static Path firstExisting(String... candidates) {
		for (String candidate : candidates) {
			Path path = Path.of(candidate);
			if (Files.isExecutable(path)) {
				return path;
			}
		}
		throw new IllegalStateException("Browser tests need Chromium and chromedriver: "
				+ "sudo apt-get install -y chromium chromium-driver (looked for " + String.join(", ", candidates)
				+ ")");
	}

}
