package com.osb.salesops.shared.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.osb.salesops.shared.process.DecisionExampleChecker.Examples;
import com.osb.salesops.shared.rules.ExampleCheck;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a deployment in which a decision breaks one of its examples, or has none,
 * whichever way it arrives: at start-up, from the model folders, from Camunda Modeler,
 * Cockpit or the REST API, under any resource name. It runs before the engine's own
 * deployers, so a refused deployment stores nothing and the previous version stays in
 * use. The examples of decision {@code credit-limit} are
 * {@code credit-limit.examples.csv}: deployed with the model (under any folder), else
 * {@code rules/credit-limit.examples.csv} in the model folder where the analyst edits
 * them, else the one packaged with the application.
 */
class ExampleCheckingDeployer implements Deployer {

	private static final Logger log = LoggerFactory.getLogger(ExampleCheckingDeployer.class);

	private static final List<String> DMN_SUFFIXES = List.of(".dmn", ".dmn11.xml");

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
		Map<String, ResourceEntity> resources = new TreeMap<>(deployment.getResources());
		List<ExampleCheck> checks = new ArrayList<>();
		for (ResourceEntity resource : resources.values()) {
			if (isDecisionModel(resource.getName())) {
				checks.addAll(
						this.checker.check(resource.getName(), resource.getBytes(), (key) -> examples(key, resources)));
			}
		}
		checks.stream().filter(ExampleCheck::passed).forEach((check) -> log.info(check.report()));
		if (checks.stream().anyMatch((check) -> !check.passed())) {
			throw new RuleExamplesException(checks);
		}
	}

	private static boolean isDecisionModel(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return DMN_SUFFIXES.stream().anyMatch(lower::endsWith);
	}

	private Optional<Examples> examples(String key, Map<String, ResourceEntity> deployed) {
		String fileName = key + EXAMPLES_SUFFIX;
		for (ResourceEntity resource : deployed.values()) {
			String name = resource.getName();
			if ((name.equals(fileName) || name.endsWith("/" + fileName)) && resource.getBytes() != null) {
				return Optional.of(new Examples(name, new String(resource.getBytes(), StandardCharsets.UTF_8)));
			}
		}
		if (!key.matches("[A-Za-z0-9_.-]+") || key.contains("..")) {
			return Optional.empty();
		}
		String examplesName = DecisionExampleChecker.examplesName(key);
		try {
			Optional<Examples> inFolder = fromModelFolder(examplesName);
			return inFolder.isPresent() ? inFolder : fromClasspath(examplesName);
		}
		catch (IOException ex) {
			throw new ProcessEngineException("Cannot read the examples " + examplesName + ": " + ex.getMessage(), ex);
		}
	}

	private Optional<Examples> fromModelFolder(String examplesName) throws IOException {
		Path file = this.root.resolve(examplesName).normalize();
		if (!file.startsWith(this.root) || !Files.isRegularFile(file)) {
			return Optional.empty();
		}
		return Optional.of(new Examples(examplesName, Files.readString(file, StandardCharsets.UTF_8)));
	}

	private Optional<Examples> fromClasspath(String examplesName) throws IOException {
		try (InputStream stream = this.classLoader.getResourceAsStream(examplesName)) {
			if (stream == null) {
				return Optional.empty();
			}
			return Optional.of(new Examples(examplesName, new String(stream.readAllBytes(), StandardCharsets.UTF_8)));
		}
	}

}
