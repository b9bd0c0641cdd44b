package com.osb.salesops.approvals.api;

import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.approvals.DeadlineRules;
import com.osb.salesops.approvals.TaskDeadlines;
import com.osb.salesops.approvals.TaskDeadlines.TaskDeadline;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.time.BusinessCalendar;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestClock;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month of orders on PostgreSQL, with one sales manager away for a week and his sales
 * director standing in: every business day the rep takes orders in the morning, the
 * assistant reviews their contracts before noon and the approvers who are in approve in
 * the afternoon. The engine's clock moves through the month and the rounds of the
 * task-deadlines process run at each step. No order waits longer than its escalation
 * deadline, the week of the absence included, and the substitute is offered the tasks
 * during the absence only.
 */
class ApprovalMonthPostgresIT extends PostgresIntegrationTest {

	private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 16);

	private static final LocalDate AWAY_FROM = LocalDate.of(2026, 11, 23);

	private static final LocalDate AWAY_TO = LocalDate.of(2026, 11, 27);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	ManagementService managementService;

	@Autowired
	TaskService taskService;

	@Autowired
	TaskDeadlines deadlines;

	@Autowired
	DeadlineRules rules;

	@Autowired
	BusinessCalendar calendar;

	String customer;

	String sku;

	@BeforeEach
	void companyAndPeople() {
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		OrderDesk.hireCrew(this.identityService);
		TestUsers.ensure(this.identityService, "amon", Roles.SALES_REP);
		TestUsers.ensure(this.identityService, "aman", Roles.SALES_MANAGER);
		TestUsers.ensure(this.identityService, "adir", Roles.SALES_DIRECTOR);
		if (this.jdbc.queryForObject("select count(*) from market where id = 'AM'", Integer.class) == 0) {
			this.jdbc.update("insert into market (id, name, manager_user_id) values ('AM', 'Approval market', 'adir')");
			this.jdbc.update("insert into region (id, market_id, name, manager_user_id)"
					+ " values ('AR1', 'AM', 'Approval region', 'aman')");
			this.jdbc.update("insert into sales_rep (id, region_id, user_id, name, hired_on)"
					+ " values ('A01', 'AR1', 'amon', 'Amon', ?)", Date.valueOf(FIRST_DAY.minusYears(3)));
		}
		long id = customers.customer("A01");
		customers.profile(id, "A", "240000.00", "NET60");
		this.customer = customers.code(id);
		this.sku = customers.product();
	}

	@AfterEach
	void realTime() {
		TestClock.reset();
	}

	@Test
	void aMonthOfOrdersWithTheManagerAwayForAWeekWaitsNowhereLongerThanItsEscalationDeadline() throws Exception {
		// given: the manager records his absence, his director standing in
		moveTo(FIRST_DAY, LocalTime.of(9, 0));
		HttpResponse<String> absence = as("aman").postJson("/api/absences", """
				{"from": "%s", "to": "%s", "substitute": "adir", "reason": "Trade fair"}""".formatted(AWAY_FROM,
				AWAY_TO));
		assertThat(absence.statusCode()).as(absence.body()).isEqualTo(201);
		List<String> orders = new ArrayList<>();

		// when: four weeks of business days
		for (LocalDate day = FIRST_DAY; day.isBefore(FIRST_DAY.plusWeeks(4)); day = day.plusDays(1)) {
			if (!this.calendar.isBusinessDay(day)) {
				continue;
			}
			boolean away = !day.isBefore(AWAY_FROM) && !day.isAfter(AWAY_TO);
			moveTo(day, LocalTime.of(9, 30));
			List<String> today = new ArrayList<>();
			int count = (day.getDayOfWeek() == DayOfWeek.MONDAY) ? 2 : 1;
			for (int i = 0; i < count; i++) {
				today.add(submit((orders.size() + i) % 3 == 0 ? 15 : 0));
			}
			orders.addAll(today);
			moveTo(day, LocalTime.of(11, 0));
			for (String number : today) {
				desk().complete("asha", number, "Task_ReviewContract", "{\"contractReviewed\": {\"value\": true}}");
			}
			moveTo(day, LocalTime.of(16, 0));
			for (int round = 0; round < 2; round++) {
				for (String approver : away ? List.of("adir") : List.of("aman", "adir")) {
					approveWhatWaitsFor(approver, orders);
				}
			}
		}
		moveTo(FIRST_DAY.plusWeeks(4), LocalTime.of(9, 30));

		// then: every approval and review closed before its escalation deadline
		List<TaskDeadline> watched = new ArrayList<>();
		for (String number : orders) {
			watched.addAll(this.jdbc
				.queryForList("select task_id from task_deadline where subject_id = ?", String.class, number)
				.stream()
				.map((taskId) -> this.deadlines.find(taskId).orElseThrow())
				.toList());
		}
		assertThat(orders).hasSize(24);
		assertThat(watched).extracting(TaskDeadline::taskKey).contains("Task_ReviewContract", "Task_ApproveOrder");
		for (TaskDeadline deadline : watched) {
			Instant escalation = this.rules.escalation(deadline.createdAt().toInstant(), deadline.deadline());
			assertThat(deadline.closedAt()).as("%s of %s closed", deadline.taskKey(), deadline.subjectId()).isNotNull();
			assertThat(deadline.closedAt().toInstant())
				.as("%s of %s waited past its escalation deadline", deadline.taskKey(), deadline.subjectId())
				.isBeforeOrEqualTo(escalation);
			assertThat(deadline.escalations()).isZero();
		}
		assertThat(orders).allSatisfy((number) -> assertThat(this.jdbc
			.queryForObject("select count(*) from task_deadline where subject_id = ? and task_key = 'Task_ApproveOrder'"
					+ " and closed_at is not null", Integer.class, number))
			.as("approvals of %s", number)
			.isPositive());
		// and: the director stood in during the week of the absence only
		List<Map<String, Object>> byTheSubstitute = this.jdbc.queryForList(
				"select d.closed_at from task_deadline d where d.closed_by = 'adir'"
						+ " and d.required_group = 'sales-manager' and d.subject_id in (" + placeholders(orders) + ")",
				orders.toArray());
		assertThat(byTheSubstitute).isNotEmpty()
			.allSatisfy((row) -> assertThat(businessDate(row.get("closed_at"))).isBetween(AWAY_FROM, AWAY_TO));
		assertThat(this.jdbc.queryForObject("select count(*) from task_substitution s join task_deadline d"
				+ " on d.task_id = s.task_id where s.substitute_user_id = 'adir' and d.subject_id in ("
				+ placeholders(orders) + ")", Integer.class, orders.toArray()))
			.isEqualTo(byTheSubstitute.size());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where action = 'COMPLETED_BY_SUBSTITUTE'"
						+ " and actor = 'adir' and subject_id in (" + placeholders(orders) + ")",
				Integer.class, orders.toArray()))
			.isEqualTo(byTheSubstitute.size());
		JsonNode report = Http.json(as("adir").get("/api/approvals/bottlenecks?from=2026-11-01&to=2026-12-31"), 200);
		assertThat(report.toString()).contains("adir", "aman");
		// each task, role and person named in the reader's words
		JsonNode chinese = Http
			.json(as("adir").inLanguage("zh-CN").get("/api/approvals/bottlenecks?from=2026-11-01&to=2026-12-31"), 200);
		assertThat(names(chinese.get("byTask"))).containsEntry("Task_ApproveOrder", "审批订单")
			.containsEntry("Task_ReviewContract", "审核合同");
		assertThat(names(chinese.get("byRole"))).containsEntry("sales-manager", "销售经理");
		assertThat(names(chinese.get("byPerson"))).containsEntry("adir", "adir");
		JsonNode noProduct = Http
			.json(as("adir").get("/api/approvals/bottlenecks?from=2026-11-01&to=2026-12-31&product=P-NONE"), 200);
		assertThat(noProduct.get("byTask")).isEmpty();
		assertThat(as("adir").get("/api/approvals/bottlenecks?rep=NOBODY").statusCode()).isEqualTo(404);
		assertThat(as("adir").get("/api/approvals/bottlenecks?channel=PHONE").statusCode()).isEqualTo(422);
	}

	private static Map<String, String> names(JsonNode lines) {
		Map<String, String> names = new LinkedHashMap<>();
		lines.forEach((line) -> names.put(line.path("key").asText(), line.path("name").asText()));
		return names;
	}

	private String submit(int discount) {
		HttpResponse<String> submitted = as("amon").postJson("/api/orders", """
				{"customerCode": "%s", "lines": [{"sku": "%s", "quantity": 2, "unitPrice": 600,
				 "discountPercent": %d}]}""".formatted(this.customer, this.sku, discount));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
		return Http.json(submitted, 201).get("number").asText();
	}

	/** The approver approves every approval of the orders that waits for them. */
	private void approveWhatWaitsFor(String approver, List<String> orders) throws Exception {
		for (String number : orders) {
			String taskId = desk().taskId(approver, number, "Task_ApproveOrder");
			if (taskId != null && visibleTo(approver, taskId)) {
				HttpResponse<String> done = as(approver).postJson("/engine-rest/task/" + taskId + "/complete",
						"{\"variables\": {\"approvalDecision\": {\"value\": \"APPROVE\"}}}");
				assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
			}
		}
	}

	/**
	 * Whether the task is the approver's own work: offered to them by name, or of their
	 * level's group for the region or market they are in charge of.
	 */
	private boolean visibleTo(String approver, String taskId) {
		Integer named = this.jdbc.queryForObject(
				"select count(*) from act_ru_identitylink where task_id_ = ? and user_id_ = ?", Integer.class, taskId,
				approver);
		Object level = this.taskService.getVariable(taskId, "approverGroup");
		boolean ownLevel = ("aman".equals(approver) && Roles.SALES_MANAGER.equals(level))
				|| ("adir".equals(approver) && Roles.SALES_DIRECTOR.equals(level));
		return named > 0 || ownLevel;
	}

	/**
	 * Moves the clock to the business day and time and runs a round of task-deadlines.
	 */
	private void moveTo(LocalDate day, LocalTime time) {
		java.util.Date moment = java.util.Date.from(day.atTime(time).atZone(TestClock.BUSINESS_ZONE).toInstant());
		ClockUtil.setCurrentTime(moment);
		for (Job round : this.managementService.createJobQuery()
			.processDefinitionKey("task-deadlines")
			.duedateLowerThan(moment)
			.list()) {
			try {
				this.managementService.executeJob(round.getId());
			}
			catch (ProcessEngineException ranMeanwhile) {
				// the job executor took this round at the same moment
			}
		}
	}

	private OrderDesk desk() {
		return new OrderDesk(this.port);
	}

	private Http as(String user) {
		return new Http(this.port).as(user);
	}

	private static String placeholders(List<String> values) {
		return String.join(",", values.stream().map((value) -> "?").toList());
	}

	private static LocalDate businessDate(Object timestamp) {
		return ((Timestamp) timestamp).toInstant().atZone(TestClock.BUSINESS_ZONE).toLocalDate();
	}

}
