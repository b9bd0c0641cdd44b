package com.osb.salesops.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model folders are the project's, wherever in it the application is started.
 */
class ModelRootTest {

	@TempDir
	Path workspace;

	Path project;

	@BeforeEach
	void aProject() throws IOException {
		this.project = this.workspace.resolve("salesops");
		Files.createDirectories(this.project.resolve("rules"));
		Files.createDirectories(this.project.resolve("target/classes"));
		Files.writeString(this.project.resolve("pom.xml"), "<project/>");
	}

	@Test
	void isTheProjectWhenStartedInIt() {
		// when
		Path root = ModelRoot.resolve("", this.project);

		// then
		assertThat(root).isEqualTo(this.project.toAbsolutePath());
	}

	@Test
	void isTheProjectWhenStartedInAFolderBelowIt() {
		// when
		Path root = ModelRoot.resolve(null, this.project.resolve("target/classes"));

		// then
		assertThat(root).isEqualTo(this.project.toAbsolutePath());
	}

	@Test
	void isTheConfiguredFolderRelativeToWhereTheApplicationStarted() {
		// when
		Path root = ModelRoot.resolve("../models", this.project.resolve("target"));

		// then
		assertThat(root).isEqualTo(this.project.resolve("models").toAbsolutePath());
	}

	@Test
	void isTheWorkingDirectoryOutsideAProject() throws IOException {
		// given
		Path elsewhere = Files.createDirectories(this.workspace.resolve("opt/app"));

		// when
		Path root = ModelRoot.resolve(" ", elsewhere);

		// then
		assertThat(root).isEqualTo(elsewhere.toAbsolutePath());
	}

}
