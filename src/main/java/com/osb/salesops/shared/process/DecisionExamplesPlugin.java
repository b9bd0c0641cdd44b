package com.osb.salesops.shared.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.shared.SalesOpsProperties;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A rule change that breaks one of the business's examples never goes live, in any
 * profile: the deployment is refused and names each broken example. Only
 * {@code salesops.models.verify-examples=false} turns this off.
 */
@Component
@ConditionalOnProperty(name = "salesops.models.verify-examples", havingValue = "true", matchIfMissing = true)
class DecisionExamplesPlugin extends AbstractProcessEnginePlugin {

	private final Path modelRoot;

	DecisionExamplesPlugin(SalesOpsProperties properties) {
		this.modelRoot = properties.models().folder();
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<Deployer> deployers = new ArrayList<>();
		if (configuration.getCustomPreDeployers() != null) {
			deployers.addAll(configuration.getCustomPreDeployers());
		}
		deployers.add(new ExampleCheckingDeployer(this.modelRoot, DecisionExamplesPlugin.class.getClassLoader(),
				new DecisionExampleChecker()));
		configuration.setCustomPreDeployers(deployers);
	}

}
