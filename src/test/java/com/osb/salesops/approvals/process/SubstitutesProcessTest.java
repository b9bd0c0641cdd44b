package com.osb.salesops.approvals.process;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.osb.salesops.approvals.api.AbsenceRequest;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.support.ProcessTest;
import com.osb.salesops.support.TestClock;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sales manager away for a day with the sales director standing in: the director is
 * offered the manager's approvals during the absence, not after it; a substitute of a
 * lower role, or for their own order, is refused; one task handed to a colleague and
 * answered by them on the owner's behalf.
 */
@ProcessTest
class SubstitutesProcessTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	TaskService taskService;

	@Autowired
	FormService formService;

	@Autowired
	IdentityService identityService;

	@Autowired
	AbsenceDesk absences;

	@Autowired
	AbsenceCheck absenceCheck;

	@Autowired
	TaskDelegations delegations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	ApprovalDesk desk;

	@BeforeEach
	void freshCreditAndNobodyAway() {
		BpmnAwareTests.init(this.processEngine);
		this.jdbc.update("update credit_profile set committed_amount = 0");
		this.jdbc.update("delete from task_substitution");
		this.jdbc.update("delete from absence");
		this.desk = new ApprovalDesk(this.context);
	}

	/** Other tests of the shared context find nobody away. */
	@AfterEach
	void realTimeAndNobodyAway() {
		TestClock.reset();
		this.jdbc.update("delete from task_substitution");
		this.jdbc.update("delete from absence");
	}

	@Test
	void shouldOfferTheManagersApprovalsToTheSubstituteDuringTheAbsenceAndNotAfterIt() {
		// given: an approval already waiting when the absence is recorded
		String waiting = this.desk.orderAwaitingApproval("rep1", "C001", 0);
		LocalDate today = TestClock.today();

		// when
		this.absences.record("manager", today, today, "director", "Trade fair", "manager");
		String during = this.desk.orderAwaitingApproval("rep1", "C002", 0);

		// then: both are offered to the director, with the manager named
		Task first = this.desk.task(waiting, "Task_ApproveOrder");
		Task second = this.desk.task(during, "Task_ApproveOrder");
		assertThat(this.desk.candidateUsers(first)).contains("director");
		assertThat(this.desk.candidateUsers(second)).contains("director");
		assertThat(second.getDescription()).contains("已转给吴刚（销售总监），代周明（销售经理）处理");
		this.desk.complete(first, "director", "sales-director", Map.of("approvalDecision", "APPROVE"));
		assertThat(this.desk.task(waiting, "Task_RecordSignedContract")).isNotNull();
		assertThat(audit(waiting, "COMPLETED_BY_SUBSTITUTE")).singleElement()
			.asString()
			.startsWith("director: ")
			.contains("on behalf of the absent manager");

		// when: the manager is back the next day
		this.desk.chaseAt(LocalDateTime.parse("2026-11-17T09:30").atZone(SHANGHAI).toInstant());

		// then
		assertThat(this.desk.candidateUsers(second)).doesNotContain("director");
		assertThat(audit(during, "SUBSTITUTE_WITHDRAWN")).hasSize(1);
		assertThatThrownBy(
				() -> this.desk.complete(second, "director", "sales-director", Map.of("approvalDecision", "APPROVE")))
			.isInstanceOf(AuthorizationException.class);
		String after = this.desk.orderAwaitingApproval("rep1", "C001", 0);
		assertThat(this.desk.candidateUsers(this.desk.task(after, "Task_ApproveOrder"))).doesNotContain("director");
	}

	@Test
	void shouldRefuseASubstituteOfALowerRoleOrThemselvesOrUnknown() {
		// given
		LocalDate today = TestClock.today();

		// when
		List<FieldError> lower = checkAs("director", "sales-director",
				new AbsenceRequest(null, today, today, "manager", null));
		List<FieldError> themselves = checkAs("manager", "sales-manager",
				new AbsenceRequest(null, today, today, "manager", null));
		List<FieldError> unknown = checkAs("manager", "sales-manager",
				new AbsenceRequest(null, today, today, "nobody", null));
		List<FieldError> forAPeer = checkAs("rep1", "sales-rep",
				new AbsenceRequest("rep2", today, today, "rep3", null));

		// then
		assertThat(lower).extracting(FieldError::field, FieldError::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("substitute",
					"manager does not hold the role sales-director of director or a higher one"));
		assertThat(themselves).extracting(FieldError::message)
			.containsExactly("must be someone else than the absent person");
		assertThat(unknown).extracting(FieldError::message).containsExactly("there is no user 'nobody'");
		assertThat(forAPeer).extracting(FieldError::field).containsExactly("userId");
	}

	@Test
	void shouldNotOfferASubstituteTheirOwnOrder() {
		// given: rep2 also holds the sales manager's role and stands in for the manager
		this.identityService.createMembership("rep2", "sales-manager");
		try {
			LocalDate today = TestClock.today();
			this.absences.record("manager", today, today, "rep2", "Holiday", "manager");

			// when
			String own = this.desk.orderAwaitingApproval("rep2", "C003", 0);

			// then
			assertThat(this.desk.candidateUsers(this.desk.task(own, "Task_ApproveOrder"))).doesNotContain("rep2");
			assertThat(audit(own, "SUBSTITUTION_REFUSED")).singleElement()
				.asString()
				.contains("nobody decides on their own order");
		}
		finally {
			this.identityService.deleteMembership("rep2", "sales-manager");
		}
	}

	@Test
	void shouldRecordTheDelegatesAnswerOnBehalfOfTheOwner() {
		// given
		String number = this.desk.orderAwaitingApproval("rep1", "C001", 0);
		Task approval = this.desk.task(number, "Task_ApproveOrder");
		this.identityService.setAuthentication("manager", List.of("sales-manager"));
		try {
			assertThatThrownBy(() -> this.delegations.delegate(approval.getId(), "rep2", "Away", "manager"))
				.isInstanceOf(InvalidRequestException.class)
				.extracting((ex) -> ((InvalidRequestException) ex).errors())
				.asList()
				.extracting("message")
				.containsExactly("rep2 does not hold the role sales-manager or a higher one");

			// when
			this.delegations.delegate(approval.getId(), "director", "On a customer visit", "manager");
		}
		finally {
			this.identityService.clearAuthentication();
		}
		this.desk.as("director", "sales-director",
				() -> this.formService.submitTaskForm(approval.getId(), Map.of("approvalDecision", "APPROVE")));

		// then: back with its owner, who completes it
		Task resolved = this.desk.task(number, "Task_ApproveOrder");
		assertThat(resolved.getAssignee()).isEqualTo("manager");
		assertThat(audit(number, "DELEGATE_RESOLVED")).singleElement()
			.asString()
			.startsWith("director: ")
			.contains("on behalf of manager", "approvalDecision=APPROVE");
		this.desk.complete(resolved, "manager", "sales-manager", Map.of());
		assertThat(this.desk.task(number, "Task_RecordSignedContract")).isNotNull();
		assertThat(audit(number, "TASK_DELEGATED")).singleElement()
			.asString()
			.isEqualTo("manager: " + resolved.getName() + ": delegated by manager to director: On a customer visit");
	}

	private List<FieldError> checkAs(String user, String role, AbsenceRequest request) {
		this.identityService.setAuthentication(user, List.of(role));
		try {
			return this.absenceCheck.check(request);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private List<String> audit(String number, String action) {
		return this.jdbc.queryForList(
				"select actor || ': ' || detail from audit_log where subject_id = ? and action = ? order by id",
				String.class, number, action);
	}

}
