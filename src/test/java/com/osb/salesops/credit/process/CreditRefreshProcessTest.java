package com.osb.salesops.credit.process;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.support.TestClock;
import com.osb.salesops.support.ProcessTest;
import com.osb.salesops.credit.GrowthPotentials;
import com.osb.salesops.credit.model.GrowthPotential;
import com.osb.salesops.shared.web.ForbiddenException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/**
 * The quarterly credit refresh, path by path, on the demo company.
 */
@ProcessTest
class CreditRefreshProcessTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GrowthPotentials growthPotentials;

	@BeforeEach
	void freshRatings() {
		BpmnAwareTests.init(this.processEngine);
		this.jdbc.update("delete from credit_rating");
		this.jdbc.update("delete from credit_profile");
	}

	@AfterEach
	void logOut() {
		this.identityService.clearAuthentication();
	}

	@Test
	void shouldRateEveryActiveCustomerWithoutReviewsOnTheFirstRefresh() {
		// given
		ProcessInstance refresh = startAs("analyst", "sales-ops", null);

		assertThat(refresh).isWaitingAt("Task_ReEvaluateCustomers");

		// when
		execute(job());

		// then
		assertThat(refresh).isEnded().hasPassedInOrder("Task_ReEvaluateCustomers", "EndEvent_RatingsRefreshed");
		assertThat(count("credit_profile")).isGreaterThanOrEqualTo(activeCustomers());
		assertThat(gradeOf("C001")).isEqualTo("A");
		assertThat(gradeOf("C003")).isEqualTo("B");
		assertThat(gradeOf("C005")).isEqualTo("C");
		assertThat(gradeOf("C007")).isEqualTo("D");
		assertThat(gradeOf("C009")).isEqualTo("E");
		assertThat(this.jdbc.queryForObject("select count(*) from credit_rating where process_instance_id = ?",
				Integer.class, refresh.getId()))
			.isEqualTo(activeCustomers());
	}

	@Test
	void shouldAskFinanceToReviewADowngrade() {
		// given
		profile("C004", "A", "500000.00", "0", null);
		ProcessInstance refresh = startAs("accountant", "finance", "C004");
		assertThat(refresh).isWaitingAt("Task_ReEvaluateCustomers");
		execute(job());

		// when
		Task review = taskService().createTaskQuery().processInstanceId(refresh.getId()).singleResult();
		Object reason = taskService().getVariableLocal(review.getId(), "reviewReason");
		Object rules = taskService().getVariableLocal(review.getId(), "rulesFired");
		this.identityService.setAuthentication("accountant", List.of("finance"));
		taskService().complete(review.getId(), Map.of("reviewComment", "Called the customer, terms stay"));
		this.identityService.clearAuthentication();

		// then
		assertThat(review.getName()).contains("C004", "(A → B)");
		assertThat(reason).as("the reason the form shows, in the company's language").isEqualTo("信用等级下调");
		assertThat(rules).as("the rules the form shows, each as its sentence")
			.asString()
			.contains("B: ")
			.doesNotContain("RuleFired", "Rule_", "decision=");
		assertThat(this.jdbc.queryForObject("select rules_fired from credit_rating where process_instance_id = ?",
				String.class, refresh.getId()))
			.as("what the rating records: each rule by its table, version and id, and its sentence")
			.contains("credit-grade v1 Rule_GradeB (B: ")
			.doesNotContain("RuleFired[");
		assertThat(refresh).isEnded().hasPassed("Task_ReviewCreditChange", "EndEvent_RatingsReviewed");
		assertThat(this.jdbc.queryForObject("select review_reason from credit_rating where process_instance_id = ?",
				String.class, refresh.getId()))
			.isEqualTo("DOWNGRADE");
		assertThat(this.jdbc.queryForObject(
				"select detail from audit_log where action = 'CREDIT_REVIEWED'" + " and process_instance_id = ?",
				String.class, refresh.getId()))
			.isEqualTo("Called the customer, terms stay");
	}

	@Test
	void shouldAskFinanceToReviewALimitCutAboveThirtyPercent() {
		// given
		profile("C001", "A", "1000000.00", "0", null);
		ProcessInstance refresh = startAs("analyst", "sales-ops", "C001");

		assertThat(refresh).isWaitingAt("Task_ReEvaluateCustomers");

		// when
		execute(job());

		// then
		assertThat(refresh).isWaitingAt("Task_ReviewCreditChange");
		assertThat(taskService().createTaskQuery()
			.processInstanceId(refresh.getId())
			.taskCandidateGroup("finance")
			.count()).isOne();
		assertThat(this.jdbc.queryForObject("select review_reason from credit_rating where process_instance_id = ?",
				String.class, refresh.getId()))
			.isEqualTo("LIMIT_CUT");
	}

	@Test
	void shouldLetAnExpiredAdjustmentLapseAndKeepOneInForce() {
		// given
		LocalDate today = TestClock.today();
		profile("C002", "A", "1.00", "50000.00", today);
		profile("C011", "A", "1.00", "20000.00", today.plusDays(1));
		ProcessInstance refresh = startAs("analyst", "sales-ops", null);

		assertThat(refresh).isWaitingAt("Task_ReEvaluateCustomers");

		// when
		execute(job());

		// then
		assertThat(refresh).isEnded();
		assertThat(this.jdbc.queryForObject("select manual_adjustment from credit_profile where customer_id = ?",
				BigDecimal.class, idOf("C002")))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select credit_limit - formula_limit from credit_profile" + " where customer_id = ?", BigDecimal.class,
				idOf("C011")))
			.isEqualByComparingTo("20000");
	}

	@Test
	void shouldCountAChangedGrowthPotentialFromTheNextEvaluationAndAuditIt() {
		// given: C002 rated on a MEDIUM growth potential
		assertThat(startAs("analyst", "sales-ops", "C002")).isWaitingAt("Task_ReEvaluateCustomers");
		execute(job());
		BigDecimal rated = formulaLimitOf("C002");
		assertThatThrownBy(() -> this.growthPotentials.change("C002", GrowthPotential.HIGH, "New plant", "director"))
			.isInstanceOf(ForbiddenException.class);

		// when: the account's sales manager raises it
		this.growthPotentials.change("C002", GrowthPotential.HIGH, "New plant opening in March", "manager");

		// then: audited, the limit in force unchanged until the next evaluation, which
		// uses it
		assertThat(
				this.jdbc.queryForObject(
						"select actor || ': ' || detail from audit_log where action = 'GROWTH_POTENTIAL_CHANGED'"
								+ " and subject_id = ? order by id desc limit 1",
						String.class, String.valueOf(idOf("C002"))))
			.startsWith("manager: MEDIUM -> HIGH: New plant opening in March; counts from the next evaluation");
		assertThat(formulaLimitOf("C002")).isEqualByComparingTo(rated);
		assertThat(startAs("analyst", "sales-ops", "C002")).isWaitingAt("Task_ReEvaluateCustomers");
		execute(job());
		assertThat(formulaLimitOf("C002")).isGreaterThan(rated);
		this.growthPotentials.change("C002", GrowthPotential.MEDIUM, "Back to the demo's", "manager");
	}

	@Test
	void shouldRefuseARefreshForAnUnknownCustomer() {
		// given
		long running = runtimeService().createProcessInstanceQuery().processDefinitionKey("credit-refresh").count();

		// when / then
		assertThatThrownBy(() -> startAs("analyst", "sales-ops", "NOPE"))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("NOPE");
		assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("credit-refresh").count())
			.isEqualTo(running);
	}

	@Test
	void shouldStartByItselfAtMidnightBusinessTimeOnTheFirstDayOfTheNextQuarter() {
		// given
		Job timer = this.processEngine.getManagementService()
			.createJobQuery()
			.processDefinitionKey("quarterly-credit-refresh")
			.timers()
			.singleResult();
		LocalDate today = TestClock.today();
		LocalDate quarterStart = today.withDayOfMonth(1)
			.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1)
			.plusMonths(3);

		// when
		execute(timer);

		// then
		assertThat(timer.getDuedate().toInstant())
			.isEqualTo(quarterStart.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
		ProcessInstance refresh = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("credit-refresh")
			.superProcessInstanceId(timerStartedInstance())
			.singleResult();
		assertThat(refresh).isWaitingAt("Task_ReEvaluateCustomers");
		execute(job());
		assertThat(refresh).isEnded();
		assertThat(count("credit_profile")).isGreaterThanOrEqualTo(activeCustomers());
	}

	/** The demo company's 16, and any another test of this context added. */
	private int activeCustomers() {
		return this.jdbc.queryForObject("select count(*) from customer where active = true", Integer.class);
	}

	private String timerStartedInstance() {
		return runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("quarterly-credit-refresh")
			.singleResult()
			.getId();
	}

	private ProcessInstance startAs(String user, String role, String customerCode) {
		this.identityService.setAuthentication(user, List.of(role));
		try {
			Map<String, Object> variables = new HashMap<>();
			variables.put("customerCode", customerCode);
			return runtimeService().startProcessInstanceByKey("credit-refresh", variables);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private void profile(String code, String grade, String limit, String adjustment, LocalDate expires) {
		this.jdbc.update("insert into credit_profile (customer_id, grade, formula_limit, credit_limit, payment_terms,"
				+ " manual_adjustment, adjustment_expires_on, evaluated_on) values (?, ?, ?, ?, 'NET30', ?, ?, ?)",
				idOf(code), grade, new BigDecimal(limit), new BigDecimal(limit), new BigDecimal(adjustment),
				(expires != null) ? Date.valueOf(expires) : null, Date.valueOf(TestClock.today().minusMonths(3)));
	}

	private long idOf(String code) {
		return this.jdbc.queryForObject("select id from customer where code = ?", Long.class, code);
	}

	private BigDecimal formulaLimitOf(String code) {
		return this.jdbc.queryForObject("select formula_limit from credit_profile where customer_id = ?",
				BigDecimal.class, idOf(code));
	}

	private String gradeOf(String code) {
		return this.jdbc.queryForObject("select grade from credit_profile where customer_id = ?", String.class,
				idOf(code));
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}
