package com.osb.salesops.cluster;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.osb.salesops.support.Node;
import com.osb.salesops.support.PostgresServer;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the application started at the same moment on one empty PostgreSQL
 * database both come up, with the engine's tables made by the migrations (the engine
 * itself never changes the schema): one schema, one deployment of the models, one
 * administrator, each role and filter once. A node started again changes nothing.
 */
class NodesStartTogetherPostgresIT {

	private static final Duration START = Duration.ofMinutes(4);

	@Test
	void twoNodesStartTogetherOnAnEmptyDatabaseAndAgainOnAFullOne() throws Exception {
		String database = "two_nodes";
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(PostgresServer.databaseUrl(database),
				PostgresServer.user(), PostgresServer.password()));

		Map<String, Object> first;
		Map<String, Object> figures = new LinkedHashMap<>();
		try (Node a = new Node("node-a", database); Node b = new Node("node-b", database)) {
			// when
			long started = System.nanoTime();
			a.start();
			b.start();
			a.awaitReady(START);
			long aReady = seconds(started);
			b.awaitReady(START);
			figures.put("1 started together on an empty database: ready after",
					"node-a " + aReady + " s, node-b " + seconds(started) + " s");

			// then
			first = snapshot(jdbc);
			figures.put("1 first start: deployments / definitions / latest version above 1", first.get("deployments")
					+ " / " + first.get("process definitions") + " / " + first.get("latest version above 1"));
			figures.put("1 first start: administrators / migrations failed / applied twice / filters named twice",
					first.get("administrators") + " / " + first.get("failed migrations") + " / "
							+ first.get("migrations applied twice") + " / " + first.get("filters named twice"));
			assertThat(first).containsEntry("deployments", 1L)
				.containsEntry("latest version above 1", 0L)
				.containsEntry("administrators", 1L)
				.containsEntry("failed migrations", 0L)
				.containsEntry("migrations applied twice", 0L)
				.containsEntry("filters named twice", 0L);
			assertThat((Long) first.get("process definitions")).isGreaterThan(5L);
			assertThat(jdbc.queryForObject("select max(version_) from act_ge_schema_log", String.class))
				.startsWith("7.24");

			// when: one node is started again beside the running one
			b.close();
			try (Node again = new Node("node-b-again", database)) {
				again.start();
				again.awaitReady(START);
			}
		}

		// then
		Map<String, Object> again = snapshot(jdbc);
		figures.put("1 started again beside a running node: figures changed", again.equals(first) ? "none" : again);
		print(figures);
		assertThat(again).isEqualTo(first);
	}

	private static void print(Map<String, Object> figures) {
		int width = figures.keySet().stream().mapToInt(String::length).max().orElse(10);
		StringBuilder table = new StringBuilder("\nCluster acceptance: nodes started together\n");
		figures.forEach((check, figure) -> table.append(String.format("  %-" + width + "s | %s%n", check, figure)));
		System.out.println(table);
	}

	private static long seconds(long since) {
		return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since);
	}

	private static Map<String, Object> snapshot(JdbcTemplate jdbc) {
		return Map.of("deployments", count(jdbc, "select count(*) from act_re_deployment"), "process definitions",
				count(jdbc, "select count(*) from act_re_procdef"), "latest version above 1",
				count(jdbc,
						"select count(*) from (select key_ from act_re_procdef group by key_ having max(version_) > 1"
								+ " union all select key_ from act_re_decision_def group by key_"
								+ " having max(version_) > 1) above"),
				"administrators",
				count(jdbc, "select count(*) from act_id_membership where group_id_ = 'camunda-admin'"), "groups",
				count(jdbc, "select count(*) from act_id_group"), "failed migrations",
				count(jdbc, "select count(*) from salesops_schema_history where not success"),
				"migrations applied twice",
				count(jdbc,
						"select count(*) from (select version from salesops_schema_history where version is not null"
								+ " group by version having count(*) > 1) twice"),
				"filters named twice", count(jdbc, "select count(*) from (select name_ from act_ru_filter"
						+ " group by name_, owner_ having count(*) > 1) twice"));
	}

	private static long count(JdbcTemplate jdbc, String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

}
