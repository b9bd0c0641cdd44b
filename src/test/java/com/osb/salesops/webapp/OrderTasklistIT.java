package com.osb.salesops.webapp;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.support.Browser;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.TasklistPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A demo order pushed through its steps in Tasklist, as the README describes, each
 * through the step's Camunda Form: every role finds the order on its task cards and reads
 * its forms without internal codes; finance records a partial payment, then the rest.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:tasklist-order;DB_CLOSE_DELAY=-1")
class OrderTasklistIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	WebDriver browser;

	TasklistPage tasklist;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start();
		this.tasklist = new TasklistPage(this.browser, this.port);
	}

	@AfterEach
	void closeBrowser() {
		this.browser.quit();
	}

	@Test
	void theAssistantAndTheManagerWorkADemoOrderInTasklist() throws Exception {
		// given
		String submitted = new Http(this.port).as("rep1", "rep1").postJson("/api/orders", """
				{"customerCode": "C001", "lines": [{"sku": "P-300", "quantity": 10, "unitPrice": 480}]}""").body();
		String number = new ObjectMapper().readTree(submitted).get("number").asText();

		// when
		this.tasklist.logIn("assistant", "assistant").openTask("Review contract").pick("contractReviewed").complete();
		this.tasklist.logIn("manager", "manager")
			.openTask("Approve order")
			.type("approvalReason", "Standard terms")
			.pick("approvalDecision-0")
			.complete();

		// then
		assertThat(this.jdbc.queryForList(
				"select actor from audit_log where subject_id = ?" + " and action = 'TASK_COMPLETED' order by id",
				String.class, number))
			.containsExactly("assistant", "manager");
		assertThat(this.jdbc.queryForObject("select status from sales_order where number = ?", String.class, number))
			.isEqualTo("CREDIT_CLEARED");
	}

	@Test
	void eachRoleSeesTheOrderOnItsTaskCardsAndNoFormShowsInternalText() throws Exception {
		// given an order of 1,200,000.00 CNY: over the credit limit, and large enough for
		// every approval level
		String submitted = new Http(this.port).as("rep1", "rep1").postJson("/api/orders", """
				{"customerCode": "C001", "lines": [{"sku": "P-100", "quantity": 100, "unitPrice": 12000}]}""").body();
		String number = new ObjectMapper().readTree(submitted).get("number").asText();
		String customer = this.jdbc.queryForObject("select name from customer where code = 'C001'", String.class);
		Map<String, String> cards = new LinkedHashMap<>();
		Map<String, String> forms = new LinkedHashMap<>();

		// when each role in turn finds the order in Tasklist and completes its step
		work("accountant", "Decide credit hold", number, cards, forms).pick("holdDecision-0")
			.type("holdComment", "Strategic customer")
			.complete();
		work("gm", "Approve credit hold release", number, cards, forms).pick("gmReleaseDecision-0").complete();
		work("assistant", "Review contract", number, cards, forms).pick("contractReviewed").complete();
		work("manager", "Approve order", number, cards, forms).pick("approvalDecision-0").complete();
		work("director", "Approve order", number, cards, forms).pick("approvalDecision-0").complete();
		work("gm", "Approve order", number, cards, forms).pick("approvalDecision-0").complete();
		new Http(this.port).as("rep1", "rep1")
			.postFile("/api/orders/" + number + "/attachments?kind=SIGNED_CONTRACT", "file", "signed.pdf",
					"application/pdf", com.osb.salesops.support.Scans.pdf());
		work("rep1", "Record signed contract", number, cards, forms).pick("signedCopy-0").complete();
		work("keeper", "Check notice and dispatch", number, cards, forms);

		// then every card names the order, its customer and its amount, and no form shows
		// an internal code
		assertThat(cards).containsOnlyKeys("accountant", "gm", "assistant", "manager", "director", "rep1", "keeper");
		cards.forEach((user, card) -> assertThat(card).as(user).contains(number, customer, "1,200,000.00 CNY"));
		assertThat(forms.get("manager")).contains("1,200,000.00 CNY", "中国标准时间 (UTC+08:00)");
		forms.forEach((user, form) -> assertThat(form).as(user)
			.doesNotContain("RuleFired", "SALES_MANAGER", "SALES_DIRECTOR", "GENERAL_MANAGER", "sales-manager",
					"0.0000%", "E+", "null"));
	}

	/**
	 * Logs in, keeps the cards and the form the person sees, and leaves the form open.
	 */
	private TasklistPage work(String user, String task, String number, Map<String, String> cards,
			Map<String, String> forms) {
		await().atMost(java.time.Duration.ofSeconds(90))
			.until(() -> this.jdbc.queryForObject("select count(*) from act_ru_task where name_ like ?", Long.class,
					task + ": " + number + "%"), (count) -> count == 1);
		this.tasklist.logIn(user, user);
		cards.merge(user, this.tasklist.taskCards(task + ": " + number), (a, b) -> a + "\n" + b);
		this.tasklist.openTask(task + ": " + number);
		forms.merge(user, this.tasklist.shownText(), (a, b) -> a + "\n" + b);
		return this.tasklist;
	}

	@Test
	void financeConfirmsAPartialPaymentThenTheRestAndTheFormShowsWhereItStands() throws Exception {
		// given a prepaid order of 1,200.00 CNY at the payment gate
		String submitted = new Http(this.port).as("rep3", "rep3").postJson("/api/orders", """
				{"customerCode": "C005", "lines": [{"sku": "P-500", "quantity": 10, "unitPrice": 120}]}""").body();
		String number = new ObjectMapper().readTree(submitted).get("number").asText();
		this.tasklist.logIn("assistant", "assistant")
			.openTask("Review contract: " + number)
			.pick("contractReviewed")
			.complete();
		this.tasklist.logIn("manager", "manager")
			.openTask("Approve order: " + number)
			.pick("approvalDecision-0")
			.complete();
		new Http(this.port).as("rep3", "rep3")
			.postFile("/api/orders/" + number + "/attachments?kind=SIGNED_CONTRACT", "file", "signed.pdf",
					"application/pdf", com.osb.salesops.support.Scans.pdf());
		this.tasklist.logIn("rep3", "rep3")
			.openTask("Record signed contract: " + number)
			.pick("signedCopy-0")
			.complete();

		// when finance confirms 400.00
		await().atMost(java.time.Duration.ofSeconds(90))
			.until(() -> this.jdbc.queryForObject("select count(*) from act_ru_task where name_ like ?", Long.class,
					"Confirm payment: " + number + "%"), (count) -> count == 1);
		this.tasklist.logIn("accountant", "accountant").openTask("Confirm payment: " + number);
		String first = this.tasklist.shownText();
		this.tasklist.type("amountReceived", "400").type("paymentReference", "BANK-1").complete();
		// and then the rest
		this.tasklist.openTask("Confirm payment: " + number);
		String second = this.tasklist.shownText();
		this.tasklist.type("amountReceived", "800").type("paymentReference", "BANK-2").complete();

		// then each form showed the total, what was paid and what was outstanding
		assertThat(first).contains("1,200.00 CNY", "0.00 CNY").contains("预付款：客户全额付清订单之前不发货");
		assertThat(second).contains("400.00 CNY", "800.00 CNY").doesNotContain("BANK-1");
		assertThat(this.jdbc.queryForList("select p.amount from payment p join sales_order o on o.id = p.order_id"
				+ " where o.number = ? order by p.id", java.math.BigDecimal.class, number))
			.usingElementComparator(java.math.BigDecimal::compareTo)
			.containsExactly(new java.math.BigDecimal("400"), new java.math.BigDecimal("800"));
		await().atMost(java.time.Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject("select status from sales_order where number = ?", String.class,
					number), "STOCK_RESERVED"::equals);
	}

}
