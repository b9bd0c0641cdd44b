package com.osb.salesops.quota.process;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.support.TestClock;
import com.osb.salesops.support.ProcessTest;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/**
 * A year's quota plan, path by path: drafted from the demo company, reviewed, approved,
 * published and acknowledged by every rep; sent back and approved again; redrafted with a
 * new target; refused when the bounds cannot meet the target; escalated when the plan
 * year starts before it is published.
 */
@ProcessTest
class QuotaPlanProcessTest {

	private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void noPlansYet() {
		BpmnAwareTests.init(this.processEngine);
		runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("quota-plan")
			.list()
			.forEach((instance) -> runtimeService().deleteProcessInstance(instance.getId(), "test"));
		this.jdbc.update("delete from quota_plan_split");
		this.jdbc.update("delete from quota_plan_line");
		this.jdbc.update("delete from quota_plan");
	}

	@AfterEach
	void resetClockAndLogOut() {
		TestClock.reset();
		this.identityService.clearAuthentication();
	}

	@Test
	void shouldPublishAnApprovedPlanAndAskEachRepToAcknowledgeTheirOwnQuota() {
		// given
		ProcessInstance plan = start(feasibleTarget());
		assertThat(plan).isWaitingAt("Task_ReviewPlan");
		assertThat(plan.getBusinessKey()).isEqualTo("QP-" + year() + "-1");
		assertThat((String) runtimeService().getVariable(plan.getId(), "planSummary")).contains("R01：配额", "权重", "爬坡系数",
				"约束", "较去年");
		complete(plan, "analyst", "sales-ops", Map.of("reviewDecision", "SUBMIT"));
		passMarkets(plan);
		complete(plan, "gm", "general-manager", Map.of("approvalDecision", "APPROVE", "approvalComment", "Fine"));
		assertThat(status()).isEqualTo("PUBLISHED");
		assertThat(taskService().createTaskQuery().processInstanceId(plan.getId()).count()).isEqualTo(8);
		assertThat(taskService().createTaskQuery().taskCandidateUser("rep3").processInstanceId(plan.getId()).list())
			.singleElement()
			.satisfies((task) -> {
				assertThat(runtimeService().getVariable(task.getExecutionId(), "repUserId")).isEqualTo("rep3");
				// the rep reads their quota on the task, by quarter and month, each by
				// channel
				long quota = this.jdbc
					.queryForObject("select l.quota from quota_plan_line l join sales_rep r"
							+ " on r.id = l.rep_id where r.user_id = 'rep3'", BigDecimal.class)
					.longValueExact();
				assertThat((String) taskService().getVariable(task.getId(), "quotaText"))
					.startsWith(year() + " 年配额：" + String.format(java.util.Locale.ROOT, "%,d", quota))
					.contains(year() + "-Q1：", year() + "-Q4：", year() + "-01：", year() + "-12：", "直销 ", "经销 ", "线上 ");
			});

		// when
		for (int rep = 1; rep <= 8; rep++) {
			completeOwn(plan, "rep" + rep);
		}

		// then
		assertThat(plan).isEnded()
			.hasPassedInOrder("Task_DraftPlan", "Task_ReviewPlan", "Task_ReviewMarketPart", "Task_ApprovePlan",
					"Task_PublishPlan", "Task_AcknowledgePlan", "EndEvent_PlanAcknowledged")
			.hasNotPassed("Task_EscalateUnpublishedPlan");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from quota_plan_line where plan_id = ? and acknowledged_at is not null", Integer.class,
				plan.getBusinessKey()))
			.isEqualTo(8);
		assertThat(this.jdbc.queryForObject("select sum(quota) from quota_plan_line", BigDecimal.class))
			.isEqualByComparingTo(BigDecimal.valueOf(feasibleTarget()));
		assertThat(this.jdbc.queryForObject("select sum(amount) from quota_plan_split", BigDecimal.class))
			.isEqualByComparingTo(BigDecimal.valueOf(feasibleTarget()));
	}

	@Test
	void shouldSplitEachRepsQuotaIntoChannelsByLastYearsSalesByChannel() {
		// given: R01 invoiced 3,000 online and 1,000 through distributors last year
		long customer = this.jdbc.queryForObject("select min(id) from customer where rep_id = 'R01'", Long.class);
		invoiceLastYear(customer, "ONLINE", "3000.00");
		invoiceLastYear(customer, "DISTRIBUTOR", "1000.00");
		try {
			// when
			ProcessInstance plan = start(feasibleTarget());

			// then: R01 by that mix; R02, who sold through no known channel, equally
			long r01 = quota(plan, "R01");
			assertThat(channel(plan, "R01", "DIRECT")).isZero();
			assertThat(channel(plan, "R01", "ONLINE")).isEqualTo(r01 * 3 / 4);
			assertThat(channel(plan, "R01", "DISTRIBUTOR")).isEqualTo(r01 / 4);
			long r02 = quota(plan, "R02");
			assertThat(channel(plan, "R02", "DIRECT")).isBetween(r02 / 3, r02 / 3 + 1);
			assertThat(channel(plan, "R02", "ONLINE")).isBetween(r02 / 3, r02 / 3 + 1);
		}
		finally {
			this.jdbc.update("delete from invoice where number like 'QPCH-%'");
			this.jdbc.update("delete from sales_order where number like 'QPCH-%'");
		}
	}

	@Test
	void shouldHaveEachMarketDirectorReviewTheirMarketsPartBeforeTheGeneralManagerApproves() {
		// given
		ProcessInstance plan = start(feasibleTarget());

		// when
		complete(plan, "analyst", "sales-ops", Map.of("reviewDecision", "SUBMIT"));

		// then: one review per market, for the market's director, showing the market's
		// reps
		List<Task> reviews = marketReviews(plan);
		assertThat(reviews).hasSize(2);
		assertThat(reviews).extracting((task) -> taskService().getVariable(task.getId(), "marketId"))
			.containsExactlyInAnyOrder("NORTH", "SOUTH");
		assertThat(reviews).allSatisfy((task) -> assertThat(task).hasCandidateUser("director"));
		assertThat((String) taskService().getVariable(reviews.get(0).getId(), "marketPart"))
			.contains("：配额 ", "；去年 ", "市场合计：")
			.doesNotContain("quota", "last year", "Market total");
		assertThat(plan).isNotWaitingAt("Task_ApprovePlan");
	}

	@Test
	void shouldSendThePlanBackToSalesOpsWhenAnyMarketDirectorSendsItBack() {
		// given
		ProcessInstance plan = start(feasibleTarget());
		complete(plan, "analyst", "sales-ops", Map.of("reviewDecision", "SUBMIT"));
		Task north = marketReviews(plan).stream()
			.filter((task) -> "NORTH".equals(taskService().getVariable(task.getId(), "marketId")))
			.findFirst()
			.orElseThrow();

		// when
		completeAs(north, "director", "sales-director",
				Map.of("marketReviewDecision", "SEND_BACK", "marketReviewComment", "R01 is too high"));

		// then
		assertThat(plan).isWaitingAt("Task_ReviewPlan").hasNotPassed("Task_ApprovePlan");
		assertThat(marketReviews(plan)).isEmpty();
		assertThat(status()).isEqualTo("SENT_BACK");
		assertThat((String) runtimeService().getVariable(plan.getId(), "approvalComment")).contains("NORTH",
				"R01 is too high");
	}

	@Test
	void shouldLeaveTheApprovalToTheGeneralManagerAlone() {
		// given
		ProcessInstance plan = start(feasibleTarget());
		complete(plan, "analyst", "sales-ops", Map.of("reviewDecision", "SUBMIT"));
		passMarkets(plan);
		assertThat(BpmnAwareTests.task("Task_ApprovePlan", plan)).hasCandidateGroup("general-manager");

		// when / then
		assertThatThrownBy(() -> complete(plan, "director", "sales-director",
				Map.of("approvalDecision", "APPROVE", "approvalComment", "Fine")))
			.isInstanceOf(AuthorizationException.class);
		assertThat(plan).isWaitingAt("Task_ApprovePlan");
	}

	@Test
	void shouldNotLetARepAcknowledgeAnotherRepsQuota() {
		// given
		ProcessInstance plan = start(feasibleTarget());
		complete(plan, "analyst", "sales-ops", Map.of("reviewDecision", "SUBMIT"));
		passMarkets(plan);
		complete(plan, "gm", "general-manager", Map.of("approvalDecision", "APPROVE", "approvalComment", "Fine"));
		Task rep3 = taskService().createTaskQuery()
			.processInstanceId(plan.getId())
			.taskCandidateUser("rep3")
			.singleResult();

		// when / then
		this.identityService.setAuthentication("rep1", List.of("sales-rep"));
		try {
			assertThatThrownBy(() -> taskService().complete(rep3.getId(), Map.of("acknowledged", true)))
				.isInstanceOf(AuthorizationException.class);
		}
		finally {
			this.identityService.clearAuthentication();
		}
		assertThat(taskService().createTaskQuery().processInstanceId(plan.getId()).count()).isEqualTo(8);
	}

	@Test
	void shouldReturnToReviewWhenSentBackAndPublishOnceApproved() {
		// given
		ProcessInstance plan = start(feasibleTarget());
		complete(plan, "analyst", "sales-ops", Map.of("reviewDecision", "SUBMIT"));
		passMarkets(plan);
		complete(plan, "gm", "general-manager",
				Map.of("approvalDecision", "SEND_BACK", "approvalComment", "Ramp R08 more slowly"));
		assertThat(plan).isWaitingAt("Task_ReviewPlan");
		assertThat(status()).isEqualTo("SENT_BACK");
		complete(plan, "analyst", "sales-ops", Map.of("reviewDecision", "SUBMIT"));

		passMarkets(plan);

		// when
		complete(plan, "gm", "general-manager", Map.of("approvalDecision", "APPROVE", "approvalComment", "OK"));

		// then
		assertThat(plan).isWaitingAt("Task_AcknowledgePlan").hasPassed("Task_PublishPlan");
		assertThat(status()).isEqualTo("PUBLISHED");
	}

	@Test
	void shouldRefuseASendBackWithoutAReason() {
		// given
		ProcessInstance plan = start(feasibleTarget());
		complete(plan, "analyst", "sales-ops", Map.of("reviewDecision", "SUBMIT"));
		passMarkets(plan);

		// when / then
		assertThatThrownBy(() -> complete(plan, "gm", "general-manager", Map.of("approvalDecision", "SEND_BACK")))
			.hasMessageContaining("why the plan goes back");
		assertThat(plan).isWaitingAt("Task_ApprovePlan");
	}

	@Test
	void shouldRedraftWithTheTargetChangedInReview() {
		// given
		ProcessInstance plan = start(feasibleTarget());

		// when
		complete(plan, "analyst", "sales-ops", Map.of("reviewDecision", "REDRAFT", "target", feasibleTarget() + 100));

		// then
		assertThat(plan).isWaitingAt("Task_ReviewPlan");
		assertThat(runtimeService().getVariable(plan.getId(), "planVersion")).isEqualTo(2L);
		assertThat(this.jdbc.queryForObject("select sum(quota) from quota_plan_line", BigDecimal.class))
			.isEqualByComparingTo(BigDecimal.valueOf(feasibleTarget() + 100));
	}

	@Test
	void shouldRefuseAnInfeasibleDraftNamingTheBindingBoundAndKeepNothing() {
		// when / then
		assertThatThrownBy(() -> start(100)).isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("FLOOR bounds sum to");
		assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("quota-plan").count()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from quota_plan", Integer.class)).isZero();
	}

	@Test
	void shouldEscalateToTheGeneralManagerWhenThePlanYearStartsBeforeItIsPublished() {
		// given
		ProcessInstance plan = start(feasibleTarget());
		Job timer = managementService().createJobQuery().processInstanceId(plan.getId()).timers().singleResult();
		assertThat(timer.getDuedate())
			.isEqualTo(java.util.Date.from(LocalDate.of((int) year(), 1, 1).atStartOfDay(BUSINESS_ZONE).toInstant()));
		ClockUtil.setCurrentTime(java.util.Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
		assertThat(managementService().createJobQuery().processInstanceId(plan.getId()).executable().count())
			.isEqualTo(1);

		// when
		BpmnAwareTests.execute(timer);

		// then
		assertThat(plan).isWaitingAt("Task_ReviewPlan", "Task_EscalateUnpublishedPlan");
		assertThat(BpmnAwareTests.task("Task_EscalateUnpublishedPlan", plan)).hasCandidateGroup("general-manager");
	}

	@Test
	void shouldNotEscalateBeforeThePlanYearStarts() {
		// given
		ProcessInstance plan = start(feasibleTarget());

		// when
		ClockUtil.setCurrentTime(
				java.util.Date.from(LocalDate.of((int) year() - 1, 12, 31).atStartOfDay(BUSINESS_ZONE).toInstant()));

		// then
		assertThat(managementService().createJobQuery().processInstanceId(plan.getId()).executable().count()).isZero();
	}

	private ProcessInstance start(long target) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("planYear", year());
		variables.put("target", target);
		this.identityService.setAuthentication("analyst", List.of("sales-ops"));
		try {
			return runtimeService().startProcessInstanceByKey("quota-plan", variables);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private void complete(ProcessInstance plan, String user, String role, Map<String, Object> variables) {
		Task task = taskService().createTaskQuery()
			.processInstanceId(plan.getId())
			.taskDefinitionKeyIn("Task_ReviewPlan", "Task_ApprovePlan")
			.singleResult();
		this.identityService.setAuthentication(user, List.of(role));
		try {
			taskService().complete(task.getId(), variables);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private List<Task> marketReviews(ProcessInstance plan) {
		return taskService().createTaskQuery()
			.processInstanceId(plan.getId())
			.taskDefinitionKey("Task_ReviewMarketPart")
			.list();
	}

	private void passMarkets(ProcessInstance plan) {
		for (Task review : marketReviews(plan)) {
			completeAs(review, "director", "sales-director", Map.of("marketReviewDecision", "PASS"));
		}
	}

	private void completeAs(Task task, String user, String role, Map<String, Object> variables) {
		this.identityService.setAuthentication(user, List.of(role));
		try {
			taskService().complete(task.getId(), variables);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private void completeOwn(ProcessInstance plan, String rep) {
		Task task = taskService().createTaskQuery()
			.processInstanceId(plan.getId())
			.taskCandidateUser(rep)
			.singleResult();
		this.identityService.setAuthentication(rep, List.of("sales-rep"));
		try {
			taskService().complete(task.getId(), Map.of("acknowledged", true));
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	/** Last year's invoiced total, rounded up to hundreds: within every rep's bounds. */
	private long feasibleTarget() {
		BigDecimal actuals = this.jdbc.queryForObject(
				"select coalesce(sum(amount), 0) from invoice where issue_date >= ? and issue_date < ?",
				BigDecimal.class, Date.valueOf(LocalDate.of((int) year() - 1, 1, 1)),
				Date.valueOf(LocalDate.of((int) year(), 1, 1)));
		long hundreds = actuals.divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.CEILING).longValueExact();
		return Math.max(hundreds * 100, 100_000);
	}

	private void invoiceLastYear(long customer, String channel, String amount) {
		String number = "QPCH-" + channel;
		Date lastYear = Date.valueOf(LocalDate.of((int) year() - 1, 6, 1));
		this.jdbc.update(
				"insert into sales_order (number, customer_id, rep_id, status, order_date, total_amount, created_by,"
						+ " channel) values (?, ?, 'R01', 'CLOSED', ?, ?, 'rep1', ?)",
				number, customer, lastYear, new BigDecimal(amount), channel);
		this.jdbc.update(
				"insert into invoice (number, customer_id, order_id, issue_date, due_date, amount, status)"
						+ " values (?, ?, (select id from sales_order where number = ?), ?, ?, ?, 'PAID')",
				number, customer, number, lastYear, lastYear, new BigDecimal(amount));
	}

	private long quota(ProcessInstance plan, String rep) {
		return this.jdbc.queryForObject("select quota from quota_plan_line where plan_id = ? and rep_id = ?",
				Long.class, plan.getBusinessKey(), rep);
	}

	private long channel(ProcessInstance plan, String rep, String channel) {
		return this.jdbc.queryForObject(
				"select sum(amount) from quota_plan_split where plan_id = ? and rep_id = ? and channel = ?", Long.class,
				plan.getBusinessKey(), rep, channel);
	}

	private String status() {
		return this.jdbc.queryForObject("select status from quota_plan", String.class);
	}

	/** Next year, on the application's clock. */
	private static long year() {
		return TestClock.today().getYear() + 1L;
	}

}
