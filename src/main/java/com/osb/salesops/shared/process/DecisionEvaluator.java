package com.osb.salesops.shared.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

	/** Far more decisions than a model holds, within the engine's bound on a query. */
	private static final int MAX_DECISIONS_PER_MODEL = 500;

	private final RepositoryService repositoryService;

	private final SystemActions system;

	private final DmnEngine dmnEngine;

	private final Map<String, Parsed> decisions = new ConcurrentHashMap<>();

	DecisionEvaluator(RepositoryService repositoryService, SystemActions system) {
		this.repositoryService = repositoryService;
		this.system = system;
		DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		configuration.customPostDecisionEvaluationListeners(List.of(DecisionEvaluator::recordFiredRules));
		this.dmnEngine = ParsedOnceFeelEngine.install(configuration).buildEngine();
	}

	/**
	 * Evaluates the latest version of the decision with the given key. The product reads
	 * its deployed rules as itself: what the caller may read in the engine's repository
	 * has no part in a decision made for them.
	 */
	public DecisionOutcome evaluate(String decisionKey, Map<String, Object> variables) {
		return evaluate(this.decisions.computeIfAbsent(decisionKey, (key) -> this.system.run(() -> load(key))),
				variables);
	}

	/**
	 * Reads a model that is not deployed, so that its decisions can be evaluated side by
	 * side with the deployed ones.
	 * @throws IllegalArgumentException naming why the model cannot be read
	 * @throws OtherLanguageException when the model names an expression language other
	 * than FEEL, which calls methods on the server: nothing of it is evaluated
	 */
	public CandidateDecisions candidate(byte[] dmn) {
		DmnModelInstance model;
		try {
			model = Dmn.readModelFromStream(new ByteArrayInputStream(dmn));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("The model cannot be read as DMN: " + ex.getMessage(), ex);
		}
		Set<String> languages = DecisionLanguages.otherThanFeel(model);
		if (!languages.isEmpty()) {
			throw new OtherLanguageException(languages);
		}
		try {
			Map<String, String> descriptions = descriptions(model);
			Map<String, Parsed> parsed = new LinkedHashMap<>();
			for (DmnDecision decision : this.dmnEngine.parseDecisions(model)) {
				parsed.put(decision.getKey(), new Parsed(decision, descriptions, Map.of()));
			}
			return new CandidateDecisions(parsed.keySet(), (key, variables) -> {
				Parsed decision = parsed.get(key);
				return (decision != null) ? evaluate(decision, variables) : evaluate(key, variables);
			});
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("The model cannot be read as DMN: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A model written, in part or as its default, in an expression language other than
	 * FEEL.
	 */
	public static final class OtherLanguageException extends IllegalArgumentException {

		private final transient Set<String> languages;

		OtherLanguageException(Set<String> languages) {
			super("The model uses the expression language " + String.join(", ", languages) + "; only FEEL");
			this.languages = Set.copyOf(languages);
		}

		/** The languages other than FEEL the model names. */
		public Set<String> languages() {
			return this.languages;
		}

	}

	private DecisionOutcome evaluate(Parsed parsed, Map<String, Object> variables) {
		Evaluation evaluation = new Evaluation(parsed.ruleDescriptions(), parsed.versions(), new ArrayList<>());
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
			Map<String, Integer> versions = new HashMap<>();
			this.repositoryService.createDecisionDefinitionQuery()
				.deploymentId(definition.getDeploymentId())
				.listPage(0, MAX_DECISIONS_PER_MODEL)
				.forEach((deployed) -> versions.put(deployed.getKey(), deployed.getVersion()));
			return new Parsed(this.dmnEngine.parseDecision(decisionKey, model), descriptions(model),
					Map.copyOf(versions));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read decision '" + decisionKey + "'", ex);
		}
	}

	private static Map<String, String> descriptions(DmnModelInstance model) {
		Map<String, String> descriptions = new HashMap<>();
		for (Rule rule : model.getModelElementsByType(Rule.class)) {
			Description description = rule.getDescription();
			descriptions.put(rule.getId(), (description != null) ? description.getTextContent() : "");
		}
		return descriptions;
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

	/**
	 * @param versions the deployed version of each decision of the model, by key; empty
	 * for a model that is not deployed
	 */
	private record Parsed(DmnDecision decision, Map<String, String> ruleDescriptions, Map<String, Integer> versions) {
	}

	private record Evaluation(Map<String, String> descriptions, Map<String, Integer> versions,
			List<DecisionOutcome.FiredRule> fired) {

		void add(DmnDecisionLogicEvaluationEvent event) {
			if (event instanceof DmnDecisionTableEvaluationEvent table) {
				String key = event.getDecision().getKey();
				table.getMatchingRules()
					.forEach((rule) -> this.fired
						.add(new DecisionOutcome.FiredRule(key, this.versions.getOrDefault(key, 0), rule.getId(),
								this.descriptions.getOrDefault(rule.getId(), ""))));
			}
		}

	}

}
