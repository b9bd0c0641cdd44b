package com.osb.salesops.customercare.process;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;

import com.osb.salesops.support.ProcessTest;
import com.osb.salesops.support.TestClock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

/**
 * The daily compliance check: one task per rep listing what to fix, kept up to date by
 * the next check and closed by it once the rep's customers are compliant again.
 */
@ProcessTest
class ComplianceCheckProcessTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(this.processEngine);
	}

	@Test
	void shouldOpenOneTaskForTheRepAndCloseItOnceTheRepsCustomersAreCompliant() {
		// given: rep1's first customer was never visited
		this.jdbc.update("delete from customer_contact_log where customer_id in"
				+ " (select id from customer where rep_id = 'R01')");
		runTheDailyCheck();
		ProcessInstance task = repTask("R01");
		assertThat(task).isWaitingAt("Task_FixFindings");
		assertThat(BpmnAwareTests.task(task)).hasCandidateUser("rep1");
		// in the company's language, as every form's facts: the rule's name and the last
		// contact
		assertThat((String) runtimeService().getVariable(task.getId(), "findingsText"))
			.contains("C001 华信电子有限公司：拜访逾期：重点客户至少每 30 天拜访一次；没有拜访或会面记录")
			.doesNotContain("visited");
		assertThat(runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("rep-compliance")
			.processInstanceBusinessKey("compliance-R01")
			.count()).as("one task per rep, however many findings").isOne();

		// when: every customer of rep1 visited today with its logistics confirmed
		for (Long customer : this.jdbc.queryForList("select id from customer where rep_id = 'R01'", Long.class)) {
			this.jdbc.update("insert into customer_contact_log (customer_id, contact_date, contact_type, contacts_met,"
					+ " logistics_confirmed, recorded_by, recorded_at) values (?, ?, 'VISIT', 'Wang Li', true, 'rep1', ?)",
					customer, Date.valueOf(TestClock.today()), Timestamp.from(TestClock.now()));
		}
		runTheDailyCheck();

		// then
		assertThat(task).isEnded().hasPassed("EndEvent_Compliant").hasNotPassed("EndEvent_FixesReported");
		assertThat(this.jdbc.queryForList(
				"select action from audit_log where subject_type = 'rep' and subject_id = 'R01' order by id",
				String.class))
			.endsWith("COMPLIANCE_TASK_OPENED", "COMPLIANCE_TASK_CLOSED");
	}

	private void runTheDailyCheck() {
		Job morning = managementService().createJobQuery()
			.processDefinitionKey("compliance-check")
			.timers()
			.singleResult();
		managementService().executeJob(morning.getId());
		List<Job> checks = managementService().createJobQuery()
			.processDefinitionKey("compliance-check")
			.messages()
			.list();
		checks.forEach((check) -> managementService().executeJob(check.getId()));
	}

	private ProcessInstance repTask(String repId) {
		return runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("rep-compliance")
			.processInstanceBusinessKey("compliance-" + repId)
			.singleResult();
	}

}
