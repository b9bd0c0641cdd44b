package com.osb.salesops.approvals.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.osb.salesops.approvals.ApprovalBottlenecks;
import com.osb.salesops.support.ProcessTest;
import com.osb.salesops.support.TestClock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An approval that waits too long (POLICY section 8): its due date, the reminder at the
 * deadline, the sales director offered it at twice the deadline, who approves at the
 * sales manager's level, and the chain going on from there. The engine's clock moves; the
 * rounds of the task-deadlines process run as the job executor would run them.
 */
@ProcessTest
class ApprovalDeadlinesProcessTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApprovalBottlenecks bottlenecks;

	@Autowired
	ApplicationContext context;

	ApprovalDesk desk;

	@BeforeEach
	void freshCredit() {
		TestClock.reset();
		BpmnAwareTests.init(this.processEngine);
		this.jdbc.update("update credit_profile set committed_amount = 0");
		this.desk = new ApprovalDesk(this.context);
	}

	@AfterEach
	void realTime() {
		TestClock.reset();
	}

	@Test
	void shouldBeDueOneBusinessDayAfterItArrives() {
		// when: Monday 2026-11-16 10:00
		String number = this.desk.orderAwaitingApproval("rep1", "C001", 0);

		// then
		Task approval = this.desk.task(number, "Task_ApproveOrder");
		assertThat(approval.getDueDate().toInstant().truncatedTo(ChronoUnit.MINUTES)).isEqualTo(at("2026-11-17T10:00"));
		assertThat(this.taskService.getVariableLocal(approval.getId(), "dueText"))
			.isEqualTo("2026-11-17 10:00 中国标准时间 (UTC+08:00)");
		assertThat(this.jdbc.queryForObject("select rule_fired from task_deadline where task_id = ?", String.class,
				approval.getId()))
			.contains("task-deadline", "Rule_ApproveOrderManager");
	}

	@Test
	void shouldRemindAtTheDeadlineThenOfferTheDirectorTheTaskAtTwiceTheDeadline() {
		// given: a discount of 15% needs the sales manager, then the sales director
		String number = this.desk.orderAwaitingApproval("rep1", "C001", 15);
		Task approval = this.desk.task(number, "Task_ApproveOrder");

		// when: the deadline passes
		this.desk.chaseAt(at("2026-11-17T10:05"));

		// then
		assertThat(actions(number)).contains("TASK_REMINDED").doesNotContain("TASK_ESCALATED");
		assertThat(notified(number, "Overdue: %")).containsExactly("sales-manager");
		assertThat(this.jdbc.queryForList("select body from notification where order_number = ? and subject like ?",
				String.class, number, "Overdue: %"))
			.singleElement()
			.asString()
			.contains("due at 2026-11-17 10:00 China Standard Time (UTC+08:00)");
		assertThat(this.desk.candidateUsers(approval)).doesNotContain("director");

		// when: twice the deadline passes
		this.desk.chaseAt(at("2026-11-18T10:05"));

		// then
		assertThat(this.desk.candidateUsers(approval)).contains("director");
		assertThat(notified(number, "Escalated to you: %")).containsExactly("director");
		assertThat(audit(number, "TASK_ESCALATED")).singleElement()
			.asString()
			.contains("offered to director", "MARKET_DIRECTOR", "sales-manager level", "Rule_ApproveOrderManager");
		assertThat(this.taskService.createTaskQuery().taskId(approval.getId()).singleResult().getDescription())
			.contains("同时转给吴刚（销售总监）", "按销售经理的级别处理")
			.doesNotContain("sales-manager");
		assertThat(this.jdbc.queryForList(
				"select t.body from notification_text t join notification n on n.id = t.notification_id"
						+ " where n.order_number = ? and n.subject like ? and t.language = 'zh-CN'",
				String.class, number, "Escalated to you: %"))
			.singleElement()
			.asString()
			.contains("代替销售经理完成")
			.doesNotContain("sales-manager");
		assertThat(this.jdbc.queryForList("select body from notification where order_number = ? and subject like ?",
				String.class, number, "Escalated to you: %"))
			.singleElement()
			.asString()
			.contains("in place of sales-manager");
		ApprovalBottlenecks.Report report = this.bottlenecks.report(LocalDate.of(2026, 11, 1),
				LocalDate.of(2026, 11, 30));
		assertThat(report.byTask()).filteredOn((line) -> line.key().equals("Task_ApproveOrder"))
			.singleElement()
			.satisfies((line) -> assertThat(line.escalated()).isPositive())
			.satisfies((line) -> assertThat(line.deadlinesMissed()).isPositive());
		assertThat(report.byMonth()).extracting(ApprovalBottlenecks.Month::getMonth).contains("2026-11");
		assertThat(this.bottlenecks
			.report(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
					new ApprovalBottlenecks.OrderNarrowing("rep1", null, null, null, null))
			.byTask()).extracting(ApprovalBottlenecks.Line::key).contains("Task_ApproveOrder");
		assertThat(this.bottlenecks
			.report(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
					new ApprovalBottlenecks.OrderNarrowing(null, null, null, null, "P-NONE"))
			.byTask()).isEmpty();
		assertThat(report.csv()).startsWith(
				"dimension,key,tasks,averageHoursWaiting,deadlinesMissed,escalations," + "substitutions\ntask,");
	}

	@Test
	void shouldCountTheEscalatedDirectorsApprovalAtTheManagersLevelAndGoOnUpTheChain() {
		// given
		String number = this.desk.orderAwaitingApproval("rep1", "C001", 15);
		Task managersApproval = this.desk.task(number, "Task_ApproveOrder");
		this.desk.chaseAt(at("2026-11-18T10:05"));

		// when
		this.desk.complete(managersApproval, "director", "sales-director", Map.of("approvalDecision", "APPROVE"));

		// then: the chain goes on to the director's own level
		Task directorsApproval = this.desk.task(number, "Task_ApproveOrder");
		assertThat(directorsApproval.getId()).isNotEqualTo(managersApproval.getId());
		assertThat(this.taskService.getVariable(directorsApproval.getId(), "approverGroup"))
			.isEqualTo("sales-director");
		assertThat(directorsApproval.getDueDate().toInstant()).isEqualTo(at("2026-11-19T10:05"));
		assertThat(audit(number, "COMPLETED_BY_NEXT_LEVEL")).singleElement()
			.asString()
			.startsWith("director: ")
			.contains("at the sales-manager level");
		this.desk.complete(directorsApproval, "director", "sales-director", Map.of("approvalDecision", "APPROVE"));
		assertThat(this.desk.task(number, "Task_RecordSignedContract")).isNotNull();
	}

	@Test
	void shouldOfferTheTaskOneLevelFurtherUpAtEachFurtherDeadlineWithoutSkippingOne() {
		// given: the sales manager's approval, due one business day after it arrived
		String number = this.desk.orderAwaitingApproval("rep1", "C001", 15);
		Task approval = this.desk.task(number, "Task_ApproveOrder");

		// when: twice the deadline passes
		this.desk.chaseAt(at("2026-11-18T10:05"));

		// then: the director, never the general manager first
		assertThat(this.desk.candidateUsers(approval)).contains("director").doesNotContain("gm");

		// when: three times the deadline passes
		this.desk.chaseAt(at("2026-11-19T10:05"));

		// then: one level further up
		assertThat(this.desk.candidateUsers(approval)).contains("director", "gm");
		assertThat(notified(number, "Escalated to you: %")).hasSize(2).first().isEqualTo("director");
		assertThat(notified(number, "Escalated to you: %").get(1)).contains("gm").doesNotContain("director");
		assertThat(audit(number, "TASK_ESCALATED")).hasSize(2)
			.last()
			.asString()
			.contains("GENERAL_MANAGER", "sales-manager level");

		// when: four times the deadline passes, nobody is above the general manager
		this.desk.chaseAt(at("2026-11-20T10:05"));

		// then
		assertThat(audit(number, "TASK_ESCALATED")).hasSize(2);

		// when: the general manager acts for the waiting sales manager
		this.desk.complete(approval, "gm", "general-manager", Map.of("approvalDecision", "APPROVE"));

		// then: at the sales manager's level; the director's own level still follows
		assertThat(audit(number, "COMPLETED_BY_NEXT_LEVEL")).singleElement()
			.asString()
			.startsWith("gm: ")
			.contains("at the sales-manager level");
		assertThat(this.taskService.getVariable(this.desk.task(number, "Task_ApproveOrder").getId(), "approverGroup"))
			.isEqualTo("sales-director");
	}

	@Test
	void shouldOfferTheDirectorsApprovalToTheGeneralManagerAndStopThere() {
		// given: the director's own approval after the manager approved in time
		String number = this.desk.orderAwaitingApproval("rep1", "C001", 15);
		this.desk.complete(this.desk.task(number, "Task_ApproveOrder"), "manager", "sales-manager",
				Map.of("approvalDecision", "APPROVE"));
		Task directors = this.desk.task(number, "Task_ApproveOrder");

		// when: twice, then three times its deadline pass
		this.desk.chaseAt(at("2026-11-18T10:05"));
		this.desk.chaseAt(at("2026-11-19T10:05"));

		// then
		assertThat(this.desk.candidateUsers(directors)).contains("gm");
		assertThat(audit(number, "TASK_ESCALATED")).singleElement().asString().contains("GENERAL_MANAGER");
	}

	private static Instant at(String businessTime) {
		return LocalDateTime.parse(businessTime).atZone(SHANGHAI).toInstant();
	}

	private List<String> actions(String number) {
		return this.jdbc.queryForList("select action from audit_log where subject_id = ? order by id", String.class,
				number);
	}

	private List<String> audit(String number, String action) {
		return this.jdbc.queryForList(
				"select actor || ': ' || detail from audit_log where subject_id = ? and action = ? order by id",
				String.class, number, action);
	}

	private List<String> notified(String number, String subject) {
		return this.jdbc.queryForList(
				"select recipients from notification where order_number = ? and subject like ? order by id",
				String.class, number, subject);
	}

}
