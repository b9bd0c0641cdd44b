package com.osb.salesops;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code compose.yaml} starts PostgreSQL 15 and the application in the {@code postgres}
 * profile, the first administrator taken from the environment. No container engine runs
 * where the project is built, so the file is read here as the engine would read it.
 */
class ComposeFileTest {

	private Map<String, Object> services;

	@BeforeEach
	void readComposeFile() throws IOException {
		try (Reader reader = Files.newBufferedReader(Path.of("compose.yaml"), StandardCharsets.UTF_8)) {
			Map<String, Object> compose = new Yaml().load(reader);
			this.services = map(compose.get("services"));
		}
	}

	@Test
	void startsTheDatabaseAndTheApplication() {
		assertThat(this.services).containsOnlyKeys("db", "app");
		assertThat(service("db").get("image")).isEqualTo("postgres:15");
		assertThat(service("app")).containsKey("build");
	}

	@Test
	void runsTheApplicationInThePostgresProfileOnTheDatabaseService() {
		Map<String, Object> environment = environment("app");

		assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
		assertThat((String) environment.get("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql://db:5432/");
		assertThat(environment.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(environment("db").get("POSTGRES_USER"));
		assertThat(environment.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(environment("db").get("POSTGRES_PASSWORD"));
		String database = (String) environment("db").get("POSTGRES_DB");
		assertThat((String) environment.get("SPRING_DATASOURCE_URL")).endsWith("/" + database);
	}

	@Test
	void takesTheAdministratorAndThePasswordsFromTheEnvironment() {
		Map<String, Object> environment = environment("app");

		assertThat(environment.get("CAMUNDA_BPM_ADMINUSER_ID"))
			.isEqualTo("${CAMUNDA_BPM_ADMINUSER_ID:?set CAMUNDA_BPM_ADMINUSER_ID}");
		assertThat(environment.get("CAMUNDA_BPM_ADMINUSER_PASSWORD"))
			.isEqualTo("${CAMUNDA_BPM_ADMINUSER_PASSWORD:?set CAMUNDA_BPM_ADMINUSER_PASSWORD}");
		assertThat((String) environment.get("SPRING_DATASOURCE_PASSWORD")).startsWith("${");
		assertThat((String) environment("db").get("POSTGRES_PASSWORD")).startsWith("${");
	}

	@Test
	void startsTheApplicationOnceTheDatabaseIsHealthy() {
		Map<String, Object> healthcheck = map(service("db").get("healthcheck"));
		Map<String, Object> dependsOn = map(service("app").get("depends_on"));

		assertThat(list(healthcheck.get("test")))
			.anySatisfy((part) -> assertThat(String.valueOf(part)).contains("pg_isready"));
		assertThat(map(dependsOn.get("db"))).containsEntry("condition", "service_healthy");
	}

	private Map<String, Object> service(String name) {
		assertThat(this.services).containsKey(name);
		return map(this.services.get(name));
	}

	private Map<String, Object> environment(String name) {
		return map(service(name).get("environment"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object value) {
		assertThat(value).isInstanceOf(List.class);
		return (List<Object>) value;
	}

}
