package com.osb.salesops.shared.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Description;
import org.camunda.bpm.model.dmn.instance.Rule;

import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed version of a decision without writing engine history, for
 * what-if calculators that must answer fast and leave no trace. Parsed decisions are kept
 * until the next deployment; production decisions inside processes still go through the
 * engine and its history.
 */
@Component
public class DecisionEvaluator {

	private static final ThreadLocal<Evaluation> CURRENT = new ThreadLocal<>();

	private final RepositoryService repositoryService;

	private final DmnEngine dmnEngine;

	private final Map<String, Parsed> decisions = new ConcurrentHashMap<>();

	DecisionEvaluator(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
		DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		configuration.customPostDecisionEvaluationListeners(List.of(DecisionEvaluator::recordFiredRules));
		this.dmnEngine = configuration.buildEngine();
	}

	/** Evaluates the latest version of the decision with the given key. */
	public DecisionOutcome evaluate(String decisionKey, Map<String, Object> variables) {
		Parsed parsed = this.decisions.computeIfAbsent(decisionKey, this::load);
		Evaluation evaluation = new Evaluation(parsed.ruleDescriptions(), new ArrayList<>());
		CURRENT.set(evaluation);
		try {
			DmnDecisionResult result = this.dmnEngine.evaluateDecision(parsed.decision(), variables);
			Map<String, Object> outputs = result.isEmpty() ? Map.of() : result.getSingleResult().getEntryMap();
			return new DecisionOutcome(outputs, List.copyOf(evaluation.fired()));
		}
		finally {
			CURRENT.remove();
		}
	}

	/**
	 * Forgets parsed decisions, so that the next evaluation uses the newest deployment.
	 */
	void forgetDeployedDecisions() {
		this.decisions.clear();
	}

	private Parsed load(String decisionKey) {
		DecisionDefinition definition = this.repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey(decisionKey)
			.latestVersion()
			.withoutTenantId()
			.singleResult();
		if (definition == null) {
			throw new IllegalStateException("No decision '" + decisionKey + "' is deployed");
		}
		try (InputStream stream = this.repositoryService.getDecisionModel(definition.getId())) {
			DmnModelInstance model = Dmn.readModelFromStream(stream);
			Map<String, String> descriptions = new HashMap<>();
			for (Rule rule : model.getModelElementsByType(Rule.class)) {
				Description description = rule.getDescription();
				descriptions.put(rule.getId(), (description != null) ? description.getTextContent() : "");
			}
			return new Parsed(this.dmnEngine.parseDecision(decisionKey, model), descriptions);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read decision '" + decisionKey + "'", ex);
		}
	}

	private static void recordFiredRules(DmnDecisionEvaluationEvent event) {
		Evaluation evaluation = CURRENT.get();
		if (evaluation == null) {
			return;
		}
		for (DmnDecisionLogicEvaluationEvent required : event.getRequiredDecisionResults()) {
			evaluation.add(required);
		}
		evaluation.add(event.getDecisionResult());
	}

	private record Parsed(DmnDecision decision, Map<String, String> ruleDescriptions) {
	}

	private record Evaluation(Map<String, String> descriptions, List<DecisionOutcome.FiredRule> fired) {

		void add(DmnDecisionLogicEvaluationEvent event) {
			if (event instanceof DmnDecisionTableEvaluationEvent table) {
				String key = event.getDecision().getKey();
				table.getMatchingRules()
					.forEach((rule) -> this.fired.add(new DecisionOutcome.FiredRule(key, rule.getId(),
							this.descriptions.getOrDefault(rule.getId(), ""))));
			}
		}

	}

}
