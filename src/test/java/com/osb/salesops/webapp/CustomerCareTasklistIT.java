package com.osb.salesops.webapp;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import com.osb.salesops.support.Browser;
import com.osb.salesops.support.TasklistPage;
import com.osb.salesops.support.TestClock;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Customer care in Tasklist: a rep records a visit with a next step through the start
 * form, and takes the next step when it falls due; the sales assistant calls a customer
 * back after a delivery and records the scores in the callback form.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:tasklist-customer-care;DB_CLOSE_DELAY=-1")
class CustomerCareTasklistIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

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
	void aRepRecordsAVisitWithANextStepAndTakesItWhenItFallsDue() {
		// given
		LocalDate today = TestClock.today();
		this.tasklist.logIn("rep1", "rep1").startProcess("Customer contact").type("customerCode", "C001");
		date("contactDate", today);
		choose("contactType", "Visit");
		this.tasklist.type("contactsMet", "Wang Li (purchasing)")
			.type("notes", "Volumes for 2027")
			.pick("logisticsConfirmed")
			.type("nextStep", "Send the 2027 price list");
		date("nextStepDate", today);

		// when
		this.tasklist.submitStartForm();

		// then: the visit is on file and the next step, due today, waits in Tasklist
		Map<String, Object> visit = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForList("select l.contact_type, l.next_step, l.recorded_by,"
					+ " l.logistics_confirmed from customer_contact_log l join customer c on c.id = l.customer_id"
					+ " where c.code = 'C001' and l.contacts_met = 'Wang Li (purchasing)'"), (rows) -> rows.size() == 1)
			.get(0);
		assertThat(visit).containsEntry("CONTACT_TYPE", "VISIT")
			.containsEntry("NEXT_STEP", "Send the 2027 price list")
			.containsEntry("RECORDED_BY", "rep1")
			.containsEntry("LOGISTICS_CONFIRMED", true);
		this.browser.navigate().refresh();
		this.tasklist.openTask("Take next step");
		assertThat(this.tasklist.shownText()).contains("Send the 2027 price list");
		this.tasklist.type("nextStepOutcome", "Price list sent by mail").complete();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from audit_log where action = 'CUSTOMER_NEXT_STEP_TAKEN' and actor = 'rep1'",
					Integer.class) == 1);
	}

	@Test
	void theAssistantCallsTheCustomerBackAfterDeliveryAndRecordsTheScores() {
		// given: a delivery of C001 confirmed, its callback due
		String order = "SC20261116DD9901";
		String callback = this.runtimeService
			.startProcessInstanceByKey("delivery-callback", order, Map.of("orderNumber", order, "customerCode", "C001"))
			.getId();
		Job due = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.managementService.createJobQuery().processInstanceId(callback).timers().singleResult(),
					(timer) -> timer != null);
		this.managementService.executeJob(due.getId());

		// when
		this.tasklist.logIn("assistant", "assistant").openTask("Call customer after delivery");
		assertThat(this.tasklist.shownText()).contains(order);
		this.tasklist.pick("reached")
			.pick("deliveryScore-3")
			.pick("productScore-4")
			.pick("serviceScore-1")
			.type("callbackComments", "The second pallet came late")
			.complete();

		// then: a score of 2 opens the sales manager's follow-up
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject("select status from delivery_callback where order_number = ?",
					String.class, order), "FOLLOW_UP"::equals);
		assertThat(this.jdbc.queryForMap("select delivery_score, product_score, service_score, comments"
				+ " from delivery_callback where order_number = ?", order))
			.containsEntry("DELIVERY_SCORE", 4)
			.containsEntry("PRODUCT_SCORE", 5)
			.containsEntry("SERVICE_SCORE", 2)
			.containsEntry("COMMENTS", "The second pallet came late");
	}

	/**
	 * Types a date into a Camunda Form date field in the format its placeholder shows.
	 */
	private void date(String key, LocalDate day) {
		WebElement input = this.tasklist.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='Field_" + key + "-date']")));
		String pattern = input.getAttribute("placeholder").toLowerCase();
		String text = pattern.replace("yyyy", String.valueOf(day.getYear()))
			.replace("mm", String.format("%02d", day.getMonthValue()))
			.replace("dd", String.format("%02d", day.getDayOfMonth()));
		input.click();
		input.sendKeys(text, Keys.ENTER);
		input.sendKeys(Keys.TAB);
	}

	/**
	 * Chooses an option of a Camunda Form select by its label. The list opens when the
	 * field gets the focus (leaving the field before it gives it the focus), and a click
	 * on an open list closes it, so the field is clicked only while its list is closed.
	 */
	private void choose(String key, String label) {
		By option = By.xpath("//div[contains(@class, 'fjs-dropdownlist-item') and normalize-space()='" + label + "']");
		if (this.browser.findElements(option).isEmpty()) {
			this.tasklist.waiting()
				.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='Field_" + key + "-display']")))
				.click();
		}
		this.tasklist.waiting().until(ExpectedConditions.elementToBeClickable(option)).click();
	}

}
