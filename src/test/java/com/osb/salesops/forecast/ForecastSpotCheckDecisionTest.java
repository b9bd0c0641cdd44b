package com.osb.salesops.forecast;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spot-check rules of the forecast and its deadline against their examples: a row on
 * each side of the 30% pipeline and 50% last-year thresholds, and the 3rd of the month.
 */
class ForecastSpotCheckDecisionTest {

	private static DmnEngine dmnEngine;

	private static Map<String, DmnDecision> decisions;

	@BeforeAll
	static void parseDecisions() throws IOException {
		dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		decisions = Map.of("forecast-pipeline-check", parse("forecast-pipeline-check"), "forecast-last-year-check",
				parse("forecast-last-year-check"), "forecast-deadline", parse("forecast-deadline"));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvFileSource(resources = "/forecast-pipeline-check.examples.csv", useHeadersInDisplayName = true)
	void pipelineCheck(String example, Double pipelineDeviation, Double forecastAmount, boolean flagged,
			String reason) {
		// given
		VariableMap inputs = Variables.createVariables()
			.putValue("pipelineDeviation", pipelineDeviation)
			.putValue("forecastAmount", forecastAmount);

		// when
		DmnDecisionResultEntries result = dmnEngine.evaluateDecision(decisions.get("forecast-pipeline-check"), inputs)
			.getSingleResult();

		// then
		assertThat((Boolean) result.getEntry("flagged")).as("flagged").isEqualTo(flagged);
		assertThat((String) result.getEntry("reason")).as("reason").isEqualTo(reason);
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvFileSource(resources = "/forecast-last-year-check.examples.csv", useHeadersInDisplayName = true)
	void lastYearCheck(String example, Double lastYearDeviation, boolean flagged, String reason) {
		// given
		VariableMap inputs = Variables.createVariables().putValue("lastYearDeviation", lastYearDeviation);

		// when
		DmnDecisionResultEntries result = dmnEngine.evaluateDecision(decisions.get("forecast-last-year-check"), inputs)
			.getSingleResult();

		// then
		assertThat((Boolean) result.getEntry("flagged")).as("flagged").isEqualTo(flagged);
		assertThat((String) result.getEntry("reason")).as("reason").isEqualTo(reason);
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvFileSource(resources = "/forecast-deadline.examples.csv", useHeadersInDisplayName = true)
	void deadline(String example, int month, int deadlineDay, int escalationBusinessDays, int revisionBusinessDays) {
		// given
		VariableMap inputs = Variables.createVariables().putValue("month", month);

		// when
		DmnDecisionResultEntries result = dmnEngine.evaluateDecision(decisions.get("forecast-deadline"), inputs)
			.getSingleResult();

		// then
		assertThat(((Number) result.getEntry("deadlineDay")).intValue()).isEqualTo(deadlineDay);
		assertThat(((Number) result.getEntry("escalationBusinessDays")).intValue()).isEqualTo(escalationBusinessDays);
		assertThat(((Number) result.getEntry("revisionBusinessDays")).intValue()).isEqualTo(revisionBusinessDays);
	}

	private static DmnDecision parse(String key) throws IOException {
		try (InputStream dmn = ForecastSpotCheckDecisionTest.class.getResourceAsStream("/rules/" + key + ".dmn")) {
			assertThat(dmn).as(key).isNotNull();
			return dmnEngine.parseDecision(key, dmn);
		}
	}

}
