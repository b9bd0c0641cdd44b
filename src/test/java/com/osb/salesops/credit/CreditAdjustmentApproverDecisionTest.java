package com.osb.salesops.credit;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who approves a manual credit adjustment, on each side of the 20% and 50% bands and of
 * the 50,000 ceiling when there is no formula limit
 * ({@code rules/credit-adjustment-approver.examples.csv}).
 */
class CreditAdjustmentApproverDecisionTest {

	private static DmnEngine dmnEngine;

	private static DmnDecision approver;

	@BeforeAll
	static void parseDecision() throws IOException {
		dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream dmn = CreditAdjustmentApproverDecisionTest.class
			.getResourceAsStream("/rules/credit-adjustment-approver.dmn")) {
			approver = dmnEngine.parseDecision("credit-adjustment-approver", dmn);
		}
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvFileSource(resources = "/credit-adjustment-approver.examples.csv", useHeadersInDisplayName = true)
	void evaluatesExample(String example, BigDecimal manualAdjustment, BigDecimal formulaLimit,
			String adjustmentApprover) {
		// given
		VariableMap inputs = Variables.createVariables()
			.putValue("manualAdjustment", manualAdjustment.doubleValue())
			.putValue("formulaLimit", formulaLimit.longValueExact());

		// when
		String result = dmnEngine.evaluateDecision(approver, inputs).getSingleEntry();

		// then
		assertThat(result).as("adjustmentApprover").isEqualTo(adjustmentApprover);
	}

}
