package com.osb.salesops.ordertocash.approval;

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
 * Runs the order-approval-level decision against a row on each side of every threshold of
 * the approval policy, kept in {@code rules/order-approval-level.examples.csv}.
 */
class OrderApprovalLevelDecisionTest {

	private static final String DMN_RESOURCE = "/rules/order-approval-level.dmn";

	private static final List<DmnDecisionEvaluationEvent> evaluations = new ArrayList<>();

	private static DmnEngine dmnEngine;

	private static DmnDecision orderApprovalLevel;

	@BeforeAll
	static void parseDecision() throws IOException {
		DmnDecisionEvaluationListener recorder = evaluations::add;
		dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
			.customPostDecisionEvaluationListeners(List.of(recorder))
			.buildEngine();
		try (InputStream dmn = OrderApprovalLevelDecisionTest.class.getResourceAsStream(DMN_RESOURCE)) {
			assertThat(dmn).as(DMN_RESOURCE).isNotNull();
			orderApprovalLevel = dmnEngine.parseDecision("order-approval-level", dmn);
		}
	}

	@BeforeEach
	void forgetEvaluations() {
		evaluations.clear();
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvFileSource(resources = "/order-approval-level.examples.csv", useHeadersInDisplayName = true)
	void evaluatesExample(String example, BigDecimal orderTotal, BigDecimal maxDiscountPercent, String grade,
			String approvalLevel) {
		// given
		VariableMap inputs = Variables.createVariables()
			.putValue("orderTotal", number(orderTotal))
			.putValue("maxDiscountPercent", number(maxDiscountPercent))
			.putValue("grade", grade);

		// when
		String result = dmnEngine.evaluateDecision(orderApprovalLevel, inputs).getSingleEntry();

		// then
		assertThat(result).as("approvalLevel").isEqualTo(approvalLevel);
	}

	@Test
	void discountRuleFiresFirstWhenEveryRuleMatches() {
		// given
		VariableMap inputs = Variables.createVariables()
			.putValue("orderTotal", 600_000L)
			.putValue("maxDiscountPercent", 30L)
			.putValue("grade", "E");

		// when
		dmnEngine.evaluateDecision(orderApprovalLevel, inputs);

		// then
		assertThat(evaluations).hasSize(1);
		DmnDecisionTableEvaluationEvent table = (DmnDecisionTableEvaluationEvent) evaluations.get(0)
			.getDecisionResult();
		assertThat(table.getMatchingRules()).extracting(DmnEvaluatedDecisionRule::getId)
			.containsExactly("Rule_GeneralManagerDiscount");
	}

	private static Object number(BigDecimal value) {
		if (value.scale() > 0) {
			return value.doubleValue();
		}
		return value.longValueExact();
	}

}
