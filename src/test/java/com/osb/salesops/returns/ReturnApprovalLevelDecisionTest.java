package com.osb.salesops.returns;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the return-approval-level decision against the policy's example and a row on each
 * side of every threshold, kept in {@code rules/return-approval-level.examples.csv}.
 */
class ReturnApprovalLevelDecisionTest {

	private static final String DMN_RESOURCE = "/rules/return-approval-level.dmn";

	private static final List<DmnDecisionEvaluationEvent> evaluations = new ArrayList<>();

	private static DmnEngine dmnEngine;

	private static DmnDecision returnApprovalLevel;

	@BeforeAll
	static void parseDecision() throws IOException {
		DmnDecisionEvaluationListener recorder = evaluations::add;
		dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
			.customPostDecisionEvaluationListeners(List.of(recorder))
			.buildEngine();
		try (InputStream dmn = ReturnApprovalLevelDecisionTest.class.getResourceAsStream(DMN_RESOURCE)) {
			assertThat(dmn).as(DMN_RESOURCE).isNotNull();
			returnApprovalLevel = dmnEngine.parseDecision("return-approval-level", dmn);
		}
	}

	@BeforeEach
	void forgetEvaluations() {
		evaluations.clear();
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvFileSource(resources = "/return-approval-level.examples.csv", useHeadersInDisplayName = true)
	void evaluatesExample(String example, BigDecimal returnValue, BigDecimal orderNetTotal, String approvalLevel) {
		// given
		VariableMap inputs = Variables.createVariables()
			.putValue("returnValue", number(returnValue))
			.putValue("orderNetTotal", number(orderNetTotal));

		// when
		String result = dmnEngine.evaluateDecision(returnApprovalLevel, inputs).getSingleEntry();

		// then
		assertThat(result).as("approvalLevel").isEqualTo(approvalLevel);
	}

	@Test
	void valueRuleFiresFirstWhenBothDirectorRulesMatch() {
		// given
		VariableMap inputs = Variables.createVariables()
			.putValue("returnValue", 60_000L)
			.putValue("orderNetTotal", 100_000L);

		// when
		dmnEngine.evaluateDecision(returnApprovalLevel, inputs);

		// then
		assertThat(evaluations).hasSize(1);
		DmnDecisionTableEvaluationEvent table = (DmnDecisionTableEvaluationEvent) evaluations.get(0)
			.getDecisionResult();
		assertThat(table.getMatchingRules()).extracting(DmnEvaluatedDecisionRule::getId)
			.containsExactly("Rule_DirectorValue");
	}

	private static Object number(BigDecimal value) {
		if (value.scale() > 0) {
			return value.doubleValue();
		}
		return value.longValueExact();
	}

}
