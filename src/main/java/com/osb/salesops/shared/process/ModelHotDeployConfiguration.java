package com.osb.salesops.shared.process;

import com.osb.salesops.shared.SalesOpsProperties;
import com.osb.salesops.shared.rules.RuleSets;
import org.camunda.bpm.application.ProcessApplicationInterface;
import org.camunda.bpm.engine.RepositoryService;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * In development ({@code salesops.models.hot-deploy=true}) a model saved in Camunda
 * Modeler is deployed while the application runs, without a restart, and a saved DRL file
 * recompiles its rule set.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "salesops.models.hot-deploy", havingValue = "true")
class ModelHotDeployConfiguration {

	@Bean
	ModelFolderWatcher modelFolderWatcher(SalesOpsProperties properties, RepositoryService repositoryService,
			ProcessApplicationInterface processApplication, RuleSets ruleSets) {
		ModelHotDeployer deployer = new ModelHotDeployer(repositoryService, processApplication,
				properties.models().root());
		return new ModelFolderWatcher(properties.models().root(), (changed) -> {
			deployer.deploy(changed);
			ruleSets.changed(changed);
		});
	}

}
