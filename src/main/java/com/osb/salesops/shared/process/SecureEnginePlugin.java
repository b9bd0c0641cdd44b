package com.osb.salesops.shared.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

/**
 * Engine hardening that configuration properties alone cannot express.
 */
@Component
class SecureEnginePlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EngineCommands.intercept(configuration, QueryExpressionGuard::new, TaskFormGuard::new, FailedLoginLog::new,
				DeploymentGuard::new);
	}

}
