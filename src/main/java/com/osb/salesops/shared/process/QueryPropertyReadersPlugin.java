package com.osb.salesops.shared.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

/**
 * Installs {@link QueryPropertyReaders} before the engine builds its first query.
 */
@Component
class QueryPropertyReadersPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		QueryPropertyReaders.install();
	}

}
