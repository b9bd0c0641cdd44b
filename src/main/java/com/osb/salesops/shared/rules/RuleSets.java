package com.osb.salesops.shared.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.osb.salesops.shared.SalesOpsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The rule sets of every capability, compiled once. With model hot deployment on they are
 * read from the model folder and recompiled when a DRL file is saved; the running rule
 * set is swapped only once the new one compiles and agrees with every example of its
 * tables ({@code rules/<capability>/<rule-set>.examples.csv}). Otherwise they come from
 * the application, checked the same way at start-up. A capability with rules but no table
 * of examples is refused.
 */
@Component
public class RuleSets implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(RuleSets.class);

	private final Map<String, RuleSet> ruleSets = new ConcurrentHashMap<>();

	private final Path modelRoot;

	private final boolean fromModelFolder;

	private final boolean verifyExamples;

	private final List<RuleSetExamples> examples;

	public RuleSets(SalesOpsProperties properties, List<RuleSetExamples> examples) {
		this.modelRoot = properties.models().folder().toAbsolutePath().normalize();
		this.fromModelFolder = properties.models().hotDeploy();
		this.verifyExamples = properties.models().verifyExamples();
		this.examples = List.copyOf(examples);
	}

	/**
	 * Compiles and checks every rule set that has examples, so that a broken one stops
	 * the start rather than the first decision.
	 */
	@Override
	public void afterPropertiesSet() {
		this.examples.stream().map(RuleSetExamples::capability).distinct().forEach(this::get);
	}

	/** The rules of a capability, e.g. {@code quota} for {@code rules/quota/*.drl}. */
	public RuleSet get(String capability) {
		return this.ruleSets.computeIfAbsent(capability, this::compileChecked);
	}

	private RuleSet compileChecked(String capability) {
		RuleSet candidate = RuleSet.compile(capability, sources(capability));
		if (this.verifyExamples) {
			List<ExampleCheck> checks = check(candidate);
			if (checks.stream().anyMatch((check) -> !check.passed())) {
				throw new RuleSetException(checks);
			}
			checks.forEach((check) -> log.info(check.report()));
		}
		log.info("Compiled {}", candidate.label());
		return candidate;
	}

	private List<ExampleCheck> check(RuleSet candidate) {
		String capability = candidate.capability();
		String folder = "rules/" + capability + "/";
		List<RuleSetExamples> tables = this.examples.stream()
			.filter((examples) -> examples.capability().equals(capability))
			.toList();
		if (tables.isEmpty()) {
			return List.of(new ExampleCheck("rule set '" + capability + "'", folder + "*.drl",
					folder + "<rule-set>.examples.csv", 0,
					List.of(BrokenExample.problem(null, 0, "there is no table of examples for these rules"))));
		}
		List<ExampleCheck> checks = new ArrayList<>();
		for (RuleSetExamples examples : tables) {
			String name = folder + examples.ruleSet() + ".examples.csv";
			String rule = "rule set '" + examples.ruleSet() + "'";
			Optional<String> csv = examplesText(name);
			if (csv.isEmpty()) {
				checks.add(new ExampleCheck(rule, folder + "*.drl", name, 0,
						List.of(BrokenExample.problem(null, 0, "there is no table of examples; add " + name))));
				continue;
			}
			ExampleTable table;
			try {
				table = ExampleTable.parse(csv.get());
			}
			catch (RuntimeException ex) {
				checks.add(new ExampleCheck(rule, folder + "*.drl", name, 0,
						List.of(BrokenExample.problem(null, 0, "the table cannot be read: " + ex.getMessage()))));
				continue;
			}
			checks
				.add(new ExampleCheck(rule, folder + "*.drl", name, examples(table), examples.check(candidate, table)));
		}
		return checks;
	}

	/** How many examples a table holds: rows sharing a description form one example. */
	private static int examples(ExampleTable table) {
		return (int) table.rows().stream().map(ExampleTable.Row::description).distinct().count();
	}

	private Optional<String> examplesText(String name) {
		try {
			Path file = this.modelRoot.resolve(name);
			if (this.fromModelFolder && Files.isRegularFile(file)) {
				return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
			}
			Resource resource = new PathMatchingResourcePatternResolver().getResource("classpath:" + name);
			return resource.exists() ? Optional.of(resource.getContentAsString(StandardCharsets.UTF_8))
					: Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Recompiles the capabilities whose DRL files changed; a broken file leaves the old
	 * rules running.
	 */
	public void changed(Collection<Path> files) {
		files.stream()
			.map((file) -> file.toAbsolutePath().normalize())
			.filter((file) -> (file.toString().endsWith(".drl") || file.toString().endsWith(".examples.csv"))
					&& file.startsWith(this.modelRoot.resolve("rules"))
					&& this.modelRoot.resolve("rules").relativize(file).getNameCount() > 1)
			.map((file) -> this.modelRoot.resolve("rules").relativize(file).getName(0).toString())
			.distinct()
			.forEach(this::reload);
	}

	private void reload(String capability) {
		try {
			RuleSet reloaded = compileChecked(capability);
			this.ruleSets.put(capability, reloaded);
			log.info("Reloaded the rules of '{}': {} is live", capability, reloaded.label());
		}
		catch (RuntimeException ex) {
			log.error("Refused the rules of '{}'; the previous rules stay live:\n{}", capability, ex.getMessage());
		}
	}

	Map<String, String> sources(String capability) {
		Path folder = this.modelRoot.resolve("rules").resolve(capability);
		return (this.fromModelFolder && Files.isDirectory(folder)) ? fromFolder(folder) : fromClasspath(capability);
	}

	private static Map<String, String> fromFolder(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			Map<String, String> sources = new TreeMap<>();
			for (Path file : files.filter((path) -> path.toString().endsWith(".drl")).toList()) {
				sources.put(file.getFileName().toString(), Files.readString(file));
			}
			return sources;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads {@code classpath:rules/<capability>/*.drl}, as packaged in the application.
	 */
	public static Map<String, String> fromClasspath(String capability) {
		try {
			Map<String, String> sources = new TreeMap<>();
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:rules/" + capability + "/*.drl")) {
				sources.put(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
			}
			return sources;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
