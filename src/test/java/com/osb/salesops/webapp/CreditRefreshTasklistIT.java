package com.osb.salesops.webapp;

import java.math.BigDecimal;

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
	void salesOpsStartsARefreshForOneCustomerThroughTheStartForm() {
		// when
		this.tasklist.logIn("analyst", "analyst").startProcess("Credit refresh").type("customerCode", "C001");
		this.tasklist.submitStartForm();

		// then
		Integer runs = this.jdbc.queryForObject(
				"select count(*) from ACT_HI_VARINST where NAME_ = 'customerCode'" + " and TEXT_ = 'C001'",
				Integer.class);
		assertThat(runs).isOne();
	}

	@Test
	void aManagerRequestsAnAdjustmentAndTheGeneralManagerApprovesIt() {
		// given
		this.tasklist.logIn("manager", "manager")
			.startProcess("Credit adjustment")
			.type("customerCode", "C009")
			.type("manualAdjustment", "40000")
			.type("reason", "Paid the overdue invoice yesterday")
			.submitStartForm();

		// when
		this.tasklist.logIn("gm", "gm")
			.openTask("Approve credit adjustment")
			.type("decisionComment", "Payment confirmed by finance")
			.pick("decision-0")
			.complete();

		// then
		assertThat(this.jdbc.queryForObject("select p.manual_adjustment from credit_profile p join customer c"
				+ " on c.id = p.customer_id where c.code = 'C009'", BigDecimal.class))
			.isEqualByComparingTo("40000");
	}

}
