package com.osb.salesops.shared.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.osb.salesops.SalesOpsApplication;
import com.osb.salesops.shared.time.BusinessCalendar;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * In the {@code dev} profile, saving a rule file deploys a new decision version while the
 * application runs, and the next evaluation uses the new rule, as long as the rule agrees
 * with its examples; saving the public holidays changes the business days.
 */
@ExtendWith(OutputCaptureExtension.class)
class ModelHotDeployIT {

	/** One example that none of the changes below touches: grade B, medium growth. */
	static final String GRADE_B_EXAMPLE = """
			example,trailing12mNetSales,avgDaysLate,maxOverdueDays,yearsAsCustomer,growthPotential,grade,monthsOfCover,growthFactor,formulaLimit,paymentTerms
			worked example 2: grade B,600000,10,20,2,MEDIUM,B,1.5,1.0,75000,NET30
			""";

	static final String GRADE_A_COVER = "<outputEntry id=\"OutputEntry_TermsA_Cover\"><text>2.0</text>";

	static final String GRADE_A_COVER_3 = "<outputEntry id=\"OutputEntry_TermsA_Cover\"><text>3.0</text>";

	private static final Map<String, Object> GRADE_A_CUSTOMER = Map.of("trailing12mNetSales", 1_200_000L, "avgDaysLate",
			3L, "maxOverdueDays", 0L, "yearsAsCustomer", 5L, "growthPotential", "HIGH");

	@TempDir
	Path modelRoot;

	ConfigurableApplicationContext app;

	@BeforeEach
	void startInDevMode() throws IOException {
		FileSystemUtils.copyRecursively(Path.of("rules"), this.modelRoot.resolve("rules"));
		FileSystemUtils.copyRecursively(Path.of("processes"), this.modelRoot.resolve("processes"));
		FileSystemUtils.copyRecursively(Path.of("forms"), this.modelRoot.resolve("forms"));
		this.app = new SpringApplicationBuilder(SalesOpsApplication.class).profiles("dev")
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"--salesops.models.root=" + this.modelRoot, "--salesops.demo.enabled=false");
	}

	@AfterEach
	void stop() {
		this.app.close();
	}

	@Test
	void savingAChangedDecisionDeploysANewVersionThatIsUsed() throws IOException {
		// given
		Path dmn = this.modelRoot.resolve("rules/credit-limit.dmn");
		assertThat(formulaLimit()).isEqualTo(240_000L);
		assertThat(latestVersion("credit-limit")).isEqualTo(1);
		Files.writeString(this.modelRoot.resolve("rules/credit-limit.examples.csv"), GRADE_B_EXAMPLE);
		String original = Files.readString(dmn);
		String threeMonthsForGradeA = original.replace(GRADE_A_COVER, GRADE_A_COVER_3);
		assertThat(threeMonthsForGradeA).isNotEqualTo(original);

		// when
		Files.writeString(dmn, threeMonthsForGradeA);

		// then
		await().atMost(Duration.ofSeconds(20)).until(() -> latestVersion("credit-limit") == 2);
		assertThat(formulaLimit()).isEqualTo(360_000L);
	}

	@Test
	void savingARuleThatBreaksItsExamplesIsRefusedAndTheLiveVersionStays(CapturedOutput output) throws IOException {
		// given
		Path dmn = this.modelRoot.resolve("rules/credit-limit.dmn");
		assertThat(latestVersion("credit-limit")).isEqualTo(1);
		String threeMonthsForGradeA = Files.readString(dmn).replace(GRADE_A_COVER, GRADE_A_COVER_3);

		// when
		Files.writeString(dmn, threeMonthsForGradeA);

		// then
		await().atMost(Duration.ofSeconds(20))
			.until(() -> output.getOut().contains("Refused [rules/credit-limit.dmn]"));
		assertThat(output.getOut())
			.contains("rules/credit-limit.dmn: decision 'credit-limit' disagrees with 6 of 32"
					+ " examples in rules/credit-limit.examples.csv:")
			.contains("- worked example 1: grade A with high growth (line 2): monthsOfCover expected 2.0, was 3.0");
		assertThat(latestVersion("credit-limit")).isEqualTo(1);
		assertThat(formulaLimit()).isEqualTo(240_000L);
	}

	@Test
	void savingAnUnchangedFileDeploysNothing(CapturedOutput output) throws IOException {
		// given
		Path dmn = this.modelRoot.resolve("rules/order-approval-level.dmn");
		Path other = this.modelRoot.resolve("rules/credit-limit.dmn");
		assertThat(latestVersion("order-approval-level")).isEqualTo(1);
		Files.writeString(this.modelRoot.resolve("rules/credit-limit.examples.csv"), GRADE_B_EXAMPLE);

		// when
		Files.writeString(dmn, Files.readString(dmn));
		Files.writeString(other, Files.readString(other).replace("<text>1.2</text>", "<text>1.25</text>"));

		// then
		await().atMost(Duration.ofSeconds(20)).until(() -> latestVersion("credit-limit") == 2);
		assertThat(latestVersion("order-approval-level")).isEqualTo(1);
		assertThat(output.getOut()).contains("Deployed [rules/credit-limit.dmn")
			.contains("credit-limit version 2")
			.contains("Watching " + this.modelRoot.resolve("rules") + " for model changes");
	}

	@Test
	void savingAChangedFormDeploysANewVersionThatTasklistShows() throws IOException {
		// given
		Path form = this.modelRoot.resolve("forms/credit-refresh/start-credit-refresh.form");
		assertThat(latestFormVersion("start-credit-refresh")).isEqualTo(1);

		// when
		Files.writeString(form, Files.readString(form).replace("Customer code (optional)", "Customer code"));

		// then
		await().atMost(Duration.ofSeconds(20)).until(() -> latestFormVersion("start-credit-refresh") == 2);
		assertThat(latestFormVersion("review-credit-change")).isEqualTo(1);
	}

	@Test
	void savingThePublicHolidaysChangesTheBusinessDaysAtOnce() throws IOException {
		// given
		Path holidays = this.modelRoot.resolve(BusinessCalendar.FILE);
		BusinessCalendar calendar = this.app.getBean(BusinessCalendar.class);
		LocalDate companyDay = LocalDate.of(2026, 12, 7);
		assertThat(calendar.isBusinessDay(companyDay)).isTrue();

		// when
		Files.writeString(holidays, Files.readString(holidays) + "2026-12-07,holiday,Company day\n");

		// then
		await().atMost(Duration.ofSeconds(20)).until(() -> !calendar.isBusinessDay(companyDay));
	}

	private int latestFormVersion(String key) {
		return this.app.getBean(JdbcTemplate.class)
			.queryForObject("select max(VERSION_) from ACT_RE_CAMFORMDEF where KEY_ = ?", Integer.class, key);
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
