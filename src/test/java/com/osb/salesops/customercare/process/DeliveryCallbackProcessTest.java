package com.osb.salesops.customercare.process;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.support.ProcessTest;
import com.osb.salesops.support.TestClock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
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
 * The callback after delivery, path by path, with the engine's clock moved to each call:
 * a satisfied customer, a low score and the sales manager's follow-up, and a customer who
 * cannot be reached three times. Delivery is confirmed on Monday 2026-11-16.
 */
@ProcessTest
class DeliveryCallbackProcessTest {

	private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	private static int orders;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(this.processEngine);
	}

	@AfterEach
	void resetClock() {
		this.identityService.clearAuthentication();
		TestClock.reset();
	}

	@Test
	void shouldCallThreeBusinessDaysAfterDeliveryAndCloseWhenTheCustomerIsSatisfied() {
		// given
		ProcessInstance callback = start();
		assertThat(callback).isWaitingAt("IntermediateEvent_CallbackDue");
		assertThat(timer(callback).getDuedate()).isEqualTo(nineOn(THURSDAY));
		callWhenDue(callback);
		assertThat(BpmnAwareTests.task(callback)).hasDefinitionKey("Task_CallCustomer")
			.hasCandidateGroup("sales-assistant");

		// when
		call(callback, scores(4, 5, 4, false));

		// then
		assertThat(callback).isEnded()
			.hasPassedInOrder("Task_PlanCallback", "IntermediateEvent_CallbackDue", "Task_CallCustomer",
					"EndEvent_CallbackDone");
		assertThat(row(callback)).containsEntry("STATUS", "DONE")
			.containsEntry("DUE_ON", java.sql.Date.valueOf(THURSDAY))
			.containsEntry("DELIVERY_SCORE", 4)
			.containsEntry("FOLLOW_UP", false);
		assertThat(audit(callback)).containsExactly("CALLBACK_PLANNED", "CALLBACK_SCORED");
	}

	@Test
	void shouldOpenAFollowUpForTheSalesManagerWhenAScoreIsTwoOrLess() {
		// given
		ProcessInstance callback = start();
		callWhenDue(callback);
		call(callback, scores(4, 2, 5, false));
		assertThat(BpmnAwareTests.task(callback)).hasDefinitionKey("Task_FollowUp").hasCandidateGroup("sales-manager");
		assertThat(runtimeService().getVariable(callback.getId(), "callbackComments"))
			.isEqualTo("The valves leak at 40 bar");

		// when
		complete(callback, "manager", "sales-manager",
				Map.of("followUpOutcome", "Replacement seals sent; customer satisfied"));

		// then
		assertThat(callback).isEnded().hasPassed("Task_FollowUp", "EndEvent_FollowedUp");
		assertThat(row(callback)).containsEntry("STATUS", "DONE")
			.containsEntry("PRODUCT_SCORE", 2)
			.containsEntry("FOLLOW_UP", true)
			.containsEntry("FOLLOW_UP_OUTCOME", "Replacement seals sent; customer satisfied");
		assertThat(audit(callback)).containsExactly("CALLBACK_PLANNED", "CALLBACK_SCORED", "CALLBACK_FOLLOWED_UP");
		assertThat(detail(callback, "CALLBACK_SCORED"))
			.contains("Follow-up by the sales manager when any score is 2 or less");
	}

	@Test
	void shouldCallAgainEachBusinessDayAndCloseAsUnreachableAfterThreeFailedAttempts() {
		// given
		ProcessInstance callback = start();
		callWhenDue(callback);
		call(callback, Map.of("reached", false));
		assertThat(callback).isWaitingAt("IntermediateEvent_RetryDue");
		assertThat(timer(callback).getDuedate()).isEqualTo(nineOn(THURSDAY.plusDays(1)));
		callWhenDue(callback);
		call(callback, Map.of("reached", false));
		assertThat(timer(callback).getDuedate()).as("Friday's retry is on Monday")
			.isEqualTo(nineOn(THURSDAY.plusDays(4)));
		callWhenDue(callback);

		// when
		call(callback, Map.of("reached", false));

		// then
		assertThat(callback).isEnded().hasPassed("EndEvent_Unreachable").hasNotPassed("Task_FollowUp");
		assertThat(row(callback)).containsEntry("STATUS", "UNREACHABLE").containsEntry("FAILED_ATTEMPTS", 3);
		assertThat(audit(callback)).containsExactly("CALLBACK_PLANNED", "CALLBACK_ATTEMPT_FAILED",
				"CALLBACK_ATTEMPT_FAILED", "CALLBACK_UNREACHABLE");
	}

	@Test
	void shouldRefuseACallWithoutEveryScore() {
		// given
		ProcessInstance callback = start();
		callWhenDue(callback);
		Map<String, Object> incomplete = new HashMap<>(Map.of("reached", true, "deliveryScore", "4"));

		// when / then
		assertThatThrownBy(() -> call(callback, incomplete)).hasMessageContaining("productScore")
			.hasMessageContaining("serviceScore");
		assertThat(BpmnAwareTests.task(callback)).hasDefinitionKey("Task_CallCustomer");
		assertThat(row(callback)).containsEntry("STATUS", "OPEN").containsEntry("DELIVERY_SCORE", null);
	}

	private ProcessInstance start() {
		String order = "SC20261116DD9" + String.format("%03d", ++orders);
		ProcessInstance callback = runtimeService().startProcessInstanceByKey("delivery-callback", order,
				Map.of("orderNumber", order, "customerCode", "C001"));
		assertThat(callback).isWaitingAt("Task_PlanCallback");
		BpmnAwareTests.execute(BpmnAwareTests.job(callback));
		return callback;
	}

	private Job timer(ProcessInstance callback) {
		return managementService().createJobQuery().processInstanceId(callback.getId()).timers().singleResult();
	}

	private void callWhenDue(ProcessInstance callback) {
		Job timer = timer(callback);
		ClockUtil.setCurrentTime(timer.getDuedate());
		BpmnAwareTests.execute(timer);
	}

	private void call(ProcessInstance callback, Map<String, Object> variables) {
		complete(callback, "assistant", "sales-assistant", variables);
	}

	private void complete(ProcessInstance callback, String user, String role, Map<String, Object> variables) {
		Task task = taskService().createTaskQuery().processInstanceId(callback.getId()).singleResult();
		this.identityService.setAuthentication(user, List.of(role));
		try {
			taskService().complete(task.getId(), variables);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private static Map<String, Object> scores(int delivery, int product, int service, boolean followUp) {
		return Map.of("reached", true, "deliveryScore", String.valueOf(delivery), "productScore",
				String.valueOf(product), "serviceScore", String.valueOf(service), "callbackComments",
				"The valves leak at 40 bar", "followUpRequested", followUp);
	}

	private static Date nineOn(LocalDate day) {
		return Date.from(OffsetDateTime.of(day.atTime(9, 0), ZoneOffset.ofHours(8)).toInstant());
	}

	private Map<String, Object> row(ProcessInstance callback) {
		return this.jdbc.queryForMap("select * from delivery_callback where order_number = ?",
				callback.getBusinessKey());
	}

	private List<String> audit(ProcessInstance callback) {
		return this.jdbc.queryForList("select action from audit_log where subject_type = 'order' and subject_id = ?"
				+ " and action like 'CALLBACK%' order by id", String.class, callback.getBusinessKey());
	}

	private String detail(ProcessInstance callback, String action) {
		return this.jdbc.queryForObject(
				"select detail from audit_log where subject_type = 'order' and subject_id = ? and action = ?",
				String.class, callback.getBusinessKey(), action);
	}

}
