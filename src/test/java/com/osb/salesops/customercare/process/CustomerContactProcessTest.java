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
 * A visit, call or meeting recorded in Tasklist: its next step becomes the rep's task on
 * its date, with the engine's clock moved there; a contact without a next step ends at
 * once; another rep's customer is refused and nothing is kept.
 */
@ProcessTest
class CustomerContactProcessTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

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
	void shouldOfferTheNextStepToTheCustomersRepOnItsDate() {
		// given: the assistant records a visit of rep1's customer
		LocalDate friday = TestClock.today().plusDays(4);
		ProcessInstance contact = start("assistant", "sales-assistant",
				contact("C002", "VISIT", "Send the price list for 2027", friday.toString()));
		assertThat(contact).isWaitingAt("IntermediateEvent_NextStepDue");
		Job due = managementService().createJobQuery().processInstanceId(contact.getId()).timers().singleResult();
		assertThat(due.getDuedate())
			.isEqualTo(Date.from(OffsetDateTime.of(friday.atTime(9, 0), ZoneOffset.ofHours(8)).toInstant()));

		// when
		ClockUtil.setCurrentTime(due.getDuedate());
		BpmnAwareTests.execute(due);

		// then
		assertThat(BpmnAwareTests.task(contact)).hasDefinitionKey("Task_TakeNextStep")
			.hasCandidateUser("rep1")
			.hasDueDate(due.getDuedate());
		assertThat(BpmnAwareTests.task(contact).getName()).isEqualTo("Take next step: 北方机械有限公司");
		complete(contact, "rep1", Map.of("nextStepOutcome", "Price list sent by mail"));
		assertThat(contact).isEnded().hasPassed("EndEvent_NextStepTaken");
		assertThat(this.jdbc.queryForMap("select l.contact_type, l.next_step, l.recorded_by, l.logistics_confirmed"
				+ " from customer_contact_log l where l.id = ?", contactId(contact)))
			.containsEntry("CONTACT_TYPE", "VISIT")
			.containsEntry("NEXT_STEP", "Send the price list for 2027")
			.containsEntry("RECORDED_BY", "assistant")
			.containsEntry("LOGISTICS_CONFIRMED", true);
		assertThat(audit("C002")).endsWith("CUSTOMER_CONTACT_RECORDED", "CUSTOMER_NEXT_STEP_TAKEN");
	}

	@Test
	void shouldRecordAContactWithoutNextStepAndEnd() {
		// when
		ProcessInstance contact = start("rep1", "sales-rep", contact("C001", "CALL", null, null));

		// then
		assertThat(contact).isEnded().hasPassed("Task_RecordContact", "EndEvent_ContactRecorded");
		assertThat(contactId(contact)).isPositive();
	}

	@Test
	void shouldRefuseAnotherRepsCustomerAndKeepNothing() {
		// given
		long before = this.jdbc.queryForObject("select count(*) from customer_contact_log", Long.class);

		// when / then
		assertThatThrownBy(() -> start("rep2", "sales-rep", contact("C001", "VISIT", "Call back", null)))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("nextStepDate: Give the date of the next step")
			.hasMessageContaining("customerCode: There is no customer C001 of yours");
		assertThat(this.jdbc.queryForObject("select count(*) from customer_contact_log", Long.class)).isEqualTo(before);
	}

	@Test
	void shouldAskForTheCustomerWhenNoneIsGiven() {
		assertThatThrownBy(() -> start("rep1", "sales-rep", contact(null, "VISIT", null, null)))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("customerCode: Give the customer's code")
			.hasMessageNotContaining("null");
	}

	private static Map<String, Object> contact(String customer, String type, String nextStep, String nextStepDate) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("customerCode", customer);
		variables.put("contactDate", TestClock.today().toString());
		variables.put("contactType", type);
		variables.put("contactsMet", "Wang Li (purchasing)");
		variables.put("notes", "Volumes for next year discussed");
		variables.put("nextStep", nextStep);
		variables.put("nextStepDate", nextStepDate);
		variables.put("logisticsConfirmed", true);
		return variables;
	}

	private ProcessInstance start(String user, String role, Map<String, Object> variables) {
		this.identityService.setAuthentication(user, List.of(role));
		try {
			return runtimeService().startProcessInstanceByKey("customer-contact", variables);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private void complete(ProcessInstance contact, String user, Map<String, Object> variables) {
		Task task = taskService().createTaskQuery().processInstanceId(contact.getId()).singleResult();
		this.identityService.setAuthentication(user, List.of("sales-rep"));
		try {
			taskService().complete(task.getId(), variables);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private long contactId(ProcessInstance contact) {
		return (Long) BpmnAwareTests.historyService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(contact.getId())
			.variableName("contactId")
			.singleResult()
			.getValue();
	}

	private List<String> audit(String code) {
		return this.jdbc.queryForList(
				"select action from audit_log where subject_type = 'customer' and subject_id = ? order by id",
				String.class, code);
	}

}
