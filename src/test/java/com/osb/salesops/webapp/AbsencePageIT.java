package com.osb.salesops.webapp;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.osb.salesops.support.Browser;
import com.osb.salesops.support.DemoOrders;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.TestClock;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager records an absence and its stand-in in a real browser, in Chinese, from the
 * home page: an absence without a stand-in is refused, naming the field; a whole one is
 * listed, and ended early with one button, which takes it off the list. A write without
 * the session's CSRF token is refused.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:absence-page;DB_CLOSE_DELAY=-1")
class AbsencePageIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TaskService taskService;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start("zh-CN");
		this.wait = Browser.waiting(this.browser);
	}

	@AfterEach
	void closeBrowser() {
		this.browser.quit();
	}

	@Test
	void aManagerRecordsAnAbsenceWithItsStandInAndEndsItEarly() {
		// given the manager logged in on the home page
		Browser.logInAtHome(this.browser, this.port, "manager", "manager");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("link-absences"))).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("absences"), "尚未登记休假"));

		// when an absence without its stand-in is sent
		String from = TestClock.today().plusDays(7).toString();
		String to = TestClock.today().plusDays(9).toString();
		((JavascriptExecutor) this.browser).executeScript(
				"document.getElementById('from').value = arguments[0]; document.getElementById('to').value = arguments[1];",
				from, to);
		this.browser.findElement(By.id("send")).click();
		this.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#problems li"), 0));
		List<String> problems = this.browser.findElements(By.cssSelector("#problems li"))
			.stream()
			.map(WebElement::getText)
			.toList();
		int refused = absences();
		// then with the director standing in
		this.wait.until((driver) -> new Select(driver.findElement(By.id("substitute"))).getOptions().size() > 1);
		List<String> standIns = new Select(this.browser.findElement(By.id("substitute"))).getOptions()
			.stream()
			.map(WebElement::getText)
			.toList();
		new Select(this.browser.findElement(By.id("substitute"))).selectByValue("director");
		this.wait.until((driver) -> new Select(driver.findElement(By.id("userId"))).getOptions().size() > 1);
		List<String> forWhom = new Select(this.browser.findElement(By.id("userId"))).getOptions()
			.stream()
			.map(WebElement::getText)
			.toList();
		this.browser.findElement(By.id("reason")).sendKeys("年假");
		this.browser.findElement(By.id("send")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#absences button.end")));
		List<String> listed = this.browser.findElements(By.cssSelector("#absences tbody td"))
			.stream()
			.map(WebElement::getText)
			.toList();
		// and ends it early: it leaves the list of absences still to come
		this.browser.findElement(By.cssSelector("#absences button.end")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("absences"), "尚未登记休假"));
		// while a page of another site cannot write with the session
		HttpResponse<String> forged = new Http(this.port).postJson("/api/absences",
				"{\"from\": \"" + from + "\", \"to\": \"" + to + "\", \"substitute\": \"director\"}");

		// then
		assertThat(this.browser.getTitle()).isEqualTo("休假与代理");
		assertThat(problems).containsExactly("代理人：为必填项");
		assertThat(standIns).contains("吴刚（销售总监）").noneMatch((name) -> name.contains("周明") || name.contains("张伟"));
		assertThat(forWhom).first().isEqualTo("自己");
		assertThat(forWhom).contains("张伟（销售代表）").noneMatch((name) -> name.contains("吴刚"));
		assertThat(refused).isZero();
		assertThat(listed).startsWith("周明（销售经理）", from, to, "吴刚（销售总监）", "年假");
		assertThat(this.jdbc.queryForObject("select count(*) from absence where user_id = 'manager'"
				+ " and substitute_user_id = 'director' and ended_at is not null", Integer.class))
			.isOne();
		assertThat(forged.statusCode()).isEqualTo(401);
	}

	@Test
	void aManagerHandsOneApprovalToTheDirectorChosenByName() throws Exception {
		// given an order of rep1's waiting for the manager's approval
		DemoOrders.Waiting waiting = DemoOrders.awaitingApproval(this.port, this.taskService);
		String number = waiting.number();
		String approval = waiting.taskId();
		Browser.logInAtHome(this.browser, this.port, "manager", "manager");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("link-absences"))).click();
		WebElement form = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("delegation")));

		// when he picks the approval, sends it without a reason, then with one
		this.wait.until((driver) -> new Select(form.findElement(By.id("task"))).getOptions().size() > 1);
		Select tasks = new Select(form.findElement(By.id("task")));
		String offered = tasks.getOptions()
			.stream()
			.filter((option) -> approval.equals(option.getDomAttribute("value")))
			.map(WebElement::getText)
			.findFirst()
			.orElseThrow();
		tasks.selectByValue(approval);
		this.wait.until((driver) -> new Select(form.findElement(By.id("delegate"))).getOptions().size() > 1);
		List<String> colleagues = new Select(form.findElement(By.id("delegate"))).getOptions()
			.stream()
			.map(WebElement::getText)
			.toList();
		new Select(form.findElement(By.id("delegate"))).selectByValue("director");
		form.findElement(By.id("delegate-send")).click();
		this.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#delegation-problems li"), 0));
		List<String> problems = this.browser.findElements(By.cssSelector("#delegation-problems li"))
			.stream()
			.map(WebElement::getText)
			.toList();
		String ownerBefore = this.taskService.createTaskQuery().taskId(approval).singleResult().getOwner();
		form.findElement(By.id("delegation-reason")).sendKeys("拜访客户");
		form.findElement(By.id("delegate-send")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("delegation-result"), "吴刚"));

		// then
		assertThat(offered).startsWith("审批订单：" + number);
		assertThat(colleagues).contains("吴刚（销售总监）").noneMatch((name) -> name.contains("张伟"));
		assertThat(problems).containsExactly("事由：为必填项");
		assertThat(ownerBefore).isNull();
		Task held = this.taskService.createTaskQuery().taskId(approval).singleResult();
		assertThat(held.getAssignee()).isEqualTo("director");
		assertThat(held.getOwner()).isEqualTo("manager");
		assertThat(this.browser.findElement(By.id("delegation-result")).getText()).isEqualTo("已交给吴刚（销售总监）。");
	}

	private int absences() {
		return this.jdbc.queryForObject("select count(*) from absence where user_id = 'manager'", Integer.class);
	}

}
