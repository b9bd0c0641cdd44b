package com.osb.salesops.webapp;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.support.Browser;
import com.osb.salesops.support.DemoOrders;
import com.osb.salesops.support.Http;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * The home page in a real browser: a rep, a manager, finance and sales ops log in at
 * {@code /}, see their charts drawn with the figures the API answers (a manager the
 * approval bottlenecks too), and reach Tasklist in one click.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:home-page;DB_CLOSE_DELAY=-1")
class HomePageIT {

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
		this.browser = Browser.start();
		this.wait = Browser.waiting(this.browser);
	}

	@AfterEach
	void closeBrowser() {
		this.browser.quit();
	}

	@Test
	void aRepSeesTheirChartsWithTheApisFiguresAndOpensTasklist() throws Exception {
		// given an order of rep1's and a quota for the quarter
		new Http(this.port).as("rep1", "rep1").postJson("/api/orders", """
				{"customerCode": "C001", "lines": [{"sku": "P-300", "quantity": 10, "unitPrice": 480}]}""");
		this.jdbc.update("merge into incentive_quota (rep_id, quarter, quota) key (rep_id, quarter)"
				+ " values ('R01', '2026-Q4', 300000)");

		// when
		logIn("rep1", "rep1");

		// then
		for (String chart : List.of("orders", "attainment", "overdue", "tasks")) {
			assertCharted(chart);
		}
		assertThat(errors()).isEmpty();
		JsonNode orders = Http.json(api("rep1").get("/api/home/orders"), 200);
		assertThat(cells("orders", "orders")).isEqualTo(values(orders.get("items"), "orders"));
		assertThat(cells("orders", "total")).isEqualTo(values(orders.get("items"), "total"));
		assertThat(cells("orders", "rep")).containsOnly("R01");
		JsonNode attainment = Http.json(api("rep1").get("/api/home/attainment"), 200);
		assertThat(cells("attainment", "payout")).isEqualTo(values(attainment.get("items"), "payout"));
		assertThat(cells("attainment", "credited")).isEqualTo(values(attainment.get("items"), "credited"));
		assertThat(this.browser.findElement(By.id("section-attainment")).getText()).contains("300,000.00");
		JsonNode listed = Http.json(api("rep1").get("/api/orders?size=50"), 200);
		assertThat(cells("order-search", "total")).isEqualTo(values(listed.get("items"), "total"))
			.hasSize(listed.get("items").size())
			.isNotEmpty();

		// and only the webapps the rep may use are offered: Tasklist, not Cockpit or
		// Admin
		this.wait.until(ExpectedConditions.attributeToBe(By.tagName("nav"), "data-apps", "true"));
		assertThat(this.browser.findElement(By.id("link-cockpit")).isDisplayed()).isFalse();
		assertThat(this.browser.findElement(By.id("link-admin")).isDisplayed()).isFalse();

		// and Tasklist is one click away, logged in already
		this.browser.findElement(By.id("link-tasklist")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".start-process-action"),
				"Start process"));
	}

	@Test
	void aManagerSeesTheTeamRepByRepAndTheApprovalsWaiting() throws Exception {
		// given an order of rep1's waiting for the manager's approval
		DemoOrders.awaitingApproval(this.port, this.taskService);

		// when
		logIn("manager", "manager");

		// then
		for (String chart : List.of("orders", "attainment", "overdue", "tasks")) {
			assertCharted(chart);
		}
		assertThat(errors()).isEmpty();
		assertThat(this.browser.findElement(By.id("section-orders")).getText()).contains("Orders by state, rep by rep");
		JsonNode overdue = Http.json(api("manager").get("/api/home/overdue-invoices"), 200);
		assertThat(figure("overdue-total")).isEqualByComparingTo(overdue.get("total").decimalValue());
		assertThat(cells("overdue", "openAmount")).isEqualTo(values(overdue.get("items"), "openAmount"));
		JsonNode tasks = Http.json(api("manager").get("/api/home/tasks"), 200);
		assertThat(figure("approvals")).isEqualByComparingTo(new BigDecimal(tasks.get("approvals").asLong()));
		assertThat(this.browser.findElement(By.id("tasks-in-tasklist")).getAttribute("href"))
			.endsWith("/camunda/app/tasklist/default/");
		// each task opens in Tasklist
		List<String> links = this.browser.findElements(By.cssSelector("#table-tasks td[data-column=\"task\"] a"))
			.stream()
			.map((link) -> link.getDomAttribute("href"))
			.toList();
		assertThat(links).isNotEmpty().hasSize(tasks.get("items").size());
		for (JsonNode task : tasks.get("items")) {
			assertThat(links).contains("/camunda/app/tasklist/default/#/?task=" + task.get("id").asText());
		}

		// and the approval bottlenecks of the last twelve months
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("section-bottlenecks")));
		JsonNode bottlenecks = Http.json(api("manager").get("/api/approvals/bottlenecks"), 200);
		int escalations = 0;
		for (JsonNode month : bottlenecks.get("byMonth")) {
			escalations += month.get("escalations").asInt();
		}
		assertThat(figure("bottleneck-escalations")).isEqualByComparingTo(BigDecimal.valueOf(escalations));
		assertThat(this.browser.findElements(By.cssSelector("#table-bottlenecks-tasks tbody tr")))
			.hasSize(bottlenecks.get("byTask").size());
		assertThat(this.browser.findElement(By.id("bottlenecks-csv")).getAttribute("href"))
			.endsWith("/api/approvals/bottlenecks?format=csv");

		// and logging out shows the login form again
		this.browser.findElement(By.id("logout")).click();
		// the page goes to the login form: a look while it navigates is looked again
		this.wait.ignoring(org.openqa.selenium.WebDriverException.class)
			.until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
	}

	@Test
	void aManagerReadingChineseSeesTheirTasksCountedByKind() throws Exception {
		// given an order of rep1's waiting for the manager's approval, read in Chinese
		DemoOrders.awaitingApproval(this.port, this.taskService);
		this.browser.quit();
		this.browser = Browser.start("zh-CN");
		this.wait = Browser.waiting(this.browser);

		// when
		logIn("manager", "manager");

		// then: one bar per kind of task, named as Tasklist names it before the order's
		// own
		// facts
		@SuppressWarnings("unchecked")
		List<Object> kinds = (List<Object>) ((JavascriptExecutor) this.browser).executeScript(
				"return echarts.getInstanceByDom(document.getElementById('chart-tasks')).getOption().yAxis[0].data;");
		assertThat(kinds).contains("审批订单").allSatisfy((kind) -> assertThat(kind.toString()).doesNotContain("SC"));
	}

	@Test
	void aKeeperWithNothingToDoSeesTheirOpenTasksCountedAndNoEmptyChart() throws Exception {
		// when: someone who approves nothing and has no task
		logIn("keeper", "keeper");

		// then: their open tasks are counted, no approval is, and no chart is drawn of
		// nothing
		JsonNode tasks = Http.json(api("keeper").get("/api/home/tasks"), 200);
		assertThat(tasks.get("items")).isEmpty();
		assertThat(errors()).isEmpty();
		assertThat(figure("tasks-open")).isZero();
		assertThat(figure("oldest-task")).isZero();
		assertThat(this.browser.findElements(By.cssSelector("[data-figure=\"approvals\"]"))).isEmpty();
		assertThat(this.browser.findElements(By.id("chart-tasks"))).isEmpty();
		assertThat(this.browser.findElement(By.id("section-tasks")).getText()).contains("Nothing to show");
	}

	@Test
	void financeSeesTheReceivablesAndSalesOpsEverything() throws Exception {
		// when
		logIn("accountant", "accountant");

		// then
		assertCharted("ageing");
		assertThat(this.browser.findElements(By.id("section-orders"))).isEmpty();
		assertThat(errors()).isEmpty();
		JsonNode receivables = Http.json(api("accountant").get("/api/home/receivables"), 200);
		assertThat(figure("dso")).isEqualByComparingTo(receivables.get("daysSalesOutstanding").decimalValue());
		assertThat(figure("credit-holds")).isEqualByComparingTo(receivables.get("creditHolds").decimalValue());
		assertThat(cells("ageing", "openAmount")).isEqualTo(values(receivables.get("ageing"), "openAmount"));

		// and sales ops
		this.browser.findElement(By.id("logout")).click();
		// the page goes to the login form: a look while it navigates is looked again
		this.wait.ignoring(org.openqa.selenium.WebDriverException.class)
			.until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
		logIn("analyst", "analyst");
		for (String chart : List.of("orders", "attainment", "overdue", "ageing", "tasks")) {
			assertCharted(chart);
		}
		assertThat(errors()).isEmpty();
		JsonNode orders = Http.json(api("analyst").get("/api/home/orders"), 200);
		assertThat(cells("orders", "orders")).isEqualTo(values(orders.get("items"), "orders"));
		// and sales ops are offered Cockpit, not Admin
		this.wait.until(ExpectedConditions.attributeToBe(By.tagName("nav"), "data-apps", "true"));
		assertThat(this.browser.findElement(By.id("link-cockpit")).isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.id("link-admin")).isDisplayed()).isFalse();
	}

	private void logIn(String user, String password) {
		this.browser.get("http://localhost:" + this.port + "/");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(user);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.cssSelector("#login button[type=\"submit\"]")).click();
		this.wait.until(ExpectedConditions.attributeToBe(By.id("home"), "data-loaded", "true"));
	}

	private Http api(String user) {
		return new Http(this.port).as(user, user);
	}

	@SuppressWarnings("unchecked")
	private List<Object> errors() {
		return (List<Object>) ((JavascriptExecutor) this.browser).executeScript("return window.homeErrors;");
	}

	/**
	 * A chart is drawn where its table has rows; where it has none, the section says
	 * there is nothing to show, with no chart of nothing above it.
	 */
	private void assertCharted(String chart) {
		boolean rows = !this.browser.findElements(By.cssSelector("#table-" + chart + " tbody tr")).isEmpty();
		assertThat(this.browser.findElements(By.cssSelector("#chart-" + chart + " canvas"))).as(chart)
			.hasSize(rows ? 1 : 0);
		if (!rows) {
			assertThat(this.browser.findElement(By.cssSelector("[id^=\"section-" + chart + "\"]")).getText()).as(chart)
				.contains("Nothing to show");
		}
	}

	private BigDecimal figure(String id) {
		return new BigDecimal(
				this.browser.findElement(By.cssSelector("[data-figure=\"" + id + "\"]")).getAttribute("data-value"));
	}

	/** The values of a column of a table on the page, as numbers where they are. */
	private List<String> cells(String table, String column) {
		return this.browser.findElements(By.cssSelector("#table-" + table + " td[data-column=\"" + column + "\"]"))
			.stream()
			.map((WebElement cell) -> normal(cell.getAttribute("data-value")))
			.toList();
	}

	private static List<String> values(JsonNode items, String field) {
		return StreamSupport.stream(items.spliterator(), false)
			.map((item) -> normal(item.get(field).asText()))
			.toList();
	}

	private static String normal(String value) {
		try {
			return new BigDecimal(value).stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

}
