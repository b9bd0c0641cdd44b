package com.osb.salesops.shared.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * Creates the process engine's tables as one step of the application's migrations, so
 * that the engine schema and the application schema are made under the same migration
 * lock, by the first node that starts, and the engine itself never changes the schema
 * ({@code camunda.bpm.database.schema-update: false}). The scripts are the ones the
 * engine ships for the database in use. A database whose engine tables already exist
 * (made before this step existed) is left as it is. An engine upgrade adds a later step
 * that runs the engine's upgrade scripts.
 */
@Component
class EngineSchemaMigration implements JavaMigration {

	private static final String SCRIPTS = "org/camunda/bpm/engine/db/create/activiti.%s.create.%s.sql";

	/** The engine's parts, in the order the engine creates them itself. */
	private static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine", "case.history",
			"decision.engine", "decision.history");

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("35");
	}

	@Override
	public String getDescription() {
		return "process engine schema";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		if (enginePresent(connection.getMetaData())) {
			return;
		}
		String database = databaseType(connection.getMetaData().getDatabaseProductName());
		try (Statement statement = connection.createStatement()) {
			for (String part : PARTS) {
				for (String sql : statements(read(SCRIPTS.formatted(database, part)))) {
					statement.execute(sql);
				}
			}
		}
	}

	private static boolean enginePresent(DatabaseMetaData metadata) throws SQLException {
		for (String table : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
			try (ResultSet tables = metadata.getTables(null, null, table, null)) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

	private static String databaseType(String product) {
		String name = product.toLowerCase(Locale.ROOT);
		if (name.contains("postgres")) {
			return "postgres";
		}
		if (name.contains("h2")) {
			return "h2";
		}
		throw new IllegalStateException("The process engine's tables can be made on PostgreSQL or H2, not " + product);
	}

	private static String read(String resource) {
		try (InputStream in = EngineSchemaMigration.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The process engine ships no script " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The statements of a script: comment lines dropped, split at each semicolon. */
	static List<String> statements(String script) {
		StringBuilder text = new StringBuilder();
		script.lines()
			.filter((line) -> !line.strip().startsWith("--"))
			.forEach((line) -> text.append(line).append('\n'));
		List<String> statements = new ArrayList<>();
		for (String statement : text.toString().split(";")) {
			if (!statement.isBlank()) {
				statements.add(statement.strip());
			}
		}
		return statements;
	}

}
