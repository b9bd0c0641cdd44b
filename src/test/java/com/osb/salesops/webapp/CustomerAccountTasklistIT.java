package com.osb.salesops.webapp;

import java.util.Map;

import com.osb.salesops.support.Browser;
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

/**
 * A rep applies for a new customer account through the start form in Tasklist, the sales
 * manager approves it with a growth potential and finance confirms the opening terms.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:tasklist-customer;DB_CLOSE_DELAY=-1")
class CustomerAccountTasklistIT {

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
	void aRepOpensAnAccountThatTheManagerAndFinanceApprove() {
		// given
		this.tasklist.logIn("rep3", "rep3").startProcess("Customer account").pick("requestType-0");
		this.tasklist.type("legalName", "Tanggu Pumps")
			.type("taxNumber", "91120116MA0D00999T")
			.pick("customerType-0")
			.type("invoiceAddress", "5 Port Road, Tianjin")
			.type("bankAccount", "6222 0300")
			.type("contactName", "Gao Fei")
			.type("contactPhone", "139 2222 3333")
			.type("deliveryAddress", "Gate 4, 5 Port Road")
			.type("receivingContact", "Gao Fei")
			.type("unloadingHours", "Mon-Fri 08:00-16:00")
			.submitStartForm();

		// when
		this.tasklist.logIn("manager", "manager")
			.openTask("Review account request")
			.pick("growthPotential-1")
			.pick("reviewDecision-0")
			.complete();
		this.tasklist.logIn("accountant", "accountant").openTask("Confirm opening credit terms");
		assertThat(this.tasklist.shownText()).contains("0.00 CNY").contains("PREPAY");
		this.tasklist.pick("termsDecision-0").complete();

		// then
		assertThat(this.jdbc.queryForMap("select c.rep_id, c.customer_type, c.growth_potential, p.grade,"
				+ " p.payment_terms from customer c join credit_profile p on p.customer_id = c.id"
				+ " where c.name = 'Tanggu Pumps'"))
			.containsAllEntriesOf(Map.of("REP_ID", "R03", "CUSTOMER_TYPE", "DISTRIBUTOR", "GROWTH_POTENTIAL", "MEDIUM",
					"GRADE", "C", "PAYMENT_TERMS", "PREPAY"));
	}

}
