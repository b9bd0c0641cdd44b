package com.osb.salesops.credit.process;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.osb.salesops.support.TestClock;
import com.osb.salesops.support.ProcessTest;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/**
 * A manual credit adjustment, path by path: each approver band, approval, rejection, the
 * refusal outside the policy and the four-eyes rule.
 */
@ProcessTest
class CreditAdjustmentProcessTest {

	private static final String CUSTOMER = "C013";

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void customerWithAFormulaLimitOf100000() {
		BpmnAwareTests.init(this.processEngine);
		this.jdbc.update("delete from credit_adjustment");
		this.jdbc.update("delete from credit_profile where customer_id = ?", customerId());
		profile("100000.00");
	}

	@AfterEach
	void logOut() {
		this.identityService.clearAuthentication();
	}

	@Test
	void shouldLetASalesManagerApproveUpToTwentyPercentAndApplyIt() {
		// given
		ProcessInstance request = request("director", "sales-director", "-20000");
		assertThat(request).isWaitingAt("Task_ApproveAdjustment");

		// when
		decide(request, "manager", "sales-manager", "APPROVE");

		// then
		assertThat(request).hasPassed("Task_ApplyAdjustment").isWaitingAt("IntermediateEvent_TwoWeeksBeforeLapse");
		assertThat(this.jdbc.queryForMap("select manual_adjustment, credit_limit, adjustment_expires_on"
				+ " from credit_profile where customer_id = ?", customerId()))
			.containsEntry("MANUAL_ADJUSTMENT", new BigDecimal("-20000.00"))
			.containsEntry("CREDIT_LIMIT", new BigDecimal("80000.00"))
			.containsEntry("ADJUSTMENT_EXPIRES_ON", Date.valueOf(nextQuarterStart()));
		assertThat(adjustmentStatus()).isEqualTo("APPROVED");
		assertThat(this.jdbc.queryForList("select detail from audit_log where process_instance_id = ?"
				+ " and action = 'CREDIT_ADJUSTMENT_APPROVER' order by id", String.class, request.getId()))
			.hasSize(2)
			.allMatch((detail) -> detail.startsWith("sales-manager by Rule_SalesManager")
					&& detail.endsWith("on manualAdjustment -20000.00 and formulaLimit 100000.00"));
	}

	@Test
	void shouldCarryTheAmountAsAnExactDecimalNeverAsADouble() {
		// when
		ProcessInstance request = request("manager", "sales-manager", "15000.01");

		// then
		assertThat(runtimeService().getVariable(request.getId(), "manualAdjustment")).isEqualTo("15000.01");
		assertThat(runtimeService().getVariable(request.getId(), "formulaLimit")).isEqualTo("100000.00");
		assertThat(this.jdbc.queryForObject("select amount from credit_adjustment", BigDecimal.class))
			.isEqualTo(new BigDecimal("15000.01"));
		assertThat(runtimeService().getVariables(request.getId()).values())
			.noneMatch((value) -> value instanceof Double);
		// and the approver reads the amounts as money and the rule as its sentence, no
		// rule's id
		assertThat(runtimeService().getVariable(request.getId(), "manualAdjustmentText")).isEqualTo("15,000.01 CNY");
		assertThat(runtimeService().getVariable(request.getId(), "formulaLimitText")).isEqualTo("100,000.00 CNY");
		assertThat(runtimeService().getVariable(request.getId(), "creditLimitText")).asString().endsWith(" CNY");
		assertThat(runtimeService().getVariable(request.getId(), "approverRuleText")).asString()
			.isNotBlank()
			.doesNotContain("Rule_");
		assertThat(formFields("credit-adjustment/approve-credit-adjustment.form"))
			.contains("manualAdjustmentText", "formulaLimitText", "creditLimitText", "approverRuleText")
			.doesNotContain("manualAdjustment", "formulaLimit", "creditLimit", "approverRule");
		assertThat(formFields("credit-adjustment/renew-credit-adjustment.form")).contains("manualAdjustmentText")
			.doesNotContain("manualAdjustment");
		assertThatThrownBy(() -> start("manager", "sales-manager",
				Map.of("customerCode", CUSTOMER, "manualAdjustment", 15000.01, "reason", "typed as a double")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("at most two decimals");
	}

	@Test
	void shouldDecideTheApproverAgainAtApprovalWhenTheFormulaLimitChangedMeanwhile() {
		// given: 15,000 of 100,000 is a sales manager's; a refresh then cuts the formula
		// limit to 50,000, where 15,000 is 30%: finance's
		ProcessInstance request = request("director", "sales-director", "15000");
		assertThat(BpmnAwareTests.task(request)).hasCandidateUser("manager");
		this.jdbc.update("update credit_profile set formula_limit = 50000, credit_limit = 50000 where customer_id = ?",
				customerId());

		// when
		decide(request, "manager", "sales-manager", "APPROVE");

		// then
		assertThat(request).isWaitingAt("Task_ApproveAdjustment").hasPassed("Task_ConfirmApprover");
		assertThat(BpmnAwareTests.task(request)).hasCandidateUser("accountant");
		assertThat(runtimeService().getVariable(request.getId(), "formulaLimit")).isEqualTo("50000.00");
		decide(request, "accountant", "finance", "APPROVE");
		assertThat(request).hasPassed("Task_ApplyAdjustment");
		assertThat(this.jdbc.queryForObject("select approver_group from credit_adjustment", String.class))
			.isEqualTo("finance");
	}

	@Test
	void shouldRefuseAtApprovalAnAdjustmentOutsideThePolicyOnTheCurrentFormulaLimit() {
		// given: 60,000 of 100,000 is the general manager's; the formula limit then drops
		// to 0, where at most 50,000 may be adjusted
		ProcessInstance request = request("manager", "sales-manager", "60000");
		this.jdbc.update("update credit_profile set formula_limit = 0, credit_limit = 0 where customer_id = ?",
				customerId());

		// when
		decide(request, "gm", "general-manager", "APPROVE");

		// then
		assertThat(request).isEnded().hasPassed("Task_RecordRefusal", "EndEvent_RefusalRecorded");
		assertThat(adjustmentStatus()).isEqualTo("REFUSED");
		assertThat(this.jdbc.queryForObject("select credit_limit from credit_profile where customer_id = ?",
				BigDecimal.class, customerId()))
			.isEqualByComparingTo("0");
	}

	@Test
	void shouldRemindTheRequesterTwoWeeksBeforeTheLapseAndApproveTheRenewalOnTheNewFormulaLimit() {
		// given
		ProcessInstance request = request("director", "sales-director", "-20000");
		decide(request, "manager", "sales-manager", "APPROVE");
		Job reminder = managementService().createJobQuery().processInstanceId(request.getId()).timers().singleResult();
		assertThat(reminder.getDuedate()).isEqualTo(startOf(nextQuarterStart().minusWeeks(2)));

		// when
		BpmnAwareTests.execute(reminder);
		assertThat(BpmnAwareTests.task(request)).hasDefinitionKey("Task_RenewAdjustment").hasCandidateUser("director");
		renew(request, "director", "sales-director");
		Job refresh = managementService().createJobQuery().processInstanceId(request.getId()).timers().singleResult();
		assertThat(refresh.getDuedate()).isEqualTo(startOf(nextQuarterStart()));
		this.jdbc.update("update credit_profile set formula_limit = 50000, credit_limit = 50000 where customer_id = ?",
				customerId());
		BpmnAwareTests.execute(refresh);

		// then: 20,000 of the new 50,000 is 40%, finance's
		assertThat(BpmnAwareTests.task(request)).hasDefinitionKey("Task_ApproveAdjustment")
			.hasCandidateUser("accountant");
		assertThat(this.jdbc.queryForList("select status || ' ' || coalesce(cast(renewal_of as varchar(20)), '-')"
				+ " from credit_adjustment order by id", String.class))
			.hasSize(2)
			.first()
			.asString()
			.startsWith("APPROVED");
		assertThat(this.jdbc.queryForObject("select count(*) from credit_adjustment where renewal_of is not null"
				+ " and status = 'REQUESTED' and amount = -20000", Integer.class))
			.isOne();
	}

	@Test
	void shouldLetTheAdjustmentLapseAtTheRefreshWhenNotRenewed() {
		// given
		ProcessInstance request = request("director", "sales-director", "-20000");
		decide(request, "manager", "sales-manager", "APPROVE");
		BpmnAwareTests
			.execute(managementService().createJobQuery().processInstanceId(request.getId()).timers().singleResult());

		// when
		BpmnAwareTests
			.execute(managementService().createJobQuery().processInstanceId(request.getId()).timers().singleResult());

		// then
		assertThat(request).isEnded().hasPassed("EndEvent_AdjustmentLapsed").hasNotPassed("Task_RequestRenewal");
	}

	@Test
	void shouldAskFinanceAboveTwentyPercentAndKeepTheLimitWhenRejected() {
		// given
		ProcessInstance request = request("manager", "sales-manager", "30000");

		assertThat(BpmnAwareTests.task(request)).hasCandidateUser("accountant");

		// when
		decide(request, "accountant", "finance", "REJECT");

		// then
		assertThat(request).isEnded().hasPassed("Task_RecordRejection", "EndEvent_AdjustmentRejected");
		assertThat(this.jdbc.queryForObject("select credit_limit from credit_profile where customer_id = ?",
				BigDecimal.class, customerId()))
			.isEqualByComparingTo("100000");
		assertThat(adjustmentStatus()).isEqualTo("REJECTED");
	}

	@Test
	void shouldAskTheGeneralManagerAboveFiftyPercent() {
		// when
		ProcessInstance request = request("manager", "sales-manager", "50000.01");

		// then
		assertThat(request).isWaitingAt("Task_ApproveAdjustment");
		assertThat(BpmnAwareTests.task(request)).hasCandidateUser("gm");
	}

	@Test
	void shouldAskTheGeneralManagerForUpTo50000WithoutAFormulaLimit() {
		// given
		this.jdbc.update("delete from credit_profile where customer_id = ?", customerId());
		profile("0.00");

		// when
		ProcessInstance request = request("manager", "sales-manager", "50000");

		// then
		assertThat(BpmnAwareTests.task(request)).hasCandidateUser("gm");
	}

	@Test
	void shouldRefuseMoreThan50000WithoutAFormulaLimitAndKeepNothing() {
		// given
		this.jdbc.update("delete from credit_profile where customer_id = ?", customerId());
		profile("0.00");
		long running = runtimeService().createProcessInstanceQuery().processDefinitionKey("credit-adjustment").count();

		// when / then
		assertThatThrownBy(() -> request("manager", "sales-manager", "50000.01"))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("outside what the credit policy allows");
		assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("credit-adjustment").count())
			.isEqualTo(running);
		assertThat(this.jdbc.queryForObject("select count(*) from credit_adjustment", Integer.class)).isZero();
	}

	@Test
	void shouldNotOfferTheRequestToTheRequester() {
		// given
		if (this.identityService.createUserQuery().userId("manager2").count() == 0) {
			this.identityService.saveUser(this.identityService.newUser("manager2"));
			this.identityService.createMembership("manager2", "sales-manager");
		}

		// when
		ProcessInstance request = request("manager", "sales-manager", "5000");

		// then
		assertThat(BpmnAwareTests.task(request)).hasCandidateUser("manager2");
		assertThat(
				taskService().createTaskQuery().processInstanceId(request.getId()).taskCandidateUser("manager").count())
			.isZero();
		assertThatThrownBy(() -> decide(request, "manager", "sales-manager", "APPROVE"))
			.isInstanceOf(AuthorizationException.class);
		assertThat(request).isWaitingAt("Task_ApproveAdjustment");
	}

	@Test
	void shouldStopTheRequesterWhenNobodyElseCanApprove() {
		// given
		this.jdbc.update("delete from credit_profile where customer_id = ?", customerId());
		profile("1.00");
		ProcessInstance request = request("gm", "general-manager", "5000");

		// when / then
		assertThatThrownBy(() -> decide(request, "gm", "general-manager", "APPROVE"))
			.hasMessageContaining("another approver must decide");
		assertThat(request).isWaitingAt("Task_ApproveAdjustment");
	}

	@Test
	void shouldRefuseAnUnknownCustomer() {
		// when / then
		assertThatThrownBy(() -> start("manager", "sales-manager",
				Map.of("customerCode", "NOPE", "manualAdjustment", "1000", "reason", "test")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("NOPE");
	}

	private ProcessInstance request(String user, String role, String amount) {
		return start(user, role,
				Map.of("customerCode", CUSTOMER, "manualAdjustment", amount, "reason", "Seasonal stock build-up"));
	}

	private ProcessInstance start(String user, String role, Map<String, Object> variables) {
		this.identityService.setAuthentication(user, List.of(role));
		try {
			return runtimeService().startProcessInstanceByKey("credit-adjustment", variables);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private void decide(ProcessInstance request, String user, String role, String decision) {
		Task task = taskService().createTaskQuery().processInstanceId(request.getId()).singleResult();
		this.identityService.setAuthentication(user, List.of(role));
		try {
			taskService().complete(task.getId(), Map.of("decision", decision, "decisionComment", "Checked"));
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private void renew(ProcessInstance request, String user, String role) {
		Task task = taskService().createTaskQuery().processInstanceId(request.getId()).singleResult();
		this.identityService.setAuthentication(user, List.of(role));
		try {
			taskService().complete(task.getId(),
					Map.of("renewalDecision", "RENEW", "renewalReason", "The season lasts another quarter"));
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private static java.util.Date startOf(LocalDate day) {
		return java.util.Date.from(day.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
	}

	private void profile(String formulaLimit) {
		this.jdbc.update(
				"insert into credit_profile (customer_id, grade, formula_limit, credit_limit, payment_terms,"
						+ " evaluated_on) values (?, 'B', ?, ?, 'NET30', ?)",
				customerId(), new BigDecimal(formulaLimit), new BigDecimal(formulaLimit),
				Date.valueOf(TestClock.today()));
	}

	private String adjustmentStatus() {
		return this.jdbc.queryForObject("select status from credit_adjustment", String.class);
	}

	private long customerId() {
		return this.jdbc.queryForObject("select id from customer where code = ?", Long.class, CUSTOMER);
	}

	private static LocalDate nextQuarterStart() {
		LocalDate today = TestClock.today();
		return today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).plusMonths(3);
	}

	/** The keys of a form's fields. */
	private static java.util.List<String> formFields(String form) {
		try {
			java.util.List<String> keys = new java.util.ArrayList<>();
			new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.nio.file.Path.of("forms", form).toFile())
				.findValues("key")
				.forEach((key) -> keys.add(key.asText()));
			return keys;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
