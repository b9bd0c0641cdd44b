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
				withGuard(configuration.getCustomPostCommandInterceptorsTxRequired(), configuration));
		configuration.setCustomPostCommandInterceptorsTxRequiresNew(
				withGuard(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), configuration));
	}

	private static List<CommandInterceptor> withGuard(List<CommandInterceptor> interceptors,
			ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> all = new ArrayList<>();
		if (interceptors != null) {
			all.addAll(interceptors);
		}
		all.add(new OrQueryExpressionGuard(configuration));
		return all;
	}

}
