package com.osb.salesops.webapp;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.support.Browser;
import com.osb.salesops.support.Http;
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
 * The customers' pages in a real browser, in Chinese, reached from the home page: finance
 * open a customer with overdue invoices and record a payment against the invoice they
 * tick (refused first, naming the field left empty, with nothing stored); a rep sees only
 * their own customers, records a visit on one, and is told another rep's customer is not
 * theirs.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:customer-page;DB_CLOSE_DELAY=-1")
class CustomerPageIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BusinessClock clock;

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
	void financeRecordAPaymentAgainstTheInvoiceTheyTickOnTheCustomersPage() {
		// given the accountant on the home page, and a customer with two open invoices
		String newest = this.jdbc.queryForObject("select i.number from receivable r join invoice i"
				+ " on i.id = r.invoice_id join customer c on c.id = r.customer_id where c.code = 'C009'"
				+ " and r.open_amount > 0 order by r.due_date desc limit 1", String.class);
		BigDecimal before = open(newest);
		this.jdbc
			.update("delete from credit_profile where customer_id = (select id from customer where code = 'C009')");
		this.jdbc.update("insert into credit_profile (customer_id, grade, formula_limit, credit_limit, payment_terms,"
				+ " evaluated_on, committed_amount) select id, 'B', 80000, 80000, 'NET30', ?, 2500 from customer"
				+ " where code = 'C009'", java.sql.Date.valueOf(this.clock.today()));
		Browser.logInAtHome(this.browser, this.port, "accountant", "accountant");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("link-customers"))).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("C009"))).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("pay")));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("credit-section")));
		JsonNode credit = Http
			.json(new Http(this.port).as("accountant", "accountant").get("/api/credit/ratings?customer=C009"), 200)
			.get(0);
		String grade = credit("grade");
		String limit = credit("creditLimit");
		String committed = credit("committed");
		String available = credit("available");
		String terms = credit("terms");

		// when a payment without its bank reference is sent, then one with it
		this.browser.findElement(By.cssSelector("#open-invoices input[value=\"" + newest + "\"]")).click();
		this.browser.findElement(By.id("amount")).sendKeys("１，０００.００");
		this.browser.findElement(By.id("pay")).click();
		this.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#payment-problems li"), 0));
		List<String> problems = texts("#payment-problems li");
		String flagged = this.browser.findElement(By.id("reference")).getDomAttribute("aria-invalid");
		long stored = this.jdbc.queryForObject("select count(*) from payment where reference = 'PAGE-BANK-1'",
				Long.class);
		this.browser.findElement(By.id("reference")).sendKeys("PAGE-BANK-1");
		this.browser.findElement(By.id("pay")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payment-result"), "回款已登记"));

		// then
		assertThat(this.browser.getTitle()).isEqualTo("客户 C009");
		assertThat(grade).isEqualTo("B");
		assertThat(limit).isEqualTo("¥80,000.00");
		assertThat(committed).isEqualTo("¥2,500.00");
		assertThat(available).isEqualTo("¥" + String.format("%,.2f", credit.get("available").decimalValue()));
		assertThat(credit.get("available").decimalValue())
			.isEqualByComparingTo(new BigDecimal("77500.00").subtract(credit.get("openReceivables").decimalValue()));
		assertThat(terms).isEqualTo("账期 30 天");
		assertThat(problems).containsExactly("银行流水号：为必填项");
		assertThat(flagged).isEqualTo("true");
		assertThat(stored).isZero();
		assertThat(this.browser.findElement(By.id("payment-result")).getText()).matches("回款已登记，收款单号 SC\\d{8}SK\\d{4}。");
		assertThat(open(newest)).isEqualByComparingTo(before.subtract(new BigDecimal("1000.00")));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("#open-invoices tr[data-invoice=\"" + newest + "\"] td:nth-child(7)"),
				"¥" + String.format("%,.2f", open(newest))));
		assertThat(this.browser.findElement(By.cssSelector("[data-fact=\"customerType\"] td")).getText()).isIn("大客户",
				"经销商", "直销客户");
		assertThat(this.browser.findElement(By.id("statement-pdf")).getDomAttribute("href"))
			.isEqualTo("/api/receivables/customers/C009/statement?format=pdf");
	}

	@Test
	void aRepSeesTheirOwnCustomersAndRecordsAVisitOnOne() throws Exception {
		// given rep1, whose customers are C001 and C002
		Browser.logInAtHome(this.browser, this.port, "rep1", "rep1");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("link-customers"))).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("C001")));
		List<String> listed = texts("#customers tbody td:first-child");
		this.browser.findElement(By.linkText("C001")).click();
		WebElement form = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contact")));

		// when a visit without whom the rep spoke to is sent, then a whole one
		new Select(form.findElement(By.id("contactType"))).selectByValue("VISIT");
		form.findElement(By.id("record-contact")).click();
		this.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#contact-problems li"), 0));
		List<String> problems = texts("#contact-problems li");
		new Select(form.findElement(By.id("contactType"))).selectByValue("VISIT");
		form.findElement(By.id("contactsMet")).sendKeys("采购部王经理");
		form.findElement(By.id("notes")).sendKeys("确认下季度的订货计划");
		((JavascriptExecutor) this.browser).executeScript("document.getElementById('contactDate').value = arguments[0]",
				this.clock.today().toString());
		form.findElement(By.id("record-contact")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contact-result"), "已记录"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("visits"), "采购部王经理"));
		boolean paymentOffered = this.browser.findElement(By.id("payment-section")).isDisplayed();
		String notRated = this.browser.findElement(By.id("not-rated")).getText();
		List<String> kinds = texts("#visits tbody tr td:nth-child(2)");
		String rep = this.browser.findElement(By.cssSelector("[data-fact=\"rep\"] td")).getText();
		List<String> recordedBy = texts("#visits tbody tr td:nth-child(6)");
		// and, once C001 has an order, the page lists it
		String number = new com.fasterxml.jackson.databind.ObjectMapper()
			.readTree(new com.osb.salesops.support.Http(this.port).as("rep1", "rep1").postJson("/api/orders", """
					{"customerCode": "C001", "lines": [{"sku": "P-300", "quantity": 2, "unitPrice": 480}]}""").body())
			.get("number")
			.asText();
		this.browser.navigate().refresh();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orders-section")));
		List<String> orders = texts("#orders tbody tr td:first-child");
		String orderLink = this.browser.findElement(By.linkText(number)).getDomAttribute("href");
		String newOrder = this.browser.findElement(By.id("new-order")).getDomAttribute("href");
		this.browser.findElement(By.id("new-order")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deliveryAddress"), "华信电子有限公司仓库"));
		String orderingFor = new Select(this.browser.findElement(By.id("customer"))).getFirstSelectedOption().getText();
		this.browser.get("http://localhost:" + this.port + "/customers/C009");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "C009"));

		// then
		assertThat(listed).containsExactly("C001", "C002");
		assertThat(problems).contains("日期：为必填项", "联系的人：为必填项");
		assertThat(kinds).contains("拜访");
		assertThat(rep).isEqualTo("张伟（R01）");
		assertThat(recordedBy).contains("张伟（销售代表）");
		assertThat(orders).contains(number);
		assertThat(orderLink).isEqualTo("/orders/" + number);
		assertThat(newOrder).isEqualTo("/orders/new?customer=C001");
		assertThat(orderingFor).isEqualTo("C001 华信电子有限公司");
		assertThat(paymentOffered).isFalse();
		assertThat(notRated).startsWith("尚未评级。新客户为 C 级、预付款");
		assertThat(this.browser.findElement(By.id("result")).getText()).startsWith("无法显示：");
		assertThat(this.browser.findElement(By.id("customer")).isDisplayed()).isFalse();
	}

	@Test
	void theSalesManagerSetsACustomersGrowthPotentialWithAReasonOnItsPage() {
		// given the manager of rep1's region on C001's page, its growth potential high
		this.jdbc.update("update customer set growth_potential = 'HIGH' where code = 'C001'");
		Browser.logInAtHome(this.browser, this.port, "manager", "manager");
		this.browser.get("http://localhost:" + this.port + "/customers/C001");
		WebElement form = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("growth")));
		String shown = this.browser.findElement(By.cssSelector("[data-credit=\"growthPotential\"] td")).getText();

		// when he sets it to medium without a reason, then with one
		new Select(form.findElement(By.id("growthPotential"))).selectByValue("MEDIUM");
		form.findElement(By.id("set-growth")).click();
		this.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#growth-problems li"), 0));
		List<String> problems = texts("#growth-problems li");
		String before = this.jdbc.queryForObject("select growth_potential from customer where code = 'C001'",
				String.class);
		form.findElement(By.id("growth-reason")).sendKeys("大客户转向竞争对手");
		form.findElement(By.id("set-growth")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growth-result"), "已改为"));

		// then
		assertThat(shown).isEqualTo("高");
		assertThat(problems).containsExactly("理由：为必填项");
		assertThat(before).isEqualTo("HIGH");
		assertThat(this.jdbc.queryForObject("select growth_potential from customer where code = 'C001'", String.class))
			.isEqualTo("MEDIUM");
		assertThat(this.browser.findElement(By.cssSelector("[data-credit=\"growthPotential\"] td")).getText())
			.isEqualTo("中");
		assertThat(this.browser.findElement(By.id("growth-result")).getText()).startsWith("已改为中，");
	}

	@Test
	void aRepSeesTheGrowthPotentialButDoesNotSetIt() {
		// given rep1 on their customer's page
		Browser.logInAtHome(this.browser, this.port, "rep1", "rep1");
		this.browser.get("http://localhost:" + this.port + "/customers/C001");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("credit-section")));

		// then
		assertThat(this.browser.findElement(By.cssSelector("[data-credit=\"growthPotential\"] td")).getText()).isIn("高",
				"中", "低");
		assertThat(this.browser.findElement(By.id("growth")).isDisplayed()).isFalse();
	}

	@Test
	void aCustomersAddressIsReadAsACodeAndNeverAsMarkup() {
		// given the accountant logged in
		Browser.logInAtHome(this.browser, this.port, "accountant", "accountant");
		String code = "\"><svg onload=x>";

		// when
		this.browser.get("http://localhost:" + this.port + "/customers/"
				+ URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "无法显示"));

		// then
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("客户 " + code);
		assertThat(this.browser.findElements(By.tagName("svg"))).isEmpty();
		assertThat(this.browser.findElement(By.id("result")).getText()).contains(code);
	}

	/** A figure of the customer's credit, as the page shows it. */
	private String credit(String figure) {
		return this.browser.findElement(By.cssSelector("[data-credit=\"" + figure + "\"] td")).getText();
	}

	private BigDecimal open(String invoice) {
		return this.jdbc.queryForObject(
				"select r.open_amount from receivable r join invoice i on i.id = r.invoice_id where i.number = ?",
				BigDecimal.class, invoice);
	}

	private List<String> texts(String css) {
		return this.browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

}
