package com.osb.salesops.shared.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

/**
 * Gives the engine the history producer that does not look for batches of steps' jobs.
 */
@Component
class JobHistoryProducerPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getHistoryEventProducer() == null) {
			configuration.setHistoryEventProducer(new JobHistoryProducer());
		}
	}

}
