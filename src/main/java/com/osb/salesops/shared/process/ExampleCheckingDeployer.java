package com.osb.salesops.shared.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a deployment in which a decision breaks one of its examples, whichever way it
 * arrives: at start-up, from the model folders, from Camunda Modeler or the REST API. It
 * runs before the engine's own deployers, so a refused deployment stores nothing and the
 * previous version stays in use. The examples of {@code rules/credit-limit.dmn} are
 * {@code rules/credit-limit.examples.csv}, taken from the model folder where the analyst
 * edits them, else from the application; a model without examples deploys as usual.
 */
class ExampleCheckingDeployer implements Deployer {

	private static final Logger log = LoggerFactory.getLogger(ExampleCheckingDeployer.class);

	private static final String DMN_SUFFIX = ".dmn";

	private static final String EXAMPLES_SUFFIX = ".examples.csv";

	private final Path root;

	private final ClassLoader classLoader;

	private final DecisionExampleChecker checker;

	ExampleCheckingDeployer(Path root, ClassLoader classLoader, DecisionExampleChecker checker) {
		this.root = root.toAbsolutePath().normalize();
		this.classLoader = classLoader;
		this.checker = checker;
	}

	@Override
	public void deploy(DeploymentEntity deployment) {
		// stored deployments are loaded into the cache again later; they were checked
		// once
		if (!deployment.isNew() || deployment.getResources() == null) {
			return;
		}
		List<String> refusals = new ArrayList<>();
		Map<String, ResourceEntity> resources = new TreeMap<>(deployment.getResources());
		for (ResourceEntity resource : resources.values()) {
			String name = resource.getName();
			if (!name.endsWith(DMN_SUFFIX)) {
				continue;
			}
			String examplesName = name.substring(0, name.length() - DMN_SUFFIX.length()) + EXAMPLES_SUFFIX;
			Optional<String> examples = examples(examplesName);
			if (examples.isEmpty()) {
				continue;
			}
			try {
				this.checker.check(name, resource.getBytes(), examplesName, examples.get());
				log.info("{} agrees with every example in {}", name, examplesName);
			}
			catch (NotValidException ex) {
				refusals.add(ex.getMessage());
			}
		}
		if (!refusals.isEmpty()) {
			throw new NotValidException(String.join("\n", refusals));
		}
	}

	private Optional<String> examples(String examplesName) {
		try {
			Optional<String> inFolder = fromModelFolder(examplesName);
			return inFolder.isPresent() ? inFolder : fromClasspath(examplesName);
		}
		catch (IOException ex) {
			throw new ProcessEngineException("Cannot read the examples " + examplesName + ": " + ex.getMessage(), ex);
		}
	}

	private Optional<String> fromModelFolder(String examplesName) throws IOException {
		Path file;
		try {
			file = this.root.resolve(examplesName).normalize();
		}
		catch (InvalidPathException ex) {
			return Optional.empty();
		}
		if (!file.startsWith(this.root) || !Files.isRegularFile(file)) {
			return Optional.empty();
		}
		return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
	}

	private Optional<String> fromClasspath(String examplesName) throws IOException {
		if (examplesName.startsWith("/") || examplesName.contains("..")) {
			return Optional.empty();
		}
		try (InputStream stream = this.classLoader.getResourceAsStream(examplesName)) {
			if (stream == null) {
				return Optional.empty();
			}
			return Optional.of(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

}
