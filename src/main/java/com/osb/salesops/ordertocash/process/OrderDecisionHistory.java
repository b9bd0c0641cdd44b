package com.osb.salesops.ordertocash.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.osb.salesops.ordertocash.order.OrderDecisions;
import com.osb.salesops.shared.language.RuleTexts;
import com.osb.salesops.shared.process.SystemActions;
import com.osb.salesops.shared.time.BusinessClock;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads the decisions of an order from the engine's history: every decision table the
 * order's processes evaluated (the approval level, for one), with the version that
 * decided, what it was given, what it answered and the rules that fired, each as the
 * sentence the analyst wrote for it; its name, the labels of what it was given and the
 * sentences in the reader's language where the table's bundle has them. The order's
 * readers see them whatever their engine permissions: the order's own visibility was
 * checked before.
 */
@Component
class OrderDecisionHistory implements OrderDecisions {

	private final HistoryService history;

	private final RepositoryService repository;

	private final SystemActions system;

	private final BusinessClock clock;

	OrderDecisionHistory(HistoryService history, RepositoryService repository, SystemActions system,
			BusinessClock clock) {
		this.history = history;
		this.repository = repository;
		this.system = system;
		this.clock = clock;
	}

	@Override
	public List<Map<String, Object>> of(String orderNumber) {
		return this.system.run(() -> read(orderNumber));
	}

	private List<Map<String, Object>> read(String orderNumber) {
		List<HistoricDecisionInstance> instances = new ArrayList<>();
		for (HistoricProcessInstance process : this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(orderNumber)
			.list()) {
			instances.addAll(this.history.createHistoricDecisionInstanceQuery()
				.processInstanceId(process.getId())
				.includeInputs()
				.includeOutputs()
				.disableBinaryFetching()
				.list());
		}
		instances.sort(Comparator.comparing(HistoricDecisionInstance::getEvaluationTime)
			.thenComparing(HistoricDecisionInstance::getId));
		Map<String, Map<String, String>> sentences = new HashMap<>();
		Locale reader = LocaleContextHolder.getLocale();
		List<Map<String, Object>> decisions = new ArrayList<>();
		for (HistoricDecisionInstance instance : instances) {
			Map<String, String> rules = sentences.computeIfAbsent(instance.getDecisionDefinitionId(),
					this::ruleSentences);
			Map<String, Object> decision = new LinkedHashMap<>();
			decision.put("decision", instance.getDecisionDefinitionKey());
			decision.put("name", RuleTexts.labelInLanguage(instance.getDecisionDefinitionName(), reader));
			decision.put("version", version(instance.getDecisionDefinitionId()));
			decision.put("evaluatedAt", this.clock.iso(instance.getEvaluationTime().toInstant()));
			decision.put("step", instance.getActivityId());
			Map<String, Object> inputs = new LinkedHashMap<>();
			for (HistoricDecisionInputInstance input : instance.getInputs()) {
				inputs.put(RuleTexts.labelInLanguage(label(input.getClauseName(), input.getClauseId()), reader),
						input.getValue());
			}
			decision.put("inputs", inputs);
			Map<String, Object> outputs = new LinkedHashMap<>();
			List<String> fired = new ArrayList<>();
			for (HistoricDecisionOutputInstance output : instance.getOutputs()) {
				outputs.put((output.getVariableName() != null) ? output.getVariableName()
						: label(output.getClauseName(), output.getClauseId()), output.getValue());
				String sentence = RuleTexts.inLanguage(rules.getOrDefault(output.getRuleId(), output.getRuleId()),
						reader);
				if (sentence != null && !fired.contains(sentence)) {
					fired.add(sentence);
				}
			}
			decision.put("outputs", outputs);
			decision.put("rulesFired", fired);
			decisions.add(decision);
		}
		return decisions;
	}

	private int version(String decisionDefinitionId) {
		return this.repository.getDecisionDefinition(decisionDefinitionId).getVersion();
	}

	/**
	 * Each rule of the table by its id, as the sentence its description gives, if any.
	 */
	private Map<String, String> ruleSentences(String decisionDefinitionId) {
		Map<String, String> sentences = new HashMap<>();
		DmnModelInstance model = this.repository.getDmnModelInstance(decisionDefinitionId);
		for (Rule rule : model.getModelElementsByType(Rule.class)) {
			String description = (rule.getDescription() != null) ? rule.getDescription().getTextContent() : null;
			if (description != null && !description.isBlank()) {
				sentences.put(rule.getId(), description.strip());
			}
		}
		return sentences;
	}

	private static String label(String name, String id) {
		return (name != null && !name.isBlank()) ? name : id;
	}

}
