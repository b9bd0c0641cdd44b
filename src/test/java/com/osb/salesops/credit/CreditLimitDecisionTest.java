package com.osb.salesops.credit;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
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
 * Runs the credit-limit DRG against the worked examples of the credit policy and a row on
 * each side of every threshold, kept in {@code rules/credit-limit.examples.csv}.
 */
class CreditLimitDecisionTest {

	private static final String DMN_RESOURCE = "/rules/credit-limit.dmn";

	private static final List<DmnDecisionEvaluationEvent> evaluations = new ArrayList<>();

	private static DmnEngine dmnEngine;

	private static DmnDecision creditLimit;

	@BeforeAll
	static void parseDecisions() throws IOException {
		DmnDecisionEvaluationListener recorder = evaluations::add;
		dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
			.customPostDecisionEvaluationListeners(List.of(recorder))
			.buildEngine();
		try (InputStream dmn = CreditLimitDecisionTest.class.getResourceAsStream(DMN_RESOURCE)) {
			assertThat(dmn).as(DMN_RESOURCE).isNotNull();
			creditLimit = dmnEngine.parseDecision("credit-limit", dmn);
		}
	}

	@BeforeEach
	void forgetEvaluations() {
		evaluations.clear();
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvFileSource(resources = "/credit-limit.examples.csv", useHeadersInDisplayName = true)
	void evaluatesExample(String example, BigDecimal trailing12mNetSales, BigDecimal avgDaysLate,
			BigDecimal maxOverdueDays, BigDecimal yearsAsCustomer, String growthPotential, String grade,
			BigDecimal monthsOfCover, BigDecimal growthFactor, BigDecimal formulaLimit, String paymentTerms) {
		// given
		VariableMap inputs = Variables.createVariables()
			.putValue("trailing12mNetSales", number(trailing12mNetSales))
			.putValue("avgDaysLate", number(avgDaysLate))
			.putValue("maxOverdueDays", number(maxOverdueDays))
			.putValue("yearsAsCustomer", number(yearsAsCustomer))
			.putValue("growthPotential", growthPotential);

		// when
		DmnDecisionResultEntries result = dmnEngine.evaluateDecision(creditLimit, inputs).getSingleResult();

		// then
		assertThat((String) result.getEntry("grade")).as("grade").isEqualTo(grade);
		assertThat(decimal(result.getEntry("monthsOfCover"))).as("monthsOfCover").isEqualByComparingTo(monthsOfCover);
		assertThat(decimal(result.getEntry("growthFactor"))).as("growthFactor").isEqualByComparingTo(growthFactor);
		assertThat(decimal(result.getEntry("formulaLimit"))).as("formulaLimit").isEqualByComparingTo(formulaLimit);
		assertThat((String) result.getEntry("paymentTerms")).as("paymentTerms").isEqualTo(paymentTerms);
	}

	@Test
	void gradeERuleFiresFirstForWorkedExample5() {
		// given
		VariableMap inputs = Variables.createVariables()
			.putValue("trailing12mNetSales", 3_000_000L)
			.putValue("avgDaysLate", 2L)
			.putValue("maxOverdueDays", 95L)
			.putValue("yearsAsCustomer", 10L)
			.putValue("growthPotential", "MEDIUM");

		// when
		dmnEngine.evaluateDecision(creditLimit, inputs);

		// then
		assertThat(evaluations).hasSize(1);
		assertThat(matchedRuleIds(evaluations.get(0))).containsEntry("credit-grade", List.of("Rule_GradeE"))
			.containsEntry("credit-terms", List.of("Rule_TermsE"))
			.containsEntry("growth-factor", List.of("Rule_GrowthMedium"))
			.containsEntry("credit-limit", List.of("Rule_FormulaLimit"));
	}

	private static Map<String, List<String>> matchedRuleIds(DmnDecisionEvaluationEvent evaluation) {
		List<DmnDecisionLogicEvaluationEvent> decisions = new ArrayList<>(evaluation.getRequiredDecisionResults());
		decisions.add(evaluation.getDecisionResult());
		return decisions.stream()
			.map(DmnDecisionTableEvaluationEvent.class::cast)
			.collect(Collectors.toMap((table) -> table.getDecision().getKey(),
					(table) -> table.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList()));
	}

	private static Object number(BigDecimal value) {
		if (value.scale() > 0) {
			return value.doubleValue();
		}
		return value.longValueExact();
	}

	private static BigDecimal decimal(Object value) {
		return new BigDecimal(((Number) value).toString());
	}

}
