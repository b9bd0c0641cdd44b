package com.osb.salesops.shared.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Engine hardening that configuration properties alone cannot express, and the checks a
 * task must pass before it completes ({@link TaskCompletionCheck}).
 */
@Component
class SecureEnginePlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<TaskCompletionCheck> completionChecks;

	SecureEnginePlugin(ObjectProvider<TaskCompletionCheck> completionChecks) {
		this.completionChecks = completionChecks;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EngineCommands.intercept(configuration, QueryExpressionGuard::new, TaskFormGuard::new, FailedLoginLog::new,
				DeploymentGuard::new,
				() -> new TaskCompletionChecks(() -> this.completionChecks.orderedStream().toList()));
	}

}
