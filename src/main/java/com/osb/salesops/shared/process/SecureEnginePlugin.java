package com.osb.salesops.shared.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import org.springframework.stereotype.Component;

/**
 * Engine hardening that configuration properties alone cannot express.
 */
@Component
class SecureEnginePlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setCustomPostCommandInterceptorsTxRequired(
				withGuards(configuration.getCustomPostCommandInterceptorsTxRequired()));
		configuration.setCustomPostCommandInterceptorsTxRequiresNew(
				withGuards(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
	}

	private static List<CommandInterceptor> withGuards(List<CommandInterceptor> interceptors) {
		List<CommandInterceptor> all = new ArrayList<>();
		if (interceptors != null) {
			all.addAll(interceptors);
		}
		all.add(new QueryExpressionGuard());
		all.add(new TaskFormGuard());
		all.add(new FailedLoginLog());
		all.add(new DeploymentGuard());
		return all;
	}

}
