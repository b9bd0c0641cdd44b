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
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
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
		ProcessInstance request = request("director", "sales-director", -20000.0);
		assertThat(request).isWaitingAt("Task_ApproveAdjustment");

		// when
		decide(request, "manager", "sales-manager", "APPROVE");

		// then
		assertThat(request).isEnded().hasPassed("Task_ApplyAdjustment", "EndEvent_AdjustmentApplied");
		assertThat(this.jdbc.queryForMap("select manual_adjustment, credit_limit, adjustment_expires_on"
				+ " from credit_profile where customer_id = ?", customerId()))
			.containsEntry("MANUAL_ADJUSTMENT", new BigDecimal("-20000.00"))
			.containsEntry("CREDIT_LIMIT", new BigDecimal("80000.00"))
			.containsEntry("ADJUSTMENT_EXPIRES_ON", Date.valueOf(nextQuarterStart()));
		assertThat(adjustmentStatus()).isEqualTo("APPROVED");
		HistoricDecisionInstance decision = historyService().createHistoricDecisionInstanceQuery()
			.processInstanceId(request.getId())
			.includeOutputs()
			.singleResult();
		assertThat(decision.getDecisionDefinitionKey()).isEqualTo("credit-adjustment-approver");
		assertThat(decision.getOutputs().get(0).getRuleId()).isEqualTo("Rule_SalesManager");
	}

	@Test
	void shouldAskFinanceAboveTwentyPercentAndKeepTheLimitWhenRejected() {
		// given
		ProcessInstance request = request("manager", "sales-manager", 30000.0);

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
		ProcessInstance request = request("manager", "sales-manager", 50000.01);

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
		ProcessInstance request = request("manager", "sales-manager", 50000.0);

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
		assertThatThrownBy(() -> request("manager", "sales-manager", 50000.01))
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
		ProcessInstance request = request("manager", "sales-manager", 5000.0);

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
		ProcessInstance request = request("gm", "general-manager", 5000.0);

		// when / then
		assertThatThrownBy(() -> decide(request, "gm", "general-manager", "APPROVE"))
			.hasMessageContaining("another approver must decide");
		assertThat(request).isWaitingAt("Task_ApproveAdjustment");
	}

	@Test
	void shouldRefuseAnUnknownCustomer() {
		// when / then
		assertThatThrownBy(() -> start("manager", "sales-manager",
				Map.of("customerCode", "NOPE", "manualAdjustment", 1000.0, "reason", "test")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("NOPE");
	}

	private ProcessInstance request(String user, String role, double amount) {
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

}
