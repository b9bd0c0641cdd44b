package com.osb.salesops.shared;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the analyst's model folders ({@code processes/}, {@code rules/}, {@code forms/})
 * are. A configured folder wins, relative to the working directory. Otherwise it is the
 * project the application is started in: the nearest folder, from the working directory
 * up, that holds a {@code pom.xml} and a {@code rules/} folder, so that
 * {@code ./mvnw spring-boot:run} from the project, a module or {@code target/} all find
 * the same files. Without one it is the working directory.
 */
public final class ModelRoot {

	private ModelRoot() {
	}

	/**
	 * @param configured {@code salesops.models.root}, may be empty
	 * @param workingDirectory where the application was started
	 */
	public static Path resolve(String configured, Path workingDirectory) {
		Path start = workingDirectory.toAbsolutePath().normalize();
		if (configured != null && !configured.isBlank()) {
			return start.resolve(configured.strip()).normalize();
		}
		for (Path folder = start; folder != null; folder = folder.getParent()) {
			if (Files.isRegularFile(folder.resolve("pom.xml")) && Files.isDirectory(folder.resolve("rules"))) {
				return folder;
			}
		}
		return start;
	}

}
