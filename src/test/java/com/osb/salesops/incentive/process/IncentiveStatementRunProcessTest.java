package com.osb.salesops.incentive.process;

import java.io.File;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.osb.salesops.support.ProcessTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/**
 * The quarterly statement run, path by path, on the demo company with quotas for the two
 * Beijing reps (R01 for rep1, R02 for rep2; the region's manager is manager).
 */
@ProcessTest
class IncentiveStatementRunProcessTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void engine() {
		BpmnAwareTests.init(this.processEngine);
	}

	@AfterEach
	void resetClockAndLogOut() {
		ClockUtil.reset();
		this.identityService.clearAuthentication();
	}

	@Test
	void shouldPayEveryRepWhenAllAcceptTheirStatements() {
		// given
		ProcessInstance run = computedRun("2025-Q1");
		assertThat(run).isWaitingAt("Task_ReviewStatement");
		review(run, "rep2", Map.of("reviewDecision", "ACCEPT"));

		// when
		review(run, "rep1", Map.of("reviewDecision", "ACCEPT"));

		// then
		approveAndExport(run);
		assertThat(run).isEnded()
			.hasPassedInOrder("Task_ComputeStatements", "Task_ReviewStatement", "EndEvent_StatementAccepted",
					"Task_ApproveRun", "Task_ExportPayroll", "EndEvent_PayrollExported");
		assertThat(status("2025-Q1", "R01")).isEqualTo("ACCEPTED");
		assertThat(status("2025-Q1", "R02")).isEqualTo("ACCEPTED");
		assertThat(payrollCsv("2025-Q1")).startsWith("period,employee,repId")
			.contains("2025-Q1,rep1,R01,Rep 1,BJ,ACCEPTED," + payout("2025-Q1", "R01").toPlainString() + ",0.00,")
			.hasLineCount(3);
	}

	@Test
	void shouldAdjustTheDisputedPayoutWhenSalesOpsAdjustAndTheManagerApproves() {
		// given
		ProcessInstance run = computedRun("2025-Q2");
		review(run, "rep2", Map.of("reviewDecision", "ACCEPT"));
		review(run, "rep1",
				Map.of("reviewDecision", "DISPUTE", "disputeReason", "The March payment of C001 is missing"));
		assertThat(run).isWaitingAt("Task_ArbitrateDispute");

		// when
		complete(run, "analyst", "sales-ops", "Task_ArbitrateDispute", Map.of("arbitrationDecision", "ADJUST",
				"adjustmentAmount", 500.0, "arbitrationReason", "Payment booked on 1 April, received in March"));

		// then
		Task approval = task(run, "Task_ApproveOutcome");
		assertThat(approval.getName()).contains("R01", "2025-Q2");
		assertThat(taskService().createTaskQuery().taskId(approval.getId()).taskCandidateUser("manager").count())
			.isOne();
		complete(run, "manager", "sales-manager", "Task_ApproveOutcome", Map.of("approvalDecision", "APPROVE"));
		approveAndExport(run);
		assertThat(run).isEnded()
			.hasPassed("Task_ArbitrateDispute", "Task_ApproveOutcome", "EndEvent_DisputeSettled",
					"EndEvent_StatementAccepted", "EndEvent_PayrollExported");
		BigDecimal adjusted = payout("2025-Q2", "R01").add(new BigDecimal("500.00"));
		assertThat(finalPayout("2025-Q2", "R01")).isEqualByComparingTo(adjusted);
		assertThat(status("2025-Q2", "R01")).isEqualTo("SETTLED");
		assertThat(dispute("2025-Q2", "R01")).containsEntry("DECISION", "ADJUST")
			.containsEntry("RAISED_BY", "rep1")
			.containsEntry("DECIDED_BY", "analyst")
			.containsEntry("APPROVED_BY", "manager");
		assertThat(payrollCsv("2025-Q2")).contains(",R01,Rep 1,BJ,SETTLED," + payout("2025-Q2", "R01").toPlainString()
				+ ",500.00," + adjusted.toPlainString());
	}

	@Test
	void shouldPayAsComputedWhenSalesOpsRejectTheDispute() {
		// given
		ProcessInstance run = computedRun("2025-Q3");
		review(run, "rep1", Map.of("reviewDecision", "ACCEPT"));
		review(run, "rep2", Map.of("reviewDecision", "DISPUTE", "disputeReason", "My quota is too high"));

		// when
		complete(run, "analyst", "sales-ops", "Task_ArbitrateDispute",
				Map.of("arbitrationDecision", "REJECT", "arbitrationReason", "The quota is the plan's"));

		// then
		complete(run, "manager", "sales-manager", "Task_ApproveOutcome", Map.of("approvalDecision", "APPROVE"));
		approveAndExport(run);
		assertThat(run).isEnded().hasPassed("Task_ArbitrateDispute", "EndEvent_DisputeSettled");
		assertThat(finalPayout("2025-Q3", "R02")).isEqualByComparingTo(payout("2025-Q3", "R02"));
		assertThat(dispute("2025-Q3", "R02")).containsEntry("DECISION", "REJECT")
			.containsEntry("DECISION_REASON", "The quota is the plan's");
	}

	@Test
	void shouldCountAStatementAsAcceptedAfterFiveBusinessDays() {
		// given
		ProcessInstance run = computedRun("2025-Q4");
		List<Job> timers = managementService().createJobQuery().processInstanceId(run.getId()).timers().list();
		assertThat(timers).hasSize(2);

		// when
		ClockUtil.setCurrentTime(Date.from(Instant.now().plus(10, ChronoUnit.DAYS)));
		timers.forEach((timer) -> execute(timer));

		// then
		assertThat(run).isWaitingAt("Task_ApproveRun")
			.hasPassed("BoundaryEvent_ReviewTimeout", "Task_AcceptOnTimeout", "EndEvent_AcceptedByTimeout");
		assertThat(timers.get(0).getDuedate()).isAfter(Date.from(Instant.now().plus(6, ChronoUnit.DAYS)))
			.isBefore(Date.from(Instant.now().plus(10, ChronoUnit.DAYS)));
		assertThat(status("2025-Q4", "R01")).isEqualTo("ACCEPTED_BY_TIMEOUT");
		approveAndExport(run);
		assertThat(run).isEnded();
		assertThat(payrollCsv("2025-Q4")).contains("ACCEPTED_BY_TIMEOUT");
	}

	@Test
	void shouldWaitForTheFifthBusinessDayAfterAPublicHolidayBeforeCountingAsAccepted() {
		// given Tuesday 29 December 2026; Friday 1 January 2027 is in
		// rules/calendar/public-holidays.csv
		ClockUtil.setCurrentTime(businessTime("2026-12-29T10:00"));
		ProcessInstance run = computedRun("2023-Q4");
		assertThat(timeouts(run).list()).extracting(Job::getDuedate).containsOnly(businessTime("2027-01-07T00:00"));
		ClockUtil.setCurrentTime(businessTime("2027-01-06T12:00"));
		assertThat(timeouts(run).executable().count()).as("due at the end of the 5th day without the holiday").isZero();

		// when
		ClockUtil.setCurrentTime(businessTime("2027-01-07T00:00"));
		timeouts(run).executable().list().forEach((timer) -> execute(timer));

		// then
		assertThat(run).isWaitingAt("Task_ApproveRun").hasPassed("EndEvent_AcceptedByTimeout");
		assertThat(status("2023-Q4", "R01")).isEqualTo("ACCEPTED_BY_TIMEOUT");
		assertThat(status("2023-Q4", "R02")).isEqualTo("ACCEPTED_BY_TIMEOUT");
	}

	@Test
	void shouldGiveRepsTheNumberOfBusinessDaysTheModelSays() {
		// given the model as an analyst changes it in the Modeler: 3 business days
		// instead of 5
		BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/incentive-statement-run.bpmn"));
		TimerEventDefinition timer = model.getModelElementById("TimerEventDefinition_ReviewTimeout");
		assertThat(timer.getTimeDate().getTextContent()).isEqualTo("${statementCalendar.reviewDeadline(5)}");
		timer.getTimeDate().setTextContent("${statementCalendar.reviewDeadline(3)}");
		Deployment threeDays = repositoryService().createDeployment()
			.addModelInstance("processes/incentive-statement-run.bpmn", model)
			.deploy();
		ClockUtil.setCurrentTime(businessTime("2026-11-02T10:00"));
		try {
			// when
			ProcessInstance run = computedRun("2023-Q3");

			// then the end of Thursday 5 November
			assertThat(timeouts(run).list()).extracting(Job::getDuedate).containsOnly(businessTime("2026-11-06T00:00"));
		}
		finally {
			repositoryService().deleteDeployment(threeDays.getId(), true);
		}
	}

	@Test
	void shouldRefuseADisputeWithoutAReason() {
		// given
		ProcessInstance run = computedRun("2024-Q4");

		// when / then
		assertThatThrownBy(() -> review(run, "rep1", Map.of("reviewDecision", "DISPUTE")))
			.hasMessageContaining("Say which line is wrong and why");
		assertThat(taskService().createTaskQuery()
			.processInstanceId(run.getId())
			.taskDefinitionKey("Task_ReviewStatement")
			.count()).isEqualTo(2);
	}

	@Test
	void shouldRefuseASecondRunOfAPeriodUnderWayOrApproved() {
		// given
		ProcessInstance run = computedRun("2024-Q3");

		// when / then
		assertThatThrownBy(() -> start("2024-Q3")).hasMessageContaining("under way");
		review(run, "rep1", Map.of("reviewDecision", "ACCEPT"));
		review(run, "rep2", Map.of("reviewDecision", "ACCEPT"));
		approveAndExport(run);
		assertThatThrownBy(() -> start("2024-Q3")).hasMessageContaining("approved already");
		assertThatThrownBy(() -> start("2024-Q5")).hasMessageContaining("like 2026-Q3");
	}

	@Test
	void shouldStartByItselfOnTheFifthDayAfterTheQuarterForTheQuarterThatEnded() {
		// given
		Job timer = managementService().createJobQuery()
			.processDefinitionKey("quarterly-statement-run")
			.timers()
			.singleResult();
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		LocalDate today = LocalDate.now(zone);
		LocalDate quarterStart = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
		LocalDate run = quarterStart.plusDays(4).isAfter(today) ? quarterStart.plusDays(4)
				: quarterStart.plusMonths(3).plusDays(4);
		int endedQuarter = (quarterStart.getMonthValue() - 1) / 3;
		String ended = (endedQuarter == 0) ? (today.getYear() - 1) + "-Q4" : today.getYear() + "-Q" + endedQuarter;
		this.jdbc.update("insert into incentive_quota (rep_id, quarter, quota) values ('R03', ?, 100000)", ended);

		// when
		execute(timer);

		// then
		assertThat(timer.getDuedate().toInstant()).isEqualTo(run.atStartOfDay(zone).toInstant());
		ProcessInstance statementRun = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("incentive-statement-run")
			.processInstanceBusinessKey(ended)
			.singleResult();
		assertThat(statementRun).isWaitingAt("Task_ComputeStatements");
		assertThat(runtimeService().getVariable(statementRun.getId(), "period")).isEqualTo(ended);
	}

	private static Date businessTime(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
	}

	private static JobQuery timeouts(ProcessInstance run) {
		return managementService().createJobQuery().processInstanceId(run.getId()).timers();
	}

	private ProcessInstance computedRun(String period) {
		for (String rep : List.of("R01", "R02")) {
			this.jdbc.update("insert into incentive_quota (rep_id, quarter, quota) values (?, ?, 100000)", rep, period);
		}
		ProcessInstance run = start(period);
		assertThat(run).isWaitingAt("Task_ComputeStatements").hasBusinessKey(period);
		executeJobs(run);
		return run;
	}

	private ProcessInstance start(String period) {
		this.identityService.setAuthentication("analyst", List.of("sales-ops"));
		try {
			return runtimeService().startProcessInstanceByKey("incentive-statement-run", Map.of("period", period));
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private void executeJobs(ProcessInstance run) {
		List<Job> jobs = managementService().createJobQuery().processInstanceId(run.getId()).executable().list();
		while (!jobs.isEmpty()) {
			jobs.forEach((job) -> execute(job));
			jobs = managementService().createJobQuery().processInstanceId(run.getId()).executable().list();
		}
	}

	private void review(ProcessInstance run, String user, Map<String, Object> answer) {
		Task task = taskService().createTaskQuery()
			.processInstanceId(run.getId())
			.taskDefinitionKey("Task_ReviewStatement")
			.taskCandidateUser(user)
			.singleResult();
		this.identityService.setAuthentication(user, List.of("sales-rep"));
		try {
			taskService().complete(task.getId(), answer);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private void complete(ProcessInstance run, String user, String role, String taskKey, Map<String, Object> answer) {
		Task task = task(run, taskKey);
		this.identityService.setAuthentication(user, List.of(role));
		try {
			taskService().complete(task.getId(), answer);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private Task task(ProcessInstance run, String taskKey) {
		return taskService().createTaskQuery().processInstanceId(run.getId()).taskDefinitionKey(taskKey).singleResult();
	}

	private void approveAndExport(ProcessInstance run) {
		assertThat(run).isWaitingAt("Task_ApproveRun");
		assertThat(taskService().createTaskQuery()
			.processInstanceId(run.getId())
			.taskDefinitionKey("Task_ApproveRun")
			.taskCandidateGroup("finance")
			.count()).isOne();
		complete(run, "accountant", "finance", "Task_ApproveRun", Map.of("runApprovalComment", "Checked the totals"));
		assertThat(run).isWaitingAt("Task_ExportPayroll");
		executeJobs(run);
	}

	private String status(String period, String rep) {
		return this.jdbc.queryForObject("select status from incentive_statement where quarter = ? and rep_id = ?",
				String.class, period, rep);
	}

	private BigDecimal payout(String period, String rep) {
		return this.jdbc.queryForObject("select payout from incentive_statement where quarter = ? and rep_id = ?",
				BigDecimal.class, period, rep);
	}

	private BigDecimal finalPayout(String period, String rep) {
		return this.jdbc.queryForObject("select final_payout from incentive_statement where quarter = ? and rep_id = ?",
				BigDecimal.class, period, rep);
	}

	private Map<String, Object> dispute(String period, String rep) {
		return this.jdbc.queryForMap("select d.* from incentive_dispute d join incentive_statement s"
				+ " on s.id = d.statement_id where s.quarter = ? and s.rep_id = ?", period, rep);
	}

	private String payrollCsv(String period) {
		return this.jdbc.queryForObject("select content from payroll_export where quarter = ?", String.class, period);
	}

}
