package com.osb.salesops.shared.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The analyst-owned model folders and the file kinds the engine deploys from them. A
 * resource is named by its path below the model root ({@code rules/credit-limit.dmn}),
 * the same name the process application gives it when it deploys from the jar, so that an
 * unchanged file is recognised and never deployed twice.
 */
final class ModelFiles {

	static final List<String> FOLDERS = List.of("processes", "rules", "forms");

	private static final List<String> SUFFIXES = List.of(".bpmn", ".dmn", ".form");

	private ModelFiles() {
	}

	static boolean isModel(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return SUFFIXES.stream().anyMatch(name::endsWith);
	}

	static String resourceName(Path root, Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

}
