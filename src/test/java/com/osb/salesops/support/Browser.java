package com.osb.salesops.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
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
	 * A browser whose user reads the given languages first, as {@code zh-CN,zh}: the
	 * language it tells the pages and sends as {@code Accept-Language}; null for the
	 * browser's own.
	 */
	/**
	 * Logs the browser in on the home page's own form as the user, and waits until the
	 * home page has drawn its links.
	 */
	public static void logInAtHome(WebDriver browser, int port, String user, String password) {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		browser.get("http://localhost:" + port + "/");
		wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("#login button[type=\"submit\"]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("link-tasklist")));
		wait.until(ExpectedConditions.attributeToBe(By.id("home"), "data-loaded", "true"));
	}

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
