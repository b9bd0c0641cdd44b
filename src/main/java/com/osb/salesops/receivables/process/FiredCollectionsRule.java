package com.osb.salesops.receivables.process;

import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

import org.springframework.stereotype.Component;

/**
 * Names the rule of the deployed {@code collections-action} table that gives an action,
 * with its annotation and the table's version, for the record of the action taken. The
 * engine's decision history keeps the evaluation itself, inputs and matched rules,
 * against the case.
 */
@Component
class FiredCollectionsRule {

	private final RepositoryService repository;

	FiredCollectionsRule(RepositoryService repository) {
		this.repository = repository;
	}

	Optional<Fired> find(String action) {
		DecisionDefinition definition = this.repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(CollectionsProcess.DECISION)
			.latestVersion()
			.withoutTenantId()
			.singleResult();
		if (definition == null) {
			return Optional.empty();
		}
		String quoted = "\"" + action + "\"";
		return this.repository.getDmnModelInstance(definition.getId())
			.getModelElementsByType(Rule.class)
			.stream()
			.filter((rule) -> rule.getOutputEntries()
				.stream()
				.map(OutputEntry::getTextContent)
				.anyMatch((text) -> quoted.equals(text.strip())))
			.findFirst()
			.map((rule) -> new Fired(rule.getId(), "version " + definition.getVersion() + ": "
					+ ((rule.getDescription() != null) ? rule.getDescription().getTextContent() : "")));
	}

	/**
	 * @param ruleId the rule's id in the table
	 * @param description the table's version and the rule's annotation
	 */
	record Fired(String ruleId, String description) {
	}

}
