package com.osb.salesops.receivables;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which collections actions are due at a number of days past due: every row reached
 * fires, in order, on each side of the 7, 30, 60 and 90 day thresholds and on the days of
 * POLICY section 6's worked example ({@code rules/collections-action.examples.csv}).
 */
class CollectionsActionDecisionTest {

	private static DmnEngine dmnEngine;

	private static DmnDecision decision;

	@BeforeAll
	static void parseDecision() throws IOException {
		dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream dmn = CollectionsActionDecisionTest.class
			.getResourceAsStream("/rules/collections-action.dmn")) {
			decision = dmnEngine.parseDecision("collections-action", dmn);
		}
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvFileSource(resources = "/collections-action.examples.csv", useHeadersInDisplayName = true)
	void evaluatesExample(String example, int daysPastDue, String action) {
		// given
		List<String> expected = (action != null) ? Arrays.asList(action.split(";")) : List.of();

		// when
		List<Object> actions = dmnEngine
			.evaluateDecision(decision, Variables.createVariables().putValue("daysPastDue", daysPastDue))
			.collectEntries("action");

		// then
		assertThat(actions).as("action").containsExactlyElementsOf(expected);
	}

}
