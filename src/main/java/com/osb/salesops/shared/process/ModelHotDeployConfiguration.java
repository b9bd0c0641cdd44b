package com.osb.salesops.shared.process;

import com.osb.salesops.shared.SalesOpsProperties;
import com.osb.salesops.shared.rules.RuleSets;
import com.osb.salesops.shared.time.BusinessCalendar;
import org.camunda.bpm.application.ProcessApplicationInterface;
import org.camunda.bpm.engine.RepositoryService;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * In development ({@code salesops.models.hot-deploy=true}) a model saved in Camunda
 * Modeler is deployed while the application runs, without a restart, a saved DRL file
 * recompiles its rule set, and a saved public holidays file replaces the holidays.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "salesops.models.hot-deploy", havingValue = "true")
class ModelHotDeployConfiguration {

	@Bean
	ModelFolderWatcher modelFolderWatcher(SalesOpsProperties properties, RepositoryService repositoryService,
			ProcessApplicationInterface processApplication, RuleSets ruleSets, BusinessCalendar calendar) {
		ModelHotDeployer deployer = new ModelHotDeployer(repositoryService, processApplication,
				properties.models().folder());
		return new ModelFolderWatcher(properties.models().folder(), (changed) -> {
			deployer.deploy(changed);
			ruleSets.changed(changed);
			calendar.changed(changed);
		});
	}

}
