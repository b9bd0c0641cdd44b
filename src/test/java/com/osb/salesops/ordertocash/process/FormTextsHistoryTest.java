package com.osb.salesops.ordertocash.process;

import java.util.List;
import java.util.Map;

import com.osb.salesops.support.ProcessTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine keeps full history (level 3 in the database) except the texts a task sets
 * for its form alone: the task shows them, the history has every other variable.
 */
@ProcessTest
class FormTextsHistoryTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	OrderScenario order;

	@BeforeEach
	void freshCredit() {
		BpmnAwareTests.init(this.processEngine);
		this.jdbc.update("update credit_profile set committed_amount = 0");
		this.order = new OrderScenario(this.context);
	}

	@Test
	void shouldShowATasksFormTextsWithoutKeepingThemInTheHistory() {
		// given
		this.order.submit("C001", "P-300", 10, 480, 0);
		Task review = this.taskService.createTaskQuery()
			.processInstanceBusinessKey(this.order.number)
			.taskDefinitionKey("Task_ReviewContract")
			.singleResult();
		// when
		Map<String, Object> shown = this.taskService.getVariablesLocal(review.getId());
		this.order.complete("Task_ReviewContract", "assistant", "sales-assistant", Map.of("contractReviewed", true));
		// then
		assertThat(shown).containsKeys("dueText", "contractFileUrl");
		List<String> kept = this.jdbc.queryForList(
				"select v.NAME_ from ACT_HI_VARINST v join ACT_HI_PROCINST p"
						+ " on p.ID_ = v.ROOT_PROC_INST_ID_ where p.BUSINESS_KEY_ = ?",
				String.class, this.order.number);
		assertThat(kept).contains("orderNumber", "orderTotal", "contractReviewed")
			.doesNotContain("dueText", "contractFileUrl");
		assertThat(this.jdbc.queryForObject("select count(*) from ACT_HI_DETAIL d join ACT_HI_PROCINST p"
				+ " on p.ID_ = d.ROOT_PROC_INST_ID_ where p.BUSINESS_KEY_ = ? and d.VAR_INST_ID_ not in"
				+ " (select ID_ from ACT_HI_VARINST)", Long.class, this.order.number))
			.isZero();
		assertThat(this.managementService.getHistoryLevel()).isEqualTo(3);
		assertThat(
				((ProcessEngineConfigurationImpl) this.processEngine.getProcessEngineConfiguration()).getHistoryLevel()
					.getName())
			.isEqualTo("full-without-form-texts");
	}

}
