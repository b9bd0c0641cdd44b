package com.osb.salesops.receivables.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.osb.salesops.receivables.BadDebts;
import com.osb.salesops.receivables.CustomerBalances;
import com.osb.salesops.receivables.NewInvoice;
import com.osb.salesops.receivables.NewPayment;
import com.osb.salesops.receivables.Receivables;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.ProcessTest;
import com.osb.salesops.support.TestClock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/**
 * The collections case of one invoice, path by path, with the engine's clock moved day by
 * day and the daily sweep run as the timer would: POLICY section 6's worked example (due
 * 2026-03-01, 10,000) and every other way a case can go.
 */
@ProcessTest
class CollectionsProcessTest {

	private static final LocalDate DUE = LocalDate.parse("2026-03-01");

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Receivables receivables;

	@Autowired
	BadDebts badDebts;

	@Autowired
	CustomerBalances balances;

	@Autowired
	CollectionsSweep sweep;

	private long customerId;

	private String invoice;

	@BeforeEach
	void anInvoiceOf10000DueOnTheFirstOfMarch() {
		BpmnAwareTests.init(this.processEngine);
		this.customerId = new CustomerFixture(this.jdbc).customer("T01");
		on("2026-01-30");
		this.invoice = this.receivables.issueInvoice(new NewInvoice(this.customerId, null, new BigDecimal("10000.00"),
				LocalDate.parse("2026-01-30"), DUE, null));
		this.receivables.post(this.invoice);
	}

	@AfterEach
	void clockBack() {
		TestClock.reset();
	}

	@Test
	void shouldFollowPolicyWorkedExample() {
		// given: due 03-01; nothing before 7 days past due
		ProcessInstance collection = sweepOn("2026-03-05");
		assertThat(collection).isWaitingAt("IntermediateEvent_NextActionDue");
		assertThat(actions()).isEmpty();
		sweepOn("2026-03-08");
		assertThat(actions()).containsExactly("REMIND_CUSTOMER 7");
		assertThat(reminders()).singleElement().asString().contains(this.invoice, "10,000.00 CNY", "7 days past due");
		on("2026-03-20");
		pay("4000.00");
		assertThat(collection).isWaitingAt("IntermediateEvent_NextActionDue");
		sweepOn("2026-03-31");
		assertThat(actions()).containsExactly("REMIND_CUSTOMER 7", "CALL_TASK 30");
		assertThat(collection).task().hasCandidateUser("tina");
		complete(Map.of("callOutcome", "PROMISED", "promisedDate", "2026-04-15"));
		assertThat(collection).isWaitingAt("IntermediateEvent_PromisedDatePassed");
		sweepOn("2026-04-15");
		assertThat(collection).isWaitingAt("IntermediateEvent_PromisedDatePassed");
		on("2026-04-16");
		assertThat(timer(collection).getDuedate().toInstant()).isBeforeOrEqualTo(TestClock.now());
		managementService().executeJob(timer(collection).getId());
		runJobs(collection);
		assertThat(collection).isWaitingAt("IntermediateEvent_NextActionDue");
		assertThat(actions()).hasSize(2);
		assertThat(this.balances.collectionsHold(this.customerId)).isEmpty();
		// when: 60 days then 90 days past due
		sweepOn("2026-04-30");
		assertThat(this.balances.collectionsHold(this.customerId)).contains(this.invoice);
		sweepOn("2026-05-30");
		assertThat(collection).isWaitingAt("Task_ReviewEscalation");
		assertThat(collection).task().hasCandidateGroup("general-manager");
		complete(Map.of("escalationNote", "Finance to propose a write-off if unpaid by June"));
		on("2026-06-02");
		pay("6000.00");
		// then
		assertThat(actions()).containsExactly("REMIND_CUSTOMER 7", "CALL_TASK 30", "CREDIT_HOLD 60", "ESCALATE 90");
		assertThat(collection).isEnded().hasPassed("EndEvent_InvoiceSettled");
		assertThat(this.balances.collectionsHold(this.customerId)).isEmpty();
		assertThat(
				this.jdbc.queryForList(
						"select rule_id from collection_action a join invoice i"
								+ " on i.id = a.invoice_id where i.number = ? order by a.id",
						String.class, this.invoice))
			.containsExactly("Rule_Remind", "Rule_Call", "Rule_Hold", "Rule_Escalate");
	}

	@Test
	void shouldEndWithoutReminderWhenPaidBeforeSevenDays() {
		// given
		ProcessInstance collection = sweepOn("2026-03-02");
		// when
		on("2026-03-06");
		pay("10000.00");
		// then
		assertThat(collection).isEnded().hasPassed("EndEvent_InvoiceSettled");
		assertThat(actions()).isEmpty();
		assertThat(reminders()).isEmpty();
	}

	@Test
	void shouldEndAtOnceWhenPaidBetweenReminderAndCall() {
		// given
		ProcessInstance collection = sweepOn("2026-03-02");
		sweepOn("2026-03-10");
		// when
		on("2026-03-15");
		pay("10000.00");
		// then
		assertThat(collection).isEnded();
		assertThat(actions()).containsExactly("REMIND_CUSTOMER 9");
	}

	@Test
	void shouldEndTheCallTaskAtOnceWhenPaidDuringIt() {
		// given
		ProcessInstance collection = sweepOn("2026-03-02");
		sweepOn("2026-04-01");
		assertThat(collection).isWaitingAt("Task_CallCustomer");
		// when
		on("2026-04-02");
		pay("10000.00");
		// then
		assertThat(collection).isEnded();
		assertThat(taskService().createTaskQuery().processInstanceId(collection.getId()).count()).isZero();
		assertThat(actions()).containsExactly("REMIND_CUSTOMER 31", "CALL_TASK 31");
	}

	@Test
	void shouldLiftTheHoldWhenPaidBetweenHoldAndEscalation() {
		// given
		ProcessInstance collection = sweepOn("2026-03-02");
		sweepOn("2026-03-31");
		complete(Map.of("callOutcome", "NO_ANSWER"));
		sweepOn("2026-04-30");
		assertThat(this.balances.collectionsHold(this.customerId)).contains(this.invoice);
		// when
		on("2026-05-10");
		pay("10000.00");
		// then
		assertThat(collection).isEnded();
		assertThat(this.balances.collectionsHold(this.customerId)).isEmpty();
		assertThat(actions()).containsExactly("REMIND_CUSTOMER 30", "CALL_TASK 30", "CREDIT_HOLD 60");
	}

	@Test
	void shouldEndWhenThePromiseIsKept() {
		// given
		ProcessInstance collection = sweepOn("2026-03-02");
		sweepOn("2026-03-31");
		complete(Map.of("callOutcome", "PROMISED", "promisedDate", "2026-04-15", "callNote", "Accounts payable"));
		// when
		on("2026-04-14");
		pay("10000.00");
		// then
		assertThat(collection).isEnded().hasPassed("EndEvent_InvoiceSettled").hasNotPassed("Task_PlaceCreditHold");
		assertThat(this.jdbc.queryForObject(
				"select outcome from collection_action a join invoice i"
						+ " on i.id = a.invoice_id where i.number = ? and a.action = 'CALL_TASK'",
				String.class, this.invoice))
			.isEqualTo("PROMISED");
	}

	@Test
	void shouldPauseADisputeUntilSalesOpsCloseIt() {
		// given
		ProcessInstance collection = sweepOn("2026-03-02");
		sweepOn("2026-03-31");
		complete(Map.of("callOutcome", "DISPUTE", "callNote", "Says two units arrived broken"));
		assertThat(collection).isWaitingAt("Task_ResolveDispute");
		assertThat(collection).task().hasCandidateGroup("sales-ops");
		// when: the 60-day sweep finds the case paused
		sweepOn("2026-04-30");
		assertThat(this.balances.collectionsHold(this.customerId)).isEmpty();
		on("2026-05-04");
		complete(Map.of("disputeResolution", "Units were fine; customer agreed to pay"));
		runJobs(collection);
		// then: back to work, the hold it missed comes at once
		assertThat(collection).isWaitingAt("IntermediateEvent_NextActionDue");
		assertThat(actions()).containsExactly("REMIND_CUSTOMER 30", "CALL_TASK 30", "CREDIT_HOLD 64");
		assertThat(this.balances.collectionsHold(this.customerId)).contains(this.invoice);
	}

	@Test
	void shouldEndWhenTheInvoiceIsWrittenOff() {
		// given
		ProcessInstance collection = sweepOn("2026-03-02");
		sweepOn("2026-04-01");
		assertThat(collection).isWaitingAt("Task_CallCustomer");
		// when
		this.badDebts.writeOff(this.invoice, "accountant");
		// then
		assertThat(collection).isEnded().hasPassed("EndEvent_InvoiceWrittenOff");
		assertThat(this.balances.open(this.customerId)).isZero();
		assertThat(this.balances.collectionsHold(this.customerId)).isEmpty();
	}

	private ProcessInstance sweepOn(String day) {
		on(day);
		this.sweep.sweep(TestClock.today());
		ProcessInstance collection = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("collections")
			.processInstanceBusinessKey(this.invoice)
			.singleResult();
		runJobs(collection);
		return collection;
	}

	private void runJobs(ProcessInstance collection) {
		List<Job> jobs;
		while (!(jobs = managementService().createJobQuery()
			.processInstanceId(collection.getId())
			.executable()
			.messages()
			.list()).isEmpty()) {
			jobs.forEach((job) -> managementService().executeJob(job.getId()));
		}
	}

	private Job timer(ProcessInstance collection) {
		return managementService().createJobQuery().processInstanceId(collection.getId()).timers().singleResult();
	}

	private void complete(Map<String, Object> variables) {
		Task task = taskService().createTaskQuery().processInstanceBusinessKey(this.invoice).singleResult();
		taskService().complete(task.getId(), variables);
		ProcessInstance collection = runtimeService().createProcessInstanceQuery()
			.processInstanceBusinessKey(this.invoice)
			.singleResult();
		if (collection != null) {
			runJobs(collection);
		}
	}

	private void pay(String amount) {
		this.receivables.recordPayment(new NewPayment(this.customerId, null, new BigDecimal(amount),
				"BANK-" + amount + "-" + TestClock.today(), null, List.of(), null));
	}

	private List<String> actions() {
		return this.jdbc.queryForList(
				"select a.action || ' ' || a.days_past_due from collection_action a"
						+ " join invoice i on i.id = a.invoice_id where i.number = ? order by a.id",
				String.class, this.invoice);
	}

	private List<String> reminders() {
		return this.jdbc.queryForList("select subject || ' ' || body from notification where subject like ?",
				String.class, "Payment reminder: invoice " + this.invoice + "%");
	}

	private static void on(String day) {
		ClockUtil
			.setCurrentTime(Date.from(LocalDate.parse(day).atTime(10, 0).atZone(TestClock.BUSINESS_ZONE).toInstant()));
	}

}
