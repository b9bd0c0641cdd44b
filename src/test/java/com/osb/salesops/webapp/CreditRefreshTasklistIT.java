package com.osb.salesops.webapp;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.osb.salesops.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sales ops starts a credit refresh for one customer from Tasklist, through its start
 * form.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:tasklist-credit;DB_CLOSE_DELAY=-1")
class CreditRefreshTasklistIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
	}

	@AfterEach
	void closeBrowser() throws Exception {
		File shot = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), Path.of("target", "credit-refresh-tasklist.png"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		this.browser.quit();
	}

	@Test
	void salesOpsStartsARefreshForOneCustomerThroughTheStartForm() {
		// given
		logIn("analyst", "analyst");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Credit refresh"))).click();

		// when
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(field("customerCode"))).sendKeys("C001");
		this.browser.findElement(By.xpath("//button[normalize-space()='Start']")).click();

		// then
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "started"));
		Integer runs = this.jdbc.queryForObject(
				"select count(*) from ACT_HI_VARINST where NAME_ = 'customerCode'" + " and TEXT_ = 'C001'",
				Integer.class);
		assertThat(runs).isOne();
	}

	@Test
	void aManagerRequestsAnAdjustmentAndTheGeneralManagerApprovesIt() {
		// given
		logIn("manager", "manager");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Credit adjustment"))).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(field("customerCode"))).sendKeys("C009");
		this.browser.findElement(field("manualAdjustment")).sendKeys("40000");
		this.browser.findElement(field("reason")).sendKeys("Paid the overdue invoice yesterday");
		this.browser.findElement(By.xpath("//button[normalize-space()='Start']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "started"));
		logOut();

		// when
		logIn("gm", "gm");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Approve credit adjustment")))
			.click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Claim']")))
			.click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[ng-click='unclaim()']")));
		clickInView(this.wait.until(ExpectedConditions.presenceOfElementLocated(field("decision-0"))));
		WebElement comment = this.browser.findElement(field("decisionComment"));
		clickInView(comment);
		// leaving the field hands its text to the form at once instead of after the
		// typing pause
		comment.sendKeys("Payment confirmed by finance", Keys.TAB);
		clickInView(this.browser.findElement(By.xpath("//button[normalize-space()='Complete']")));

		// then
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
				"No task matching filters found"));
		assertThat(this.jdbc.queryForObject("select p.manual_adjustment from credit_profile p join customer c"
				+ " on c.id = p.customer_id where c.code = 'C009'", java.math.BigDecimal.class))
			.isEqualByComparingTo("40000");
	}

	/** A Camunda Form field by its key (form-js ids end with the component id). */
	private static By field(String key) {
		return By.cssSelector("[id$='Field_" + key + "']");
	}

	/** Clicks an element the task pane may have scrolled out of view. */
	private void clickInView(WebElement element) {
		((JavascriptExecutor) this.browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center'});" + " arguments[0].click();", element);
	}

	private void logOut() {
		this.browser.manage().deleteAllCookies();
	}

	private void logIn(String user, String password) {
		this.browser.get("http://localhost:" + this.port + "/camunda/app/tasklist/default/");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[type=\"text\"]"))).sendKeys(user);
		this.browser.findElement(By.cssSelector("input[type=\"password\"]")).sendKeys(password);
		this.browser.findElement(By.cssSelector("button[type=\"submit\"]")).click();
	}

}
