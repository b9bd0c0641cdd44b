package com.osb.salesops.shared.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.osb.salesops.SalesOpsApplication;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Development mode watches the project's own model folders without being told where they
 * are, whether the application is started in the project or in a folder below it (as an
 * IDE or {@code target/} would): a rule saved in the project is used by the next
 * decision.
 */
class ModelHotDeployWorkingDirectoryIT {

	private static final Map<String, Object> GRADE_A_CUSTOMER = Map.of("trailing12mNetSales", 1_200_000L, "avgDaysLate",
			3L, "maxOverdueDays", 0L, "yearsAsCustomer", 5L, "growthPotential", "HIGH");

	@TempDir
	Path workspace;

	Path project;

	String workingDirectory;

	ConfigurableApplicationContext app;

	@BeforeEach
	void aProject() throws IOException {
		this.project = this.workspace.resolve("salesops");
		for (String folder : ModelFiles.FOLDERS) {
			FileSystemUtils.copyRecursively(Path.of(folder), this.project.resolve(folder));
		}
		Files.writeString(this.project.resolve("pom.xml"), "<project/>");
		Files.createDirectories(this.project.resolve("target/classes"));
		this.workingDirectory = System.getProperty("user.dir");
	}

	@AfterEach
	void stop() {
		System.setProperty("user.dir", this.workingDirectory);
		if (this.app != null) {
			this.app.close();
		}
	}

	@ParameterizedTest(name = "started in {0}")
	@ValueSource(strings = { ".", "target/classes" })
	void savingARuleInTheProjectIsUsedByTheNextDecision(String startedIn) throws IOException {
		// given
		startDevModeIn(this.project.resolve(startedIn));
		Path dmn = this.project.resolve("rules/credit-limit.dmn");
		assertThat(formulaLimit()).isEqualTo(240_000L);
		Files.writeString(this.project.resolve("rules/credit-limit.examples.csv"), ModelHotDeployIT.GRADE_B_EXAMPLE);

		// when
		Files.writeString(dmn,
				Files.readString(dmn).replace(ModelHotDeployIT.GRADE_A_COVER, ModelHotDeployIT.GRADE_A_COVER_3));

		// then
		await().atMost(Duration.ofSeconds(20)).until(() -> latestVersion("credit-limit") == 2);
		assertThat(formulaLimit()).isEqualTo(360_000L);
	}

	/**
	 * Starts as if launched from the folder: the model folder is resolved from the
	 * working directory once, at start-up.
	 */
	private void startDevModeIn(Path folder) {
		System.setProperty("user.dir", folder.normalize().toString());
		try {
			this.app = new SpringApplicationBuilder(SalesOpsApplication.class).profiles("dev")
				.run("--server.port=0",
						"--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
						"--salesops.demo.enabled=false");
		}
		finally {
			System.setProperty("user.dir", this.workingDirectory);
		}
	}

	private Object formulaLimit() {
		return this.app.getBean(DecisionService.class)
			.evaluateDecisionByKey("credit-limit")
			.variables(GRADE_A_CUSTOMER)
			.evaluate()
			.getSingleResult()
			.getEntry("formulaLimit");
	}

	private int latestVersion(String key) {
		return this.app.getBean(RepositoryService.class)
			.createDecisionDefinitionQuery()
			.decisionDefinitionKey(key)
			.latestVersion()
			.singleResult()
			.getVersion();
	}

}
