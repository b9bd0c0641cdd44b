package com.osb.salesops.shared.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.application.ProcessApplicationInterface;
import org.camunda.bpm.engine.repository.ProcessApplicationDeployment;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys model files that changed on disk as a new version of the process application's
 * deployment. Only changed resources make new definitions; an unchanged file is filtered
 * out by the engine, so saving the same model twice creates no duplicate version.
 */
class ModelHotDeployer {

	private static final Logger log = LoggerFactory.getLogger(ModelHotDeployer.class);

	private final RepositoryService repositoryService;

	private final ProcessApplicationInterface processApplication;

	private final Path root;

	ModelHotDeployer(RepositoryService repositoryService, ProcessApplicationInterface processApplication, Path root) {
		this.repositoryService = repositoryService;
		this.processApplication = processApplication;
		this.root = root.toAbsolutePath().normalize();
	}

	/** Deploys the given files if any differs from its latest deployed version. */
	void deploy(Collection<Path> changedFiles) {
		Set<String> names = new TreeSet<>();
		DeploymentBuilder builder = this.repositoryService.createDeployment(this.processApplication.getReference())
			.name(this.processApplication.getName())
			.source(ProcessApplicationDeployment.PROCESS_APPLICATION_DEPLOYMENT_SOURCE)
			.enableDuplicateFiltering(true);
		for (Path file : changedFiles) {
			Path absolute = file.toAbsolutePath().normalize();
			if (!Files.isRegularFile(absolute) || !ModelFiles.isModel(absolute)) {
				continue;
			}
			String name = ModelFiles.resourceName(this.root, absolute);
			builder.addInputStream(name, read(absolute));
			names.add(name);
		}
		if (names.isEmpty()) {
			return;
		}
		try {
			DeploymentWithDefinitions deployment = builder.deployWithResult();
			List<String> versions = new ArrayList<>();
			versions(deployment.getDeployedProcessDefinitions(), ProcessDefinition::getKey,
					ProcessDefinition::getVersion, versions);
			versions(deployment.getDeployedDecisionDefinitions(), DecisionDefinition::getKey,
					DecisionDefinition::getVersion, versions);
			if (versions.isEmpty()) {
				log.info("Saved {}: no definition changed, nothing deployed", names);
			}
			else {
				log.info("Deployed {}: {}", names, String.join(", ", versions));
			}
		}
		catch (RuntimeException ex) {
			log.error("Refused {}; the versions in use stay live:\n{}", names, ex.getMessage());
		}
	}

	private static <T> void versions(Collection<T> definitions, Function<T, String> key, Function<T, Integer> version,
			List<String> into) {
		if (definitions != null) {
			definitions
				.forEach((definition) -> into.add(key.apply(definition) + " version " + version.apply(definition)));
		}
	}

	private static InputStream read(Path file) {
		try {
			return new ByteArrayInputStream(Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
