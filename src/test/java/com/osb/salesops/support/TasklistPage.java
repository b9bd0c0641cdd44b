package com.osb.salesops.support;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist as a person uses it: log in, start a process, claim a task, fill its
 * Camunda Form and complete it.
 */
public final class TasklistPage {

	private final WebDriver browser;

	private final WebDriverWait wait;

	private final String url;

	private final String claim;

	private final String completeLabel;

	public TasklistPage(WebDriver browser, int port) {
		this(browser, port, "Claim", "Complete");
	}

	/** Tasklist in Simplified Chinese: its buttons read 认领 and 完成. */
	public static TasklistPage inChinese(WebDriver browser, int port) {
		return new TasklistPage(browser, port, "认领", "完成");
	}

	private TasklistPage(WebDriver browser, int port, String claim, String complete) {
		this.claim = claim;
		this.completeLabel = complete;
		this.browser = browser;
		this.wait = Browser.waiting(browser);
		this.url = "http://localhost:" + port + "/camunda/app/tasklist/default/";
	}

	public WebDriverWait waiting() {
		return this.wait;
	}

	public TasklistPage logIn(String user, String password) {
		this.browser.manage().deleteAllCookies();
		this.browser.get(this.url);
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[type=\"text\"]"))).sendKeys(user);
		this.browser.findElement(By.cssSelector("input[type=\"password\"]")).sendKeys(password);
		this.browser.findElement(By.cssSelector("button[type=\"submit\"]")).click();
		// logged in once the form has gone and the task lists are drawn
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=\"password\"]")));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-tasks] , .tasks-list")));
		return this;
	}

	public TasklistPage startProcess(String name) {
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.linkText(name))).click();
		return this;
	}

	public TasklistPage submitStartForm() {
		this.browser.findElement(By.xpath("//button[normalize-space()='Start']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "started"));
		return this;
	}

	public TasklistPage openTask(String name) {
		this.wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(name))).click();
		this.wait
			.until(ExpectedConditions
				.elementToBeClickable(By.xpath("//button[normalize-space()='" + this.claim + "']")))
			.click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[ng-click='unclaim()']")));
		return this;
	}

	/** Opens a task the user has claimed already, from the list. */
	public TasklistPage openClaimedTask(String name) {
		this.browser.get(this.url);
		this.wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(name))).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[ng-click='unclaim()']")));
		return this;
	}

	/**
	 * Presses Complete on a task that must refuse: the page shows the refusal, which
	 * contains the given text, and the task stays open.
	 */
	public TasklistPage completeRefused(String refusal) {
		By complete = By.xpath("//button[normalize-space()='" + this.completeLabel + "']");
		clickInView(this.browser.findElement(complete));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), refusal));
		return this;
	}

	/** The address a link of the open page goes to, found by its text. */
	public String linkTarget(String text) {
		return this.wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText(text)))
			.getAttribute("href");
	}

	/** Types into a form field; leaving it hands the text to the form at once. */
	public TasklistPage type(String key, String text) {
		WebElement input = this.wait.until(ExpectedConditions.elementToBeClickable(field(key)));
		clickInView(input);
		input.sendKeys(text, Keys.TAB);
		return this;
	}

	/**
	 * Ticks a checkbox or picks a radio option ({@code decision-0} is the first option).
	 */
	public TasklistPage pick(String key) {
		clickInView(this.wait.until(ExpectedConditions.presenceOfElementLocated(field(key))));
		return this;
	}

	/** Completes the open task: its form closes, whatever else stays in the list. */
	public TasklistPage complete() {
		By complete = By.xpath("//button[normalize-space()='" + this.completeLabel + "']");
		clickInView(this.browser.findElement(complete));
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(complete));
		return this;
	}

	/**
	 * Everything the open page shows a person, once its form is shown: its text and the
	 * values in its form fields, which the text leaves out.
	 */
	public String shownText() {
		this.wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form input, .fjs-form textarea")));
		return (String) ((JavascriptExecutor) this.browser)
			.executeScript("return document.body.innerText + '\\n' + Array.from(document.querySelectorAll("
					+ "'input, textarea, select')).map(function (field) { return field.value; }).join('\\n');");
	}

	/** The text of the task cards in the list, once one shows the given text. */
	public String taskCards(String containing) {
		By cards = By.cssSelector(".tasks-list li, [cam-tasks] li");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), containing));
		return String.join("\n", this.browser.findElements(cards).stream().map(WebElement::getText).toList());
	}

	/** A Camunda Form field by its key (form-js ids end with the component id). */
	public static By field(String key) {
		return By.cssSelector("[id$='Field_" + key + "']");
	}

	private void clickInView(WebElement element) {
		((JavascriptExecutor) this.browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center'});" + " arguments[0].click();", element);
	}

}
