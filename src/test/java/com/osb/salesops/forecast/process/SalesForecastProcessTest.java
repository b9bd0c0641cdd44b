package com.osb.salesops.forecast.process;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.osb.salesops.shared.language.ProcessNames;
import com.osb.salesops.forecast.SalesFixture;
import com.osb.salesops.support.ProcessTest;
import com.osb.salesops.support.TestClock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
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
 * The monthly forecast cycle of the demo company (8 reps in 4 regions, one manager), path
 * by path: on time, reviewed with spot-check flags and approved region by region; started
 * by the monthly timer, late with a reminder and the manager told; sent back and
 * resubmitted; an approved forecast revised as a new version.
 */
@ProcessTest
class SalesForecastProcessTest {

	private static final String PERIOD = "2026-12";

	private static final String PLAIN_LINE = "month,sku,channel,quantity,amount\n2027-01,P-500,ONLINE,10,1200.00\n";

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProcessNames names;

	SalesFixture sales;

	/**
	 * Reps other tests added to the shared database, left out of the cycle while it runs.
	 */
	List<String> otherReps = List.of();

	@BeforeEach
	void noCycleYet() {
		BpmnAwareTests.init(this.processEngine);
		for (String key : List.of("monthly-sales-forecast", SalesForecastProcess.KEY)) {
			runtimeService().createProcessInstanceQuery()
				.processDefinitionKey(key)
				.list()
				.forEach((instance) -> runtimeService().deleteProcessInstance(instance.getId(), "test"));
		}
		this.jdbc.update("delete from forecast_line");
		this.jdbc.update("delete from forecast_submission");
		this.jdbc.update("delete from forecast_cycle");
		this.jdbc.update("delete from notification_text where notification_id in"
				+ " (select id from notification where subject like 'Sales forecast%')");
		this.jdbc.update("delete from notification where subject like 'Sales forecast%'");
		this.sales = new SalesFixture(this.jdbc);
		// the cycle asks every active rep: only the demo company's eight, whatever other
		// tests added before this one
		this.otherReps = this.jdbc.queryForList("select id from sales_rep where active and id not in"
				+ " ('R01', 'R02', 'R03', 'R04', 'R05', 'R06', 'R07', 'R08')", String.class);
		this.otherReps.forEach((rep) -> this.jdbc.update("update sales_rep set active = false where id = ?", rep));
	}

	@AfterEach
	void resetClockAndLogOut() {
		TestClock.reset();
		this.identityService.clearAuthentication();
		this.sales.clear();
		this.otherReps.forEach((rep) -> this.jdbc.update("update sales_rep set active = true where id = ?", rep));
	}

	@Test
	void shouldReviewOnTimeForecastsWithTheirSpotCheckFlagsAndApproveEachRegion() {
		// given: rep1 sold P-100 directly for 60,000 over the 3 months before the cycle,
		// has 10,000 ordered for January, and sold 25,000 in January last year
		this.sales.invoiced("C001", "P-100", "DIRECT", LocalDate.of(2026, 9, 10), "30000.00");
		this.sales.invoiced("C001", "P-100", "DIRECT", LocalDate.of(2026, 10, 10), "30000.00");
		this.sales.open("C001", "P-100", "DIRECT", LocalDate.of(2027, 1, 15), "10000.00");
		this.sales.invoiced("C001", "P-100", "DIRECT", LocalDate.of(2026, 1, 10), "25000.00");
		ProcessInstance cycle = start(PERIOD, null);
		assertThat(cycle).isWaitingAt("Task_SubmitForecast");
		assertThat(taskService().createTaskQuery().processInstanceId(cycle.getId()).list()).hasSize(8)
			.allSatisfy(
					(task) -> assertThat(task.getName()).startsWith("Submit sales forecast: ").endsWith(", 2026-12"));
		assertThat(cycle.getBusinessKey()).isEqualTo("FC-2026-12");

		// when
		submit(cycle, "rep1", """
				month,sku,channel,quantity,amount
				2027-01,P-100,DIRECT,3,36000.00
				2027-02,P-100,DIRECT,5,60000.00
				2027-03,P-300,ONLINE,10,4800.00
				""");
		for (int rep = 2; rep <= 8; rep++) {
			submit(cycle, "rep" + rep, PLAIN_LINE);
		}
		Task review = reviews(cycle).stream()
			.filter((task) -> task.getName().contains("张伟,"))
			.findFirst()
			.orElseThrow();
		String shown = (String) taskService().getVariable(review.getId(), "forecastText");
		reviews(cycle)
			.forEach((task) -> complete(task, "assistant", "sales-assistant", Map.of("reviewDecision", "ACCEPT")));
		List<Task> approvals = taskService().createTaskQuery()
			.processInstanceId(cycle.getId())
			.taskDefinitionKey(SalesForecastProcess.TASK_APPROVE)
			.list();
		assertThat(approvals).hasSize(4)
			.allSatisfy((task) -> assertThat(taskService().getIdentityLinksForTask(task.getId()))
				.anySatisfy((link) -> assertThat(link.getUserId()).isEqualTo("manager")));
		approvals.forEach((task) -> complete(task, "manager", "sales-manager", Map.of("approvalComment", "Fine")));

		// then
		assertThat(cycle).isEnded()
			.hasPassedInOrder("Task_OpenCycle", "Task_SubmitForecast", "Task_ReviewForecast",
					"Task_ApproveRegionForecast", "EndEvent_ForecastApproved")
			.hasNotPassed("Task_RemindRep", "Task_TellManager", "Task_ReviseForecast");
		assertThat(shown)
			.contains("2027-02 P-100 直销：5 件，¥60,000.00\n    抽查：与销售管道预期相差超过 30%", "¥60,000.00，预期 ¥20,000.00", "销售管道预期为零")
			.doesNotContainPattern("[A-Za-z]{3,} [A-Za-z]{3,}");
		assertThat(flags()).containsExactly("2027-01 clear", "2027-02 flagged pipeline", "2027-03 flagged pipeline");
		assertThat(this.jdbc.queryForObject(
				"select flag_rules || ' | ' || flag_inputs from forecast_line where target_month = '2027-01'"
						+ " and submission_id = (select id from forecast_submission where rep_id = 'R01')",
				String.class))
			.contains("forecast-pipeline-check v", "Rule_PipelineAgrees", "forecast-last-year-check v",
					"Rule_LastYearAgrees", "pipelineExpectation=30000.00", "lastYearAmount=25000.00",
					"lastYearDeviation=0.440000");
		assertThat(this.jdbc.queryForList("select distinct status from forecast_submission", String.class))
			.containsExactly("APPROVED");
	}

	@Test
	void shouldStartOnTheFirstOfTheMonthRemindALateRepAndThenTellTheManager() {
		// given: the monthly timer fires on 1 December
		Job monthly = managementService().createJobQuery()
			.timers()
			.processDefinitionKey("monthly-sales-forecast")
			.activityId("StartEvent_MonthStarted")
			.singleResult();
		assertThat(monthly.getDuedate()).isEqualTo(at(LocalDate.of(2026, 12, 1)));
		ClockUtil.setCurrentTime(monthly.getDuedate());
		managementService().executeJob(monthly.getId());
		ProcessInstance cycle = runtimeService().createProcessInstanceQuery()
			.processInstanceBusinessKey("FC-2026-12")
			.singleResult();
		for (int rep = 1; rep <= 8; rep++) {
			if (rep != 2) {
				submit(cycle, "rep" + rep, PLAIN_LINE);
			}
		}

		// when: the deadline (Thursday 3 December) passes, then 2 more business days
		Job deadline = timer(cycle, "BoundaryEvent_DeadlinePassed");
		assertThat(deadline.getDuedate()).isEqualTo(at(LocalDate.of(2026, 12, 4)));
		ClockUtil.setCurrentTime(deadline.getDuedate());
		managementService().executeJob(deadline.getId());
		Job missing = timer(cycle, "BoundaryEvent_StillMissing");
		assertThat(missing.getDuedate()).isEqualTo(at(LocalDate.of(2026, 12, 8)));
		ClockUtil.setCurrentTime(missing.getDuedate());
		managementService().executeJob(missing.getId());
		submit(cycle, "rep2", PLAIN_LINE);

		// then
		assertThat(cycle)
			.hasPassed("Task_RemindRep", "EndEvent_RepReminded", "Task_TellManager", "EndEvent_ManagerTold")
			.isWaitingAt("Task_ReviewForecast");
		assertThat(this.jdbc.queryForList(
				"select recipients || ': ' || subject from notification where subject like 'Sales forecast%' order by id",
				String.class))
			.containsExactly("rep2: Sales forecast 2026-12 is late",
					"manager: Sales forecast 2026-12 of 王芳 is missing");
		assertThat(this.jdbc.queryForList("select rep_id from forecast_submission where late = true", String.class))
			.containsExactly("R02");
	}

	@Test
	void shouldSendAForecastBackWithAReasonAndReviewItAgainWhenResubmitted() {
		// given
		ProcessInstance cycle = start(PERIOD, null);
		for (int rep = 1; rep <= 8; rep++) {
			submit(cycle, "rep" + rep, PLAIN_LINE);
		}
		Task review = reviewOf(cycle, "李娜,");
		assertThatThrownBy(
				() -> complete(review, "assistant", "sales-assistant", Map.of("reviewDecision", "SEND_BACK")))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Say why");

		// when
		complete(review, "assistant", "sales-assistant",
				Map.of("reviewDecision", "SEND_BACK", "reviewComment", "January looks too low"));
		Task revise = taskService().createTaskQuery()
			.processInstanceId(cycle.getId())
			.taskDefinitionKey(SalesForecastProcess.TASK_REVISE)
			.singleResult();
		assertThat(taskService().getIdentityLinksForTask(revise.getId()))
			.anySatisfy((link) -> assertThat(link.getUserId()).isEqualTo("rep3"));
		assertThat(taskService().getVariable(revise.getId(), "reviewComment")).isEqualTo("January looks too low");
		assertThat(reviewOf(cycle, "刘洋,"))
			.satisfies((other) -> assertThat(taskService().getVariable(other.getId(), "reviewComment")).isNull());
		submit(cycle, "rep3", "month,sku,channel,quantity,amount\n2027-01,P-500,ONLINE,50,6000.00\n");

		// then
		assertThat(reviewOf(cycle, "李娜,")).isNotNull();
		assertThat(cycle).hasPassed("Task_ReviseForecast").isWaitingAt("Task_ReviewForecast");
		assertThat(this.jdbc.queryForObject("select l.amount from forecast_line l join forecast_submission s"
				+ " on s.id = l.submission_id where s.rep_id = 'R03'", java.math.BigDecimal.class))
			.isEqualByComparingTo("6000.00");
	}

	@Test
	void shouldReviseAnApprovedForecastAsANewVersionAndKeepTheApprovedOneFrozen() {
		// given
		ProcessInstance cycle = start(PERIOD, null);
		for (int rep = 1; rep <= 8; rep++) {
			submit(cycle, "rep" + rep, PLAIN_LINE);
		}
		reviews(cycle)
			.forEach((task) -> complete(task, "assistant", "sales-assistant", Map.of("reviewDecision", "ACCEPT")));
		approveAll(cycle);
		assertThat(cycle).isEnded();
		assertThatThrownBy(() -> start(PERIOD, null)).isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("opened already");

		// when
		ProcessInstance revision = start(PERIOD, "R01");
		assertThat(revision.getBusinessKey()).isEqualTo("FC-2026-12-R01");
		submit(revision, "rep1", "month,sku,channel,quantity,amount\n2027-01,P-500,ONLINE,20,2400.00\n");
		String reviewName = reviews(revision).get(0).getName();
		reviews(revision)
			.forEach((task) -> complete(task, "assistant", "sales-assistant", Map.of("reviewDecision", "ACCEPT")));
		approveAll(revision);

		// then
		assertThat(revision).isEnded().hasPassed("Task_ApproveRegionForecast");
		assertThat(this.jdbc.queryForList("select version || ' ' || status || ' ' || (select sum(amount) from"
				+ " forecast_line l where l.submission_id = s.id) from forecast_submission s where rep_id = 'R01'"
				+ " order by version", String.class))
			.containsExactly("1 SUPERSEDED 1200.00", "2 APPROVED 2400.00");
		// the review names the version, in each reader's language
		assertThat(this.names.task("sales-forecast", SalesForecastProcess.TASK_REVIEW, reviewName,
				Locale.forLanguageTag("zh-CN")))
			.endsWith("（第 2 版）")
			.doesNotContain("revision");
		assertThat(this.names.task("sales-forecast", SalesForecastProcess.TASK_REVIEW, reviewName, Locale.ENGLISH))
			.endsWith(" (revision 2)");
	}

	private ProcessInstance start(String period, String repId) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("period", period);
		variables.put("repId", repId);
		this.identityService.setAuthentication("analyst", List.of("sales-ops"));
		try {
			return runtimeService().startProcessInstanceByKey(SalesForecastProcess.KEY, variables);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private void submit(ProcessInstance cycle, String user, String lines) {
		Task task = taskService().createTaskQuery()
			.processInstanceId(cycle.getId())
			.taskCandidateUser(user)
			.taskDefinitionKeyIn(SalesForecastProcess.TASK_SUBMIT, SalesForecastProcess.TASK_REVISE)
			.singleResult();
		complete(task, user, "sales-rep", Map.of("forecastLines", lines));
	}

	private List<Task> reviews(ProcessInstance cycle) {
		return taskService().createTaskQuery()
			.processInstanceId(cycle.getId())
			.taskDefinitionKey(SalesForecastProcess.TASK_REVIEW)
			.list();
	}

	private Task reviewOf(ProcessInstance cycle, String rep) {
		return reviews(cycle).stream().filter((task) -> task.getName().contains(rep)).findFirst().orElseThrow();
	}

	private void approveAll(ProcessInstance cycle) {
		taskService().createTaskQuery()
			.processInstanceId(cycle.getId())
			.taskDefinitionKey(SalesForecastProcess.TASK_APPROVE)
			.list()
			.forEach((task) -> complete(task, "manager", "sales-manager", Map.of()));
	}

	private void complete(Task task, String user, String role, Map<String, Object> variables) {
		this.identityService.setAuthentication(user, List.of(role));
		try {
			taskService().complete(task.getId(), variables);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private Job timer(ProcessInstance cycle, String activityId) {
		return managementService().createJobQuery()
			.processInstanceId(cycle.getId())
			.activityId(activityId)
			.singleResult();
	}

	private List<String> flags() {
		return this.jdbc
			.queryForList("select target_month || ' ' || case when not flagged then 'clear' when flag_reason like"
					+ " '%pipeline%' then 'flagged pipeline' else 'flagged' end from forecast_line where submission_id ="
					+ " (select id from forecast_submission where rep_id = 'R01') order by target_month", String.class);
	}

	private static Date at(LocalDate day) {
		return Date.from(day.atStartOfDay(TestClock.BUSINESS_ZONE).toInstant());
	}

}
