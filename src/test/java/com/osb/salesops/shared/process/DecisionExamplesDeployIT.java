package com.osb.salesops.shared.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import com.osb.salesops.SalesOpsApplication;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A changed decision is deployed only if it still agrees with every example of its table,
 * in every profile and under any resource name.
 */
class DecisionExamplesDeployIT {

	private static final String CREDIT_LIMIT = "rules/credit-limit.dmn";

	@TempDir
	Path modelRoot;

	ConfigurableApplicationContext app;

	@BeforeEach
	void startWithExampleChecks() throws IOException {
		FileSystemUtils.copyRecursively(Path.of("rules"), this.modelRoot.resolve("rules"));
		FileSystemUtils.copyRecursively(Path.of("processes"), this.modelRoot.resolve("processes"));
		this.app = new SpringApplicationBuilder(SalesOpsApplication.class).profiles("dev")
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"--salesops.models.root=" + this.modelRoot, "--salesops.demo.enabled=false");
	}

	@AfterEach
	void stop() {
		this.app.close();
	}

	@Test
	void refusesARuleChangeThatBreaksAnExample() throws IOException {
		// given
		String threeMonthsForGradeA = threeMonthsOfCoverForGradeA();
		assertThat(latestVersion("credit-limit")).isEqualTo(1);

		// when
		Throwable refused = catchThrowable(() -> deploy(threeMonthsForGradeA));

		// then
		assertThat(refused).isInstanceOf(NotValidException.class)
			.hasMessageContaining("rules/credit-limit.dmn: decision 'credit-limit' disagrees with 6 of 32 examples")
			.hasMessageContaining("- worked example 1: grade A with high growth (line 2): "
					+ "monthsOfCover expected 2.0, was 3.0; formulaLimit expected 240000, was 360000");
		assertThat(latestVersion("credit-limit")).isEqualTo(1);
		assertThat(latestVersion("credit-terms")).isEqualTo(1);
	}

	@Test
	void deploysARuleChangeThatKeepsEveryExample() throws IOException {
		// given
		String original = Files.readString(this.modelRoot.resolve(CREDIT_LIMIT));
		String reworded = original.replace(
				"<description>E: oldest open invoice more than 90 days overdue</description>",
				"<description>E: an open invoice is more than 90 days overdue</description>");
		assertThat(reworded).isNotEqualTo(original);

		// when
		DeploymentWithDefinitions deployment = deploy(reworded);

		// then
		assertThat(deployment.getDeployedDecisionDefinitions()).extracting(DecisionDefinition::getKey)
			.contains("credit-limit");
		assertThat(latestVersion("credit-limit")).isEqualTo(2);
	}

	@Test
	void everyDecisionNamesTheVersionOfTheRuleThatMadeIt() throws IOException {
		// given
		DecisionEvaluator evaluator = this.app.getBean(DecisionEvaluator.class);
		Map<String, Object> gradeA = Map.of("trailing12mNetSales", 1_200_000L, "avgDaysLate", 3L, "maxOverdueDays", 0L,
				"yearsAsCustomer", 5L, "growthPotential", "HIGH");
		assertThat(evaluator.evaluate("credit-limit", gradeA).firedRules())
			.extracting(DecisionOutcome.FiredRule::version)
			.containsOnly(1);
		String reworded = Files.readString(this.modelRoot.resolve(CREDIT_LIMIT))
			.replace("<description>E: oldest open invoice more than 90 days overdue</description>",
					"<description>E: an open invoice is more than 90 days overdue</description>");

		// when
		deploy(reworded);

		// then
		assertThat(evaluator.evaluate("credit-limit", gradeA).firedRules())
			.extracting(DecisionOutcome.FiredRule::decisionKey, DecisionOutcome.FiredRule::version)
			.contains(tuple("credit-limit", 2), tuple("credit-grade", 2));
	}

	@Test
	void checksTheExamplesInTheModelFolderBeforeThoseOfTheApplication() throws IOException {
		// given
		Files.writeString(this.modelRoot.resolve("rules/credit-limit.examples.csv"),
				"""
						example,trailing12mNetSales,avgDaysLate,maxOverdueDays,yearsAsCustomer,growthPotential,grade,monthsOfCover,growthFactor,formulaLimit,paymentTerms
						grade A now covers three months,1200000,3,0,5,HIGH,A,3.0,1.2,360000,NET60
						""");

		// when
		DeploymentWithDefinitions deployment = deploy(threeMonthsOfCoverForGradeA());

		// then
		assertThat(deployment.getDeployedDecisionDefinitions()).extracting(DecisionDefinition::getKey)
			.contains("credit-limit");
		assertThat(latestVersion("credit-limit")).isEqualTo(2);
	}

	@Test
	void checksADecisionByItsKeyWhateverTheResourceIsCalled() throws IOException {
		// given
		String threeMonthsForGradeA = threeMonthsOfCoverForGradeA();

		// when
		Throwable refused = catchThrowable(() -> this.app.getBean(RepositoryService.class)
			.createDeployment()
			.addString("my changes/limit-v2.dmn", threeMonthsForGradeA)
			.deploy());

		// then
		assertThat(refused).isInstanceOf(RuleExamplesException.class)
			.hasMessageContaining("my changes/limit-v2.dmn: decision 'credit-limit' disagrees with 6 of 32 examples");
		assertThat(latestVersion("credit-limit")).isEqualTo(1);
	}

	private String threeMonthsOfCoverForGradeA() throws IOException {
		String original = Files.readString(this.modelRoot.resolve(CREDIT_LIMIT));
		String changed = original.replace("<outputEntry id=\"OutputEntry_TermsA_Cover\"><text>2.0</text>",
				"<outputEntry id=\"OutputEntry_TermsA_Cover\"><text>3.0</text>");
		assertThat(changed).isNotEqualTo(original);
		return changed;
	}

	private DeploymentWithDefinitions deploy(String creditLimit) {
		return this.app.getBean(RepositoryService.class)
			.createDeployment()
			.name("credit-limit change")
			.addString(CREDIT_LIMIT, creditLimit)
			.deployWithResult();
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
