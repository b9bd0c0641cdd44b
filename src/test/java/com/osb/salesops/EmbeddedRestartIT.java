package com.osb.salesops;

import java.nio.file.Path;
import java.util.Map;

import com.osb.salesops.support.Http;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default as a new user runs it: an H2 file database with the demo company,
 * started twice. The second start keeps the data, loads no demo data again and deploys no
 * duplicate versions.
 */
class EmbeddedRestartIT {

	@TempDir
	Path dataDir;

	@Test
	void restartKeepsDataAndDeploysNoDuplicateVersions() {
		// given
		Map<String, Long> firstRun;
		try (ConfigurableApplicationContext app = start()) {
			firstRun = snapshot(app);
			assertThat(webappLogin(app, "rep1", "rep1")).isEqualTo(200);
		}

		// when
		Map<String, Long> secondRun;
		try (ConfigurableApplicationContext app = start()) {
			secondRun = snapshot(app);
		}

		// then
		assertThat(firstRun).containsEntry("markets", 2L)
			.containsEntry("regions", 4L)
			.containsEntry("reps", 8L)
			.containsEntry("customers", 16L)
			.containsEntry("demoUsers", 17L)
			.containsEntry("deployments", 1L)
			.containsEntry("credit-limit versions", 1L)
			.containsEntry("order-approval-level versions", 1L);
		assertThat(firstRun.get("invoices")).isGreaterThan(150L);
		assertThat(secondRun).isEqualTo(firstRun);
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(SalesOpsApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:file:" + this.dataDir.resolve("salesops") + ";DB_CLOSE_ON_EXIT=FALSE");
	}

	private static Map<String, Long> snapshot(ConfigurableApplicationContext app) {
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		RepositoryService repository = app.getBean(RepositoryService.class);
		IdentityService identity = app.getBean(IdentityService.class);
		return Map.of("markets", count(jdbc, "market"), "regions", count(jdbc, "region"), "reps",
				count(jdbc, "sales_rep"), "customers", count(jdbc, "customer"), "invoices", count(jdbc, "invoice"),
				"demoUsers", identity.createUserQuery().count(), "deployments",
				repository.createDeploymentQuery().count(), "credit-limit versions",
				repository.createDecisionDefinitionQuery().decisionDefinitionKey("credit-limit").count(),
				"order-approval-level versions",
				repository.createDecisionDefinitionQuery().decisionDefinitionKey("order-approval-level").count());
	}

	private static long count(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private static int webappLogin(ConfigurableApplicationContext app, String user, String password) {
		int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
		Http browser = new Http(port);
		browser.get("/camunda/app/tasklist/default/");
		return browser
			.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
					"username=" + user + "&password=" + password, browser.csrfToken())
			.statusCode();
	}

}
