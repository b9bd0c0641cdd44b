package com.osb.salesops.webapp;

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

/**
 * A demo order pushed through its first steps in Tasklist, as the README describes: the
 * assistant reviews the contract and the sales manager approves, each through the step's
 * Camunda Form.
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

}
