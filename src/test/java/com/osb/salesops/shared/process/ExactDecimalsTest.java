package com.osb.salesops.shared.process;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money and shares given to a decision table stay exact decimals: the table compares them
 * as they are and the engine's history records them as they are, never as a binary
 * floating-point number.
 */
class ExactDecimalsTest {

	private static final String DECISION = "order-approval-level";

	@Test
	void aDecisionsHistoryKeepsTheMoneyItWasGivenAsAnExactDecimal() throws Exception {
		// given
		StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
		configuration.setJdbcUrl("jdbc:h2:mem:decimals-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		configuration.setJobExecutorActivate(false);
		configuration.setHistory("full");
		configuration.setProcessEnginePlugins(List.of(new ParsedOnceFeelPlugin(), new DecimalVariablesPlugin()));
		ProcessEngine engine = configuration.buildProcessEngine();
		try {
			engine.getRepositoryService()
				.createDeployment()
				.addString(DECISION + ".dmn",
						Files.readString(Path.of("rules", DECISION + ".dmn"), StandardCharsets.UTF_8))
				.deploy();
			Map<String, Object> order = Map.of("orderTotal", new BigDecimal("100000.01"), "maxDiscountPercent",
					new BigDecimal("10.0001"), "grade", "A");

			// when
			Object level = engine.getDecisionService()
				.evaluateDecisionTableByKey(DECISION, order)
				.getSingleResult()
				.getSingleEntry();

			// then
			assertThat(level).isEqualTo("SALES_DIRECTOR");
			HistoricDecisionInstance decided = engine.getHistoryService()
				.createHistoricDecisionInstanceQuery()
				.includeInputs()
				.singleResult();
			Map<String, Object> inputs = new LinkedHashMap<>();
			for (HistoricDecisionInputInstance input : decided.getInputs()) {
				inputs.put(input.getClauseName(), input.getValue());
			}
			assertThat(inputs).containsEntry("Order total", new BigDecimal("100000.01"))
				.containsEntry("Largest line discount (%)", new BigDecimal("10.0001"));
		}
		finally {
			engine.close();
		}
	}

}
