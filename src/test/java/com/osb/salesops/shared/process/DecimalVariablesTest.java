package com.osb.salesops.shared.process;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.osb.salesops.support.ProcessTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An exact decimal in a process variable is kept as its digits in the variable's text
 * column, read back exactly, and seen by readers as the JSON object it was; other objects
 * are kept as before.
 */
@ProcessTest
class DecimalVariablesTest {

	private static final String KEY = "decimal-variables-test";

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void aProcessThatWaits() {
		if (this.repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
			this.repositoryService.createDeployment()
				.addModelInstance(KEY + ".bpmn",
						Bpmn.createExecutableProcess(KEY)
							.camundaHistoryTimeToLive(1)
							.startEvent()
							.userTask("Task_Wait")
							.endEvent()
							.done())
				.deploy();
		}
	}

	@Test
	void shouldKeepADecimalAsItsDigitsAndReadItBackExactly() {
		// given
		String id = this.runtimeService
			.startProcessInstanceByKey(KEY,
					Map.of("total", new BigDecimal("4800.00"), "rate", new BigDecimal("1E+3"), "lines",
							List.of("a", "b")))
			.getId();
		// when
		Object total = this.runtimeService.getVariable(id, "total");
		ObjectValue serialized = this.runtimeService.getVariableTyped(id, "total", false);
		// then
		assertThat(total).isEqualTo(new BigDecimal("4800.00"));
		assertThat(this.runtimeService.getVariable(id, "rate")).isEqualTo(new BigDecimal("1E+3"));
		assertThat(serialized.getValueSerialized()).isEqualTo("4800.00");
		assertThat(serialized.getObjectTypeName()).isEqualTo("java.math.BigDecimal");
		assertThat(serialized.getSerializationDataFormat()).isEqualTo("application/json");
		assertThat(this.jdbc.queryForMap(
				"select TYPE_, TEXT_, BYTEARRAY_ID_ from ACT_RU_VARIABLE where PROC_INST_ID_ = ? and NAME_ = 'total'",
				id))
			.containsEntry("TYPE_", "decimal")
			.containsEntry("TEXT_", "4800.00")
			.containsEntry("BYTEARRAY_ID_", null);
		assertThat(this.jdbc.queryForObject(
				"select TYPE_ from ACT_RU_VARIABLE where PROC_INST_ID_ = ? and NAME_ = 'lines'", String.class, id))
			.isEqualTo("spin://application/json");
		assertThat(this.historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(id)
			.variableName("total")
			.singleResult()
			.getValue()).isEqualTo(new BigDecimal("4800.00"));
	}

	@Test
	void shouldTakeADecimalSentSerializedAndRefuseOneThatIsNot() {
		// given
		String id = this.runtimeService.startProcessInstanceByKey(KEY).getId();
		// when
		this.runtimeService.setVariable(id, "sent",
				Variables.serializedObjectValue("12.50")
					.objectTypeName("java.math.BigDecimal")
					.serializationDataFormat("application/json")
					.create());
		// then
		assertThat(this.runtimeService.getVariable(id, "sent")).isEqualTo(new BigDecimal("12.50"));
		assertThatThrownBy(() -> this.runtimeService.setVariable(id, "wrong",
				Variables.serializedObjectValue("twelve")
					.objectTypeName("java.math.BigDecimal")
					.serializationDataFormat("application/json")
					.create()))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("'wrong' is not a decimal");
		assertThat(this.runtimeService.getVariable(id, "wrong")).isNull();
	}

}
