package com.osb.salesops.incentive.process;

import java.io.File;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.osb.salesops.incentive.StatementRun;
import com.osb.salesops.incentive.model.IssuedStatement;
import com.osb.salesops.support.TestClock;
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
import static org.assertj.core.api.Assertions.tuple;
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

	@Autowired
	StatementRun run;

	@BeforeEach
	void engine() {
		BpmnAwareTests.init(this.processEngine);
	}

	@AfterEach
	void resetClockAndLogOut() {
		TestClock.reset();
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
			.hasPassedInOrder("Task_ComputeStatements", "Task_ComputeManagerStatements", "Task_ReviewStatement",
					"EndEvent_StatementAccepted", "Task_ApproveTeamStatements", "Task_ApproveRun", "Task_ExportPayroll",
					"EndEvent_PayrollExported");
		assertThat(status("2025-Q1", "R01")).isEqualTo("ACCEPTED");
		assertThat(status("2025-Q1", "R02")).isEqualTo("ACCEPTED");
		assertThat(payrollCsv("2025-Q1"))
			.startsWith("period,employee,name,role,team,statementStatus,payout,adjustment,amountToPay\n")
			.contains("2025-Q1,rep1,张伟,SALES_REP,BJ,ACCEPTED," + payout("2025-Q1", "R01").toPlainString() + ",0.00,")
			.contains("2025-Q1,manager,销售经理,REGION_MANAGER,BJ GZ SH TJ,COMPUTED,"
					+ teamPayout("2025-Q1", "15000").toPlainString() + ",0.00,")
			.contains("2025-Q1,director,销售总监,MARKET_MANAGER,NORTH SOUTH,COMPUTED,"
					+ teamPayout("2025-Q1", "25000").toPlainString() + ",0.00,")
			.hasLineCount(5);
	}

	@Test
	void shouldHaveEveryStatementApprovedByItsManagerInOneTaskPerTeamAndAManagersOwnByTheirManager() {
		// given
		ProcessInstance run = computedRun("2022-Q1");
		review(run, "rep1", Map.of("reviewDecision", "ACCEPT"));

		// when: the last review is done, disputed or not
		review(run, "rep2", Map.of("reviewDecision", "ACCEPT"));

		// then: the reps' manager, the region manager's manager and the general
		// management
		assertThat(run).isWaitingAt("Task_ApproveTeamStatements").hasNotPassed("Task_ApproveRun");
		List<Task> teams = teamApprovals(run);
		assertThat(teams).hasSize(3);
		Task reps = teamOf(run, "manager");
		assertThat((String) taskService().getVariable(reps.getId(), "teamStatements")).contains("rep R01", "rep R02")
			.doesNotContain("region manager manager");
		assertThat(taskService().getVariableLocal(reps.getId(), "statementPageUrl")).asString()
			.startsWith("/reports/statements?quarter=")
			.doesNotContain("&rep=");
		Task managers = teamOf(run, "director");
		assertThat((String) taskService().getVariable(managers.getId(), "teamStatements"))
			.contains("region manager manager")
			.doesNotContain("rep R01");
		assertThat(taskService().createTaskQuery()
			.processInstanceId(run.getId())
			.taskDefinitionKey("Task_ApproveTeamStatements")
			.taskCandidateGroup("general-manager")
			.singleResult())
			.satisfies((task) -> assertThat((String) taskService().getVariable(task.getId(), "teamStatements"))
				.contains("market manager director"));
		approveTeams(run);
		assertThat(run).isWaitingAt("Task_ApproveRun");
		assertThat(this.jdbc.queryForList("select rep_id || ' ' || approved_by from incentive_statement"
				+ " where quarter = '2022-Q1' order by rep_id", String.class))
			.containsExactly("R01 manager", "R02 manager");
		assertThat(this.jdbc.queryForList("select team_level || ' ' || approved_by from incentive_manager_statement"
				+ " where quarter = '2022-Q1' order by team_level", String.class))
			.containsExactly("MARKET gm", "REGION director");
	}

	@Test
	void shouldPayTheManagersOnTheirTeamsAttainmentBeforeTheRepsReview() {
		// given R01 at 130% and R02 at 110% of 100,000: the team at 120%, paid at 140%
		paid("R01", "2026-05-12", "130000.00");
		paid("R02", "2026-06-30", "110000.00");
		for (String rep : List.of("R01", "R02")) {
			this.jdbc.update("insert into incentive_quota (rep_id, quarter, quota) values (?, '2026-Q2', 100000)", rep);
		}

		// when
		ProcessInstance run = start("2026-Q2");
		executeJobs(run);

		// then the region manager gets 140% of 15,000 and the market manager 140% of
		// 25,000
		assertThat(run).hasPassed("Task_ComputeManagerStatements").isWaitingAt("Task_ReviewStatement");
		Map<String, Object> manager = this.jdbc.queryForMap(
				"select * from incentive_manager_statement where quarter = '2026-Q2' and manager_user_id = 'manager'");
		assertThat(manager).containsEntry("TEAM_LEVEL", "REGION").containsEntry("TEAMS", "BJ GZ SH TJ");
		assertThat((BigDecimal) manager.get("QUOTA")).isEqualByComparingTo("200000");
		assertThat((BigDecimal) manager.get("CREDITED")).isEqualByComparingTo("240000");
		assertThat((BigDecimal) manager.get("ATTAINMENT")).isEqualByComparingTo("1.2");
		assertThat((BigDecimal) manager.get("PAYOUT_RATE")).isEqualByComparingTo("1.4");
		assertThat((BigDecimal) manager.get("PAYOUT")).isEqualByComparingTo("21000.00");
		assertThat((String) manager.get("RULES_FIRED"))
			.contains("Payout rate accelerated by the accelerator above 100% up to 150%");
		assertThat(manager.get("PROCESS_INSTANCE_ID")).isEqualTo(run.getId());
		assertThat(this.jdbc.queryForObject(
				"select payout from incentive_manager_statement"
						+ " where quarter = '2026-Q2' and manager_user_id = 'director' and team_level = 'MARKET'",
				BigDecimal.class))
			.isEqualByComparingTo("35000.00");
		assertThat(this.jdbc.queryForList(
				"select r.rep_id from incentive_manager_statement_rep r"
						+ " join incentive_manager_statement m on m.id = r.manager_statement_id"
						+ " where m.quarter = '2026-Q2' and m.manager_user_id = 'director' order by r.rep_id",
				String.class))
			.containsExactly("R01", "R02");
		assertThat(runtimeService().getVariable(run.getId(), "managerStatementCount")).isEqualTo(2L);
	}

	@Test
	void shouldAdjustTheDisputedPayoutWhenSalesOpsAdjustAndTheManagerApproves() {
		// given
		paid("R01", "2025-05-12", "1000.00");
		ProcessInstance run = computedRun("2025-Q2");
		review(run, "rep2", Map.of("reviewDecision", "ACCEPT"));
		review(run, "rep1",
				Map.of("reviewDecision", "DISPUTE", "disputedLines", "1: The March payment of C001 is missing"));
		assertThat(run).isWaitingAt("Task_ArbitrateDispute");

		// when
		complete(run, "analyst", "sales-ops", "Task_ArbitrateDispute",
				Map.of("lineDecisions", "1: ADJUST 500.00 Payment booked on 1 April, received in March"));

		// then
		approveTeams(run);
		approveAndExport(run);
		assertThat(run).isEnded()
			.hasPassed("Task_ArbitrateDispute", "EndEvent_DisputeSettled", "EndEvent_StatementAccepted",
					"Task_ApproveTeamStatements", "EndEvent_PayrollExported");
		BigDecimal adjusted = payout("2025-Q2", "R01").add(new BigDecimal("500.00"));
		assertThat(finalPayout("2025-Q2", "R01")).isEqualByComparingTo(adjusted);
		assertThat(status("2025-Q2", "R01")).isEqualTo("SETTLED");
		assertThat(dispute("2025-Q2", "R01")).containsEntry("DECISION", "ADJUST")
			.containsEntry("RAISED_BY", "rep1")
			.containsEntry("DECIDED_BY", "analyst")
			.containsEntry("APPROVED_BY", "manager");
		assertThat(payrollCsv("2025-Q2")).contains(",rep1,张伟,SALES_REP,BJ,SETTLED,"
				+ payout("2025-Q2", "R01").toPlainString() + ",500.00," + adjusted.toPlainString());
	}

	@Test
	void shouldPayAsComputedWhenSalesOpsRejectTheDispute() {
		// given
		paid("R02", "2025-08-12", "1000.00");
		ProcessInstance run = computedRun("2025-Q3");
		review(run, "rep1", Map.of("reviewDecision", "ACCEPT"));
		review(run, "rep2", Map.of("reviewDecision", "DISPUTE", "disputedLines", "1: Counted twice"));

		// when
		complete(run, "analyst", "sales-ops", "Task_ArbitrateDispute",
				Map.of("lineDecisions", "1: REJECT The quota is the plan's"));

		// then
		approveTeams(run);
		approveAndExport(run);
		assertThat(run).isEnded().hasPassed("Task_ArbitrateDispute", "EndEvent_DisputeSettled");
		assertThat(finalPayout("2025-Q3", "R02")).isEqualByComparingTo(payout("2025-Q3", "R02"));
		assertThat(dispute("2025-Q3", "R02")).containsEntry("DECISION", "REJECT")
			.containsEntry("DECISION_REASON", "line 1: REJECT The quota is the plan's");
	}

	@Test
	void shouldLetTheRepDisputeSeveralLinesEachWithItsOwnReasonAndSalesOpsDecideEachLine() {
		// given
		paid("R01", "2021-02-10", "1000.00");
		paid("R01", "2021-03-10", "2000.00");
		paid("R01", "2021-03-11", "3000.00");
		ProcessInstance run = computedRun("2021-Q1");
		review(run, "rep2", Map.of("reviewDecision", "ACCEPT"));

		// when
		review(run, "rep1", Map.of("reviewDecision", "DISPUTE", "disputedLines",
				"1: The customer paid 1,200, not 1,000\n3: This payment belongs to Q2 next year"));
		Task arbitration = task(run, "Task_ArbitrateDispute");
		assertThat((String) taskService().getVariable(arbitration.getId(), "disputedLinesText"))
			.isEqualTo("第 1 行：The customer paid 1,200, not 1,000\n第 3 行：This payment belongs to Q2 next year");
		complete(run, "analyst", "sales-ops", "Task_ArbitrateDispute", Map.of("lineDecisions",
				"1: ADJUST 200.00 Receipt corrected to 1,200\n3: REJECT Received on 11 March, counts in Q1"));

		// then: each line with its own outcome; the statement's adjustment is their sum
		List<Map<String, Object>> lines = this.jdbc.queryForList("select l.line_no, l.reason, l.decision,"
				+ " l.adjustment, l.decision_reason from incentive_dispute_line l join incentive_dispute d"
				+ " on d.id = l.dispute_id join incentive_statement s on s.id = d.statement_id"
				+ " where s.quarter = '2021-Q1' and s.rep_id = 'R01' order by l.line_no");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).containsEntry("REASON", "The customer paid 1,200, not 1,000")
			.containsEntry("DECISION", "ADJUST")
			.containsEntry("ADJUSTMENT", new BigDecimal("200.00"))
			.containsEntry("DECISION_REASON", "Receipt corrected to 1,200");
		assertThat(lines.get(1)).containsEntry("DECISION", "REJECT")
			.containsEntry("DECISION_REASON", "Received on 11 March, counts in Q1");
		assertThat(finalPayout("2021-Q1", "R01"))
			.isEqualByComparingTo(payout("2021-Q1", "R01").add(new BigDecimal("200")));
		assertThat(this.run.text("2021-Q1", "R01")).contains(
				"申诉：The customer paid 1,200, not 1,000 -> 调整 200.00：Receipt corrected to 1,200",
				"申诉：This payment belongs to Q2 next year -> 驳回：Received on 11 March, counts in Q1");
		assertThat(this.run.issued("2021-Q1", "R01").orElseThrow().disputes().get(0).lines())
			.extracting(IssuedStatement.LineDispute::lineNo, IssuedStatement.LineDispute::decision)
			.containsExactly(tuple(1, "ADJUST"), tuple(3, "REJECT"));
	}

	@Test
	void shouldRefuseADisputeOfALineTheStatementDoesNotHaveOrAnArbitrationThatLeavesALineUndecided() {
		// given
		paid("R01", "2021-05-10", "1000.00");
		ProcessInstance run = computedRun("2021-Q2");

		// when / then
		assertThatThrownBy(() -> review(run, "rep1",
				Map.of("reviewDecision", "DISPUTE", "disputedLines", "1: wrong amount\n9: not mine")))
			.hasMessageContaining("the statement has no line 9 (lines 1 to 1)");
		review(run, "rep1", Map.of("reviewDecision", "DISPUTE", "disputedLines", "1: wrong amount"));
		assertThatThrownBy(() -> complete(run, "analyst", "sales-ops", "Task_ArbitrateDispute",
				Map.of("lineDecisions", "1: ADJUST the amount is right")))
			.hasMessageContaining("give the amount")
			.hasMessageContaining("line 1 is disputed and needs a decision");
		assertThat(run).isWaitingAt("Task_ArbitrateDispute");
	}

	@Test
	void shouldCountAStatementAsAcceptedAfterFiveBusinessDays() {
		// given
		ProcessInstance run = computedRun("2025-Q4");
		List<Job> timers = managementService().createJobQuery().processInstanceId(run.getId()).timers().list();
		assertThat(timers).hasSize(2);

		Instant computed = TestClock.now();

		// when
		ClockUtil.setCurrentTime(Date.from(computed.plus(10, ChronoUnit.DAYS)));
		timers.forEach((timer) -> execute(timer));

		// then
		assertThat(run).isWaitingAt("Task_ApproveTeamStatements")
			.hasPassed("BoundaryEvent_ReviewTimeout", "Task_AcceptOnTimeout", "EndEvent_AcceptedByTimeout");
		assertThat(timers.get(0).getDuedate()).isAfter(Date.from(computed.plus(6, ChronoUnit.DAYS)))
			.isBefore(Date.from(computed.plus(10, ChronoUnit.DAYS)));
		assertThat(status("2025-Q4", "R01")).isEqualTo("ACCEPTED_BY_TIMEOUT");
		approveAndExport(run);
		assertThat(run).isEnded();
		assertThat(payrollCsv("2025-Q4")).contains("ACCEPTED_BY_TIMEOUT");
	}

	@Test
	void shouldShowTheFiguresAndAsManyLinesAsATaskHoldsThenWhereTheWholeStatementIs() {
		// given R01 with 150 payments in the quarter, R02 with one
		paid("R01", "2026-02-02", "150.00", 150);
		paid("R02", "2026-02-03", "100.00", 1);

		// when
		ProcessInstance run = computedRun("2026-Q1");

		// then
		String many = (String) taskService().getVariable(reviewOf(run, "rep1").getId(), "statementText");
		assertThat(many).hasSizeLessThanOrEqualTo(4000)
			.startsWith("计入业绩 22500.00，配额 100000")
			.contains("2026-02-02  回款  receipt ")
			.containsPattern("……另有 \\d+ 行。")
			.endsWith("完整结算单：/reports/statements?quarter=2026-Q1&rep=R01");
		assertThat(taskService().getVariableLocal(reviewOf(run, "rep1").getId(), "statementPageUrl"))
			.isEqualTo("/reports/statements?quarter=2026-Q1&rep=R01");
		String one = (String) taskService().getVariable(reviewOf(run, "rep2").getId(), "statementText");
		assertThat(one).contains("2026-02-03  回款  receipt ").doesNotContain("……另有");
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
		assertThat(run).isWaitingAt("Task_ApproveTeamStatements").hasPassed("EndEvent_AcceptedByTimeout");
		assertThat(status("2023-Q4", "R01")).isEqualTo("ACCEPTED_BY_TIMEOUT");
		assertThat(status("2023-Q4", "R02")).isEqualTo("ACCEPTED_BY_TIMEOUT");
	}

	@Test
	void shouldWaitThroughSpringFestival2027AndCountItsMakeUpWorkingDay() {
		// given Wednesday 3 February 2027: Thursday 4 is a business day, 5 to 13 February
		// are the Spring Festival holidays, Sunday 14 February is a make-up working day
		ClockUtil.setCurrentTime(businessTime("2027-02-03T10:00"));

		// when
		ProcessInstance run = computedRun("2020-Q4");

		// then Thursday 4, Sunday 14, Monday 15, Tuesday 16, Wednesday 17: due at its end
		assertThat(timeouts(run).list()).extracting(Job::getDuedate).containsOnly(businessTime("2027-02-18T00:00"));
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
			.hasMessageContaining("name at least one line you dispute, with the reason");
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
		LocalDate today = LocalDate.ofInstant(TestClock.now(), zone);
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

	/**
	 * Each manager approves their team's statements, the general manager the market's.
	 */
	private void approveTeams(ProcessInstance run) {
		for (Task task : teamApprovals(run)) {
			boolean generalManagement = taskService().getIdentityLinksForTask(task.getId())
				.stream()
				.anyMatch((link) -> "general-manager".equals(link.getGroupId()));
			String user = generalManagement ? "gm"
					: taskService().getIdentityLinksForTask(task.getId())
						.stream()
						.filter((link) -> link.getUserId() != null)
						.findFirst()
						.orElseThrow()
						.getUserId();
			String role = generalManagement ? "general-manager" : "sales-manager";
			this.identityService.setAuthentication(user, List.of(role));
			try {
				taskService().complete(task.getId(), Map.of("teamApprovalDecision", "APPROVE"));
			}
			finally {
				this.identityService.clearAuthentication();
			}
		}
	}

	private Task teamOf(ProcessInstance run, String user) {
		return taskService().createTaskQuery()
			.processInstanceId(run.getId())
			.taskDefinitionKey("Task_ApproveTeamStatements")
			.taskCandidateUser(user)
			.singleResult();
	}

	private List<Task> teamApprovals(ProcessInstance run) {
		return taskService().createTaskQuery()
			.processInstanceId(run.getId())
			.taskDefinitionKey("Task_ApproveTeamStatements")
			.list();
	}

	private void approveAndExport(ProcessInstance run) {
		if (!teamApprovals(run).isEmpty()) {
			approveTeams(run);
		}
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

	/** A payment received on a new order of one of the rep's customers. */
	private void paid(String rep, String date, String amount) {
		paid(rep, date, amount, 1);
	}

	/** Payments received on a new order of one of the rep's customers, all on one day. */
	private void paid(String rep, String date, String amount, int payments) {
		long customer = this.jdbc.queryForObject("select min(id) from customer where rep_id = ?", Long.class, rep);
		String number = "SO-" + rep + "-" + date;
		this.jdbc.update(
				"insert into sales_order (number, customer_id, rep_id, status, order_date, total_amount,"
						+ " created_by) values (?, ?, ?, 'CLOSED', ?, ?, 'test')",
				number, customer, rep, java.sql.Date.valueOf(date),
				new BigDecimal(amount).multiply(BigDecimal.valueOf(payments)));
		long order = this.jdbc.queryForObject("select id from sales_order where number = ?", Long.class, number);
		for (int i = 1; i <= payments; i++) {
			this.jdbc.update(
					"insert into payment (number, customer_id, order_id, received_on, amount) values (?, ?, ?, ?, ?)",
					"P-" + number + "-" + i, customer, order, java.sql.Date.valueOf(date), new BigDecimal(amount));
		}
	}

	private Task reviewOf(ProcessInstance run, String user) {
		return taskService().createTaskQuery()
			.processInstanceId(run.getId())
			.taskDefinitionKey("Task_ReviewStatement")
			.taskCandidateUser(user)
			.singleResult();
	}

	private BigDecimal teamQuota(String period) {
		return this.jdbc.queryForObject("select sum(quota) from incentive_statement where quarter = ?",
				BigDecimal.class, period);
	}

	private BigDecimal teamCredited(String period) {
		return this.jdbc.queryForObject("select sum(credited) from incentive_statement where quarter = ?",
				BigDecimal.class, period);
	}

	/**
	 * A manager's payout on the two reps' statements, by the curve of POLICY section 5.
	 */
	private BigDecimal teamPayout(String period, String targetIncentive) {
		BigDecimal attainment = teamCredited(period).divide(teamQuota(period), 12, RoundingMode.HALF_EVEN);
		BigDecimal one = BigDecimal.ONE;
		BigDecimal half = new BigDecimal("0.5");
		BigDecimal oneAndHalf = new BigDecimal("1.5");
		BigDecimal two = new BigDecimal("2");
		BigDecimal rate;
		if (attainment.compareTo(half) < 0) {
			rate = BigDecimal.ZERO;
		}
		else if (attainment.compareTo(one) <= 0) {
			rate = attainment;
		}
		else if (attainment.compareTo(oneAndHalf) <= 0) {
			rate = one.add(attainment.subtract(one).multiply(two));
		}
		else {
			rate = two.add(attainment.subtract(oneAndHalf)).min(new BigDecimal("2.5"));
		}
		return new BigDecimal(targetIncentive).multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
	}

	private String payrollCsv(String period) {
		return this.jdbc.queryForObject("select content from payroll_export where quarter = ?", String.class, period);
	}

}
