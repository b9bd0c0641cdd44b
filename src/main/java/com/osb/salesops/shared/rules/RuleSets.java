package com.osb.salesops.shared.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.osb.salesops.shared.SalesOpsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The rule sets of every capability, compiled once. With model hot deployment on they are
 * read from the model folder and recompiled when a DRL file is saved; the running rule
 * set is swapped only once the new one compiles. Otherwise they come from the
 * application.
 */
@Component
public class RuleSets {

	private static final Logger log = LoggerFactory.getLogger(RuleSets.class);

	private final Map<String, RuleSet> ruleSets = new ConcurrentHashMap<>();

	private final Path modelRoot;

	private final boolean fromModelFolder;

	public RuleSets(SalesOpsProperties properties) {
		this.modelRoot = properties.models().root().toAbsolutePath().normalize();
		this.fromModelFolder = properties.models().hotDeploy();
	}

	/** The rules of a capability, e.g. {@code quota} for {@code rules/quota/*.drl}. */
	public RuleSet get(String capability) {
		return this.ruleSets.computeIfAbsent(capability, (key) -> RuleSet.compile(key, sources(key)));
	}

	/**
	 * Recompiles the capabilities whose DRL files changed; a broken file leaves the old
	 * rules running.
	 */
	public void changed(Collection<Path> files) {
		files.stream()
			.map((file) -> file.toAbsolutePath().normalize())
			.filter((file) -> file.toString().endsWith(".drl") && file.startsWith(this.modelRoot.resolve("rules")))
			.map((file) -> this.modelRoot.resolve("rules").relativize(file).getName(0).toString())
			.distinct()
			.forEach(this::reload);
	}

	private void reload(String capability) {
		try {
			this.ruleSets.put(capability, RuleSet.compile(capability, sources(capability)));
			log.info("Reloaded the rules of '{}'", capability);
		}
		catch (RuntimeException ex) {
			log.error("Kept the previous rules of '{}': {}", capability, ex.getMessage());
		}
	}

	private Map<String, String> sources(String capability) {
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
