package com.osb.salesops.webapp;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.support.Browser;
import com.osb.salesops.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The report pages in a real browser: a rep, a manager, finance and sales ops open each
 * page the home page links for them, and every table shows the figures of the API the
 * page names, and a table downloaded as CSV holds the API's lines; a rep who names
 * another rep in the address sees nothing of theirs. Same application context as
 * {@link HomePageIT}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:home-page;DB_CLOSE_DELAY=-1")
class ReportPagesIT {

	/** For each page, its tables: a column on the page and the API's list and field. */
	private static final Map<String, List<Check>> CHECKS = Map.of("attainment",
			List.of(new Check("attainment", "credited", "/rows", "/credited"),
					new Check("attainment", "payoutRate", "/rows", "/payoutRate"),
					new Check("attainment", "planAttainment", "/rows", "/planAttainment")),
			"orders", List.of(new Check("orders", "total", "/items", "/total")), "cycle-times",
			List.of(new Check("cycle-orders", "medianHours", "/orders", "/medianHours"),
					new Check("cycle-steps", "count", "/steps", "/count"),
					new Check("cycle-steps", "p90Hours", "/steps", "/p90Hours")),
			"approvals",
			List.of(new Check("approvals-task", "averageHoursWaiting", "/byTask", "/averageHoursWaiting"),
					new Check("approvals-person", "tasks", "/byPerson", "/tasks")),
			"receivables",
			List.of(new Check("ageing", "TOTAL", "/lines", "/buckets/TOTAL"),
					new Check("collections", "openAmount", "/items", "/openAmount")),
			"credit-ratings",
			List.of(new Check("credit-ratings", "available", "", "/available"),
					new Check("credit-ratings", "grade", "", "/grade")),
			"forecast-accuracy", List.of(new Check("forecast-accuracy", "actual", "/rows", "/actual")), "compliance",
			List.of(new Check("compliance", "activeCustomers", "/reps", "/activeCustomers"),
					new Check("compliance-findings", "duty", "/findings", "/duty")),
			"satisfaction", List.of(new Check("satisfaction", "callbacks", "", "/callbacks")), "statements",
			List.of(new Check("statements", "finalPayout", "/statements", "/finalPayout")));

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	com.osb.salesops.incentive.StatementRun run;

	@Autowired
	com.osb.salesops.incentive.PayrollExports exports;

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
	void aRepSeesTheirOwnPagesWithTheApisFiguresAndNoOtherRepsByTheAddress() throws Exception {
		// given an order of rep1's whose contract was reviewed, and a quota this quarter
		JsonNode order = Http.json(api("rep1").postJson("/api/orders", """
				{"customerCode": "C001", "lines": [{"sku": "P-300", "quantity": 10, "unitPrice": 480}]}"""), 201);
		complete("assistant", order.get("number").asText(), "Task_ReviewContract",
				"{\"contractReviewed\": {\"value\": true}}");
		this.jdbc.update("merge into incentive_quota (rep_id, quarter, quota) key (rep_id, quarter)"
				+ " values ('R01', '2026-Q4', 300000)");

		// when
		logIn("rep1");
		List<String> pages = pageLinks();

		// then
		assertThat(pages).containsExactly("attainment", "orders", "cycle-times", "receivables", "credit-ratings",
				"forecast-accuracy", "compliance", "satisfaction", "statements");
		checkEach("rep1", pages);
		open("cycle-times");
		assertThat(cells("cycle-steps", "step")).contains("Task_ReviewContract");
		open("attainment");
		assertThat(cells("attainment", "name")).containsExactly("R01");
		// each rep and duty shown by name, its code kept as the cell's value
		open("compliance");
		assertThat(shown("compliance", "key")).containsExactly("张伟");
		assertThat(shown("compliance-findings", "duty")).contains("visits").doesNotContain("visit");
		assertThat(cells("compliance-findings", "duty")).contains("visit");

		// and their customers' credit, each customer by name and the terms in words
		open("credit-ratings");
		assertThat(shown("credit-ratings", "customer")).contains("华信电子有限公司");
		assertThat(shown("credit-ratings", "terms")).isNotEmpty()
			.allMatch((terms) -> terms.matches("Prepayment|Net \\d+ days"));

		// and another rep's figures cannot be had by changing the address
		open("attainment?rep=R02", "error");
		assertThat(this.browser.findElement(By.id("status")).getText()).isEqualTo("There are no such figures for you.");
		assertThat(this.browser.findElements(By.cssSelector("table"))).isEmpty();
		assertThat(api("rep1").get("/api/reports/attainment?rep=R02").statusCode()).isEqualTo(404);
		assertThat(api("rep1").get("/api/reports/cycle-times?region=GZ").statusCode()).isEqualTo(404);
		open("orders?rep=R02");
		assertThat(cells("orders", "rep")).isEmpty();
		open("approvals", "error");
	}

	@Test
	void aManagerFinanceAndSalesOpsSeeTheirPagesWithTheApisFigures() throws Exception {
		// when the manager looks
		logIn("manager");
		List<String> pages = pageLinks();

		// then
		assertThat(pages).contains("attainment", "orders", "cycle-times", "approvals", "receivables");
		checkEach("manager", pages);

		// and finance
		logOut();
		logIn("accountant");
		pages = pageLinks();
		assertThat(pages).containsExactly("attainment", "orders", "cycle-times", "receivables", "credit-ratings",
				"statements");
		checkEach("accountant", pages);
		open("receivables");
		assertThat(cells("ageing", "TOTAL")).isNotEmpty();

		// and sales ops, every page, filtered too
		logOut();
		logIn("analyst");
		pages = pageLinks();
		assertThat(pages).containsExactlyElementsOf(List.of("attainment", "orders", "cycle-times", "approvals",
				"receivables", "credit-ratings", "forecast-accuracy", "compliance", "satisfaction", "statements"));
		checkEach("analyst", pages);
		open("attainment?by=region");
		check("analyst", new Check("attainment", "quota", "/rows", "/quota"));
		open("receivables?by=rep");
		check("analyst", new Check("ageing", "TOTAL", "/lines", "/buckets/TOTAL"));
		assertThat(cells("ageing", "TOTAL")).isNotEmpty();
		open("orders?region=BJ&status=SUBMITTED");
		check("analyst", new Check("orders", "number", "/items", "/number"));

		// and downloads the ageing by rep as a CSV file holding the API's lines
		open("receivables?by=rep");
		List<String> downloaded = download("ageing");
		List<String> expected = new ArrayList<>();
		Http.json(api("analyst").get("/api/receivables/ageing?by=rep"), 200).get("lines").forEach((line) -> {
			StringBuilder row = new StringBuilder(line.get("key").asText());
			for (String bucket : List.of("CURRENT", "1-30", "31-60", "61-90", "OVER_90", "TOTAL")) {
				row.append(',').append(normal(line.get("buckets").get(bucket).asText()));
			}
			expected.add(row.toString());
		});
		assertThat(downloaded.get(0)).startsWith("\uFEFF");
		assertThat(downloaded.subList(1, downloaded.size())).isNotEmpty().isEqualTo(expected);

		// and pages through the duties not met, then downloads every one of them
		open("compliance?size=5");
		JsonNode compliance = Http.json(api("analyst").get("/api/compliance?size=5"), 200);
		int findings = compliance.get("findingsTotal").asInt();
		assertThat(
				this.browser.findElement(By.cssSelector("[data-figure=\"findings-total\"]")).getAttribute("data-value"))
			.isEqualTo(String.valueOf(findings));
		assertThat(findings).as("duties not met in the demo company").isGreaterThan(5);
		this.browser.findElement(By.id("findings-next")).click();
		this.wait.until(ExpectedConditions.attributeToBe(By.id("report"), "data-loaded", "true"));
		assertThat(this.browser.findElement(By.id("section-compliance-findings")).getAttribute("data-source"))
			.contains("page=1");
		check("analyst", new Check("compliance-findings", "duty", "/findings", "/duty"));
		List<String> every = download("compliance-findings", "compliance-" + compliance.get("asOf").asText());
		assertThat(every.get(0)).startsWith("\uFEFFasOf,");
		assertThat(every).hasSize(1 + findings);
	}

	@Test
	void aRepReadsTheirStatementInChineseAndHrFindsThePayrollExport() throws Exception {
		// given the quarter's statements of rep1's region issued, the payouts approved
		// and
		// exported
		this.jdbc.update("merge into incentive_quota (rep_id, quarter, quota) key (rep_id, quarter)"
				+ " values ('R01', '2026-Q4', 300000)");
		String region = this.jdbc.queryForObject("select region_id from sales_rep where id = 'R01'", String.class);
		this.run.computeRegion("2026-Q4", region, null);
		if (!this.exports.approved("2026-Q4")) {
			this.exports.approve("2026-Q4", "accountant", "已核对");
		}
		this.exports.export("2026-Q4", null);
		this.browser.quit();
		this.browser = Browser.start("zh-CN");
		this.wait = Browser.waiting(this.browser);

		// when rep1 opens the page of statements
		logIn("rep1");
		open("statements?quarter=2026-Q4");
		String heading = this.browser.findElement(By.cssSelector("#section-statement h2")).getText();
		String state = figure("statement-state");
		String quotaSource = this.browser.findElement(By.id("statement-quota-source")).getText();
		List<String> listed = shown("statements", "rep");
		List<String> payroll = this.browser.findElements(By.id("payroll")).stream().map(WebElement::getText).toList();
		open("statements?quarter=2026-Q2");
		String noQuota = this.browser.findElement(By.id("statement-missing")).getText();
		open("statements?quarter=2026-Q4&rep=R02", "error");
		String otherRep = this.browser.findElement(By.id("status")).getText();
		logOut();
		// and rep1's sales manager does
		this.jdbc.update("merge into manager_incentive (user_id, team_level, name, target_incentive)"
				+ " key (user_id, team_level) values ('manager', 'REGION', '周明', 20000)");
		logIn("manager");
		open("statements?quarter=2026-Q4");
		String managerHeading = this.browser.findElement(By.cssSelector("#section-manager-statement-0 h2")).getText();
		List<String> teamReps = shown("manager-reps-0", "rep");
		logOut();
		// and HR does
		logIn("hr");
		open("statements?quarter=2026-Q4");
		List<String> reps = shown("statements", "rep");
		String approved = this.browser.findElement(By.id("payroll-approved")).getText();
		String download = this.browser.findElement(By.id("payroll-download")).getDomAttribute("href");

		// then the rep reads their own statement in Chinese, and no one else's
		assertThat(heading).isEqualTo("张伟 的提成结算单，2026-Q4");
		assertThat(state).isEqualTo("待确认");
		assertThat(quotaSource).isEqualTo("配额来源：销售运营录入");
		assertThat(listed).containsExactly("张伟");
		assertThat(payroll).isEmpty();
		assertThat(noQuota).contains("2026-Q2", "没有销售定额");
		assertThat(otherRep).isEqualTo("没有您可查看的此类数据。");
		// and the manager their own statement on the team's figures
		assertThat(managerHeading).startsWith("我的区域经理结算单（").endsWith("），2026-Q4");
		assertThat(teamReps).contains("张伟");
		// and HR finds every statement and the export
		assertThat(reps).contains("张伟");
		assertThat(approved).startsWith("提成已由").contains("2026-", "已核对");
		assertThat(download).isEqualTo("/api/incentive/payroll/2026-Q4.csv");
		assertThat(api("hr").get(download).statusCode()).isEqualTo(200);
	}

	private String figure(String id) {
		return this.browser.findElement(By.cssSelector("[data-figure=\"" + id + "\"] strong")).getText();
	}

	/**
	 * Clicks the table's download button and reads the file the browser saves, each row
	 * with its numbers written alike.
	 */
	private List<String> download(String table) throws Exception {
		return download(table, table);
	}

	/**
	 * The same for a table whose file the API names (the browser may keep either name).
	 */
	private List<String> download(String table, String fileName) throws Exception {
		Path folder = Files.createTempDirectory("report-csv");
		((ChromeDriver) this.browser).executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
		this.browser.findElement(By.cssSelector("button[data-csv=\"" + table + "\"]")).click();
		List<Path> files = List.of(folder.resolve(fileName + ".csv"), folder.resolve(table + ".csv"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> files.stream().anyMatch((saved) -> saved.toFile().length() > 0));
		Path file = files.stream().filter(Files::exists).findFirst().orElseThrow();
		List<String> lines = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			lines.add(lines.isEmpty() ? line : String.join(",",
					java.util.Arrays.stream(line.split(",", -1)).map(ReportPagesIT::normal).toList()));
		}
		return lines;
	}

	private void checkEach(String user, List<String> pages) throws Exception {
		for (String page : pages) {
			open(page);
			for (Check check : CHECKS.get(page)) {
				check(user, check);
			}
		}
	}

	/** The column of the page's table shows the field of each item of the API's list. */
	private void check(String user, Check check) throws Exception {
		String source = this.browser.findElement(By.id("section-" + check.table())).getAttribute("data-source");
		JsonNode answer = Http.json(api(user).get(source), 200).at(check.list());
		Predicate<JsonNode> shown = (item) -> !"forecast-accuracy".equals(check.table())
				|| "COMPANY".equals(item.get("level").asText());
		List<String> expected = new ArrayList<>();
		answer.forEach((item) -> {
			if (shown.test(item)) {
				expected.add(normal(item.at(check.field()).isNull() ? "" : item.at(check.field()).asText()));
			}
		});
		assertThat(cells(check.table(), check.column())).as(user + ": " + source + " " + check).isEqualTo(expected);
	}

	private void logIn(String user) {
		this.browser.get("http://localhost:" + this.port + "/");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(user);
		this.browser.findElement(By.id("password")).sendKeys(user);
		this.browser.findElement(By.cssSelector("#login button[type=\"submit\"]")).click();
		this.wait.until(ExpectedConditions.attributeToBe(By.id("home"), "data-loaded", "true"));
	}

	private void logOut() {
		this.browser.findElement(By.id("logout")).click();
		// the page goes to the login form: a look while it navigates is looked again
		this.wait.ignoring(org.openqa.selenium.WebDriverException.class)
			.until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
	}

	private List<String> pageLinks() {
		return this.browser.findElements(By.cssSelector("#section-pages a"))
			.stream()
			.map((link) -> link.getAttribute("id").substring("page-link-".length()))
			.toList();
	}

	private void open(String page) {
		open(page, "true");
	}

	private void open(String page, String loaded) {
		this.browser.get("http://localhost:" + this.port + "/reports/" + page);
		this.wait.until(ExpectedConditions.attributeToBe(By.id("report"), "data-loaded", loaded));
		assertThat(errors()).as(page).isEmpty();
		if ("true".equals(loaded)) {
			// a chart where the page has rows to show (and none of no rows at all)
			if (!this.browser.findElements(By.cssSelector("#report table tbody tr")).isEmpty()) {
				assertThat(this.browser.findElements(By.cssSelector("#report .chart canvas"))).as(page).isNotEmpty();
			}
		}
	}

	private void complete(String user, String order, String taskKey, String variables) throws Exception {
		String path = "/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + order + "&taskDefinitionKey="
				+ taskKey;
		JsonNode tasks = await().atMost(Duration.ofSeconds(30))
			.until(() -> Http.json(api(user).get(path), 200), (found) -> found.size() == 1);
		assertThat(api(user)
			.postJson("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
					"{\"variables\": " + variables + "}")
			.statusCode()).isEqualTo(204);
	}

	private Http api(String user) {
		return new Http(this.port).as(user, user);
	}

	@SuppressWarnings("unchecked")
	private List<Object> errors() {
		return (List<Object>) ((JavascriptExecutor) this.browser).executeScript("return window.homeErrors;");
	}

	private List<String> cells(String table, String column) {
		return this.browser.findElements(By.cssSelector("#table-" + table + " td[data-column=\"" + column + "\"]"))
			.stream()
			.map((cell) -> normal(
					(cell.getAttribute("data-value") != null) ? cell.getAttribute("data-value") : cell.getText()))
			.toList();
	}

	/** The texts a column shows, whatever values its cells keep. */
	private List<String> shown(String table, String column) {
		return this.browser.findElements(By.cssSelector("#table-" + table + " td[data-column=\"" + column + "\"]"))
			.stream()
			.map(WebElement::getText)
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

	/** A column of a table on the page and where the API answers it. */
	record Check(String table, String column, String list, String field) {
	}

}
