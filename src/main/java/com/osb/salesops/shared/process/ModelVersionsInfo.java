package com.osb.salesops.shared.process;

import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/info} names the live version of every process and decision, beside the
 * build: what operations ask first when an order behaves unexpectedly.
 */
@Component
class ModelVersionsInfo implements InfoContributor {

	private final RepositoryService repository;

	private final SystemActions system;

	ModelVersionsInfo(RepositoryService repository, SystemActions system) {
		this.repository = repository;
		this.system = system;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Map<String, Integer> processes = new TreeMap<>();
		Map<String, Integer> decisions = new TreeMap<>();
		this.system.run(() -> {
			for (ProcessDefinition process : this.repository.createProcessDefinitionQuery().latestVersion().list()) {
				processes.put(process.getKey(), process.getVersion());
			}
			for (DecisionDefinition decision : this.repository.createDecisionDefinitionQuery().latestVersion().list()) {
				decisions.put(decision.getKey(), decision.getVersion());
			}
			return null;
		});
		builder.withDetail("models", Map.of("processes", processes, "decisions", decisions));
	}

}
