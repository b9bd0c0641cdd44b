package com.osb.salesops.shared.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells the {@link DecisionEvaluator} to re-read decisions once a deployment has
 * committed, so a what-if calculation never uses a replaced rule.
 */
@Component
class DecisionCachePlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<DecisionEvaluator> evaluator;

	DecisionCachePlugin(ObjectProvider<DecisionEvaluator> evaluator) {
		this.evaluator = evaluator;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<Deployer> deployers = new ArrayList<>();
		if (configuration.getCustomPostDeployers() != null) {
			deployers.addAll(configuration.getCustomPostDeployers());
		}
		deployers.add((deployment) -> Context.getCommandContext()
			.getTransactionContext()
			.addTransactionListener(TransactionState.COMMITTED,
					(commandContext) -> this.evaluator.ifAvailable(DecisionEvaluator::forgetDeployedDecisions)));
		configuration.setCustomPostDeployers(deployers);
	}

}
