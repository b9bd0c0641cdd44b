package com.osb.salesops.webapp;

import java.time.Duration;

import com.osb.salesops.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo users log in to the webapps in a real browser, each seeing what their role
 * opens to them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:webapp-login;DB_CLOSE_DELAY=-1")
class WebappLoginIT {

	@LocalServerPort
	int port;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start();
		this.wait = Browser.waiting(this.browser);
	}

	@AfterEach
	void closeBrowser() {
		this.browser.quit();
	}

	@Test
	void aSalesRepLogsInToTasklist() {
		// when
		logIn("tasklist", "rep1", "rep1");

		// then
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".start-process-action"),
				"Start process"));
	}

	@Test
	void salesOpsLogsInToCockpit() {
		// when
		logIn("cockpit", "analyst", "analyst");

		// then
		this.wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".deployed .decisions"), "Decision"));
	}

	@Test
	void theAdministratorLogsInToAdmin() {
		// when
		logIn("admin", "demo", "demo");

		// then
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Authorizations"));
	}

	@Test
	void aSalesRepCannotOpenCockpit() {
		// when
		logIn("cockpit", "rep1", "rep1");

		// then
		this.wait.until(ExpectedConditions.or(
				ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Login Failed"),
				ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "not authorized")));
	}

	private void logIn(String app, String user, String password) {
		this.browser.get("http://localhost:" + this.port + "/camunda/app/" + app + "/default/");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[type=\"text\"]"))).sendKeys(user);
		this.browser.findElement(By.cssSelector("input[type=\"password\"]")).sendKeys(password);
		this.browser.findElement(By.cssSelector("button[type=\"submit\"]")).click();
	}

}
