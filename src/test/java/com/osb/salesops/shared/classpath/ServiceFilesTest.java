package com.osb.salesops.shared.classpath;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;

import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceFilesTest {

	@Test
	void theEngineProviderIsFoundAsThroughTheClassPathAndIsTheSameClass() {
		ClassLoader own = getClass().getClassLoader();
		List<String> direct = ServiceLoader.load(ProcessEngineProvider.class, own)
			.stream()
			.map((provider) -> provider.type().getName() + "@" + provider.type().getClassLoader())
			.toList();
		ServiceFiles files = new ServiceFiles(own);
		for (int round = 0; round < 3; round++) {
			List<String> cached = ServiceLoader.load(ProcessEngineProvider.class, files)
				.stream()
				.map((provider) -> provider.type().getName() + "@" + provider.type().getClassLoader())
				.toList();
			assertThat(cached).isNotEmpty().isEqualTo(direct);
		}
	}

	@Test
	void aServiceFileIsReadOnceAndOtherResourcesComeFromTheParent(@TempDir Path folder) throws IOException {
		Path services = Files.createDirectories(folder.resolve("META-INF/services"));
		Path file = services.resolve("com.example.Greeter");
		Files.writeString(file, "com.example.Hello\n", StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("note.txt"), "first", StandardCharsets.UTF_8);
		try (URLClassLoader parent = new URLClassLoader(new URL[] { folder.toUri().toURL() }, null)) {
			ServiceFiles files = new ServiceFiles(parent);
			assertThat(read(files, "META-INF/services/com.example.Greeter")).containsExactly("com.example.Hello\n");
			Files.writeString(file, "com.example.Changed\n", StandardCharsets.UTF_8);
			Files.writeString(folder.resolve("note.txt"), "second", StandardCharsets.UTF_8);
			assertThat(read(files, "META-INF/services/com.example.Greeter")).containsExactly("com.example.Hello\n");
			assertThat(read(files, "note.txt")).containsExactly("second");
			assertThat(read(files, "META-INF/services/com.example.Missing")).isEmpty();
		}
	}

	@Test
	void enteringMakesTheThreadsLoaderAnswerFromMemoryOnceAndLeavingPutsItsOwnBack() {
		ClassLoader own = Thread.currentThread().getContextClassLoader();
		ClassLoader entered = ServiceFiles.enter();
		try {
			assertThat(entered).isSameAs(own);
			assertThat(Thread.currentThread().getContextClassLoader()).isInstanceOf(ServiceFiles.class);
			assertThat(ServiceFiles.enter()).as("entered again").isNull();
		}
		finally {
			ServiceFiles.leave(entered);
		}
		assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(own);
	}

	private static List<String> read(ClassLoader loader, String name) throws IOException {
		List<String> contents = new java.util.ArrayList<>();
		for (URL url : Collections.list(loader.getResources(name))) {
			var connection = url.openConnection();
			connection.setUseCaches(false);
			try (InputStream in = connection.getInputStream()) {
				contents.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return contents;
	}

}
