package com.osb.salesops.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for integration tests. Uses the server named by
 * {@code SALESOPS_TEST_DATABASE_URL} (with {@code _USER} and {@code _PASSWORD}) when set;
 * otherwise starts a throwaway server from the installed binaries on a free port, as the
 * {@code postgres} user when run as root, and stops it when the test JVM exits.
 */
public final class PostgresServer implements BeforeAllCallback {

	public static final String URL_VARIABLE = "SALESOPS_TEST_DATABASE_URL";

	private static final String DATABASE = "salesops";

	private static String url;

	private static String user;

	private static String password;

	private static final Set<String> createdDatabases = new HashSet<>();

	private static Started started;

	@Override
	public void beforeAll(ExtensionContext context) {
		ensureRunning();
	}

	/** Points the Spring datasource at the server. */
	public static void register(DynamicPropertyRegistry registry) {
		ensureRunning();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> user);
		registry.add("spring.datasource.password", () -> password);
	}

	public static synchronized String url() {
		ensureRunning();
		return url;
	}

	/**
	 * A new, empty database of that name on the server, for tests that start nodes of
	 * their own; returns its JDBC URL.
	 */
	public static synchronized String databaseUrl(String database) {
		ensureRunning();
		String serverUrl = url.substring(0, url.lastIndexOf('/') + 1);
		if (!createdDatabases.contains(database)) {
			try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", user, password);
					Statement statement = connection.createStatement()) {
				statement.execute("create database " + database);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create database " + database + ": " + ex.getMessage(), ex);
			}
			createdDatabases.add(database);
		}
		return serverUrl + database;
	}

	public static String user() {
		return user;
	}

	public static String password() {
		return password;
	}

	private static synchronized void ensureRunning() {
		if (url != null) {
			return;
		}
		String external = System.getenv(URL_VARIABLE);
		if (external != null && !external.isBlank()) {
			url = external;
			user = System.getenv().getOrDefault(URL_VARIABLE + "_USER", "postgres");
			password = System.getenv().getOrDefault(URL_VARIABLE + "_PASSWORD", "");
			return;
		}
		try {
			startThrowawayServer();
		}
		catch (IOException | SQLException ex) {
			throw new IllegalStateException("Could not start a PostgreSQL server for the tests: " + ex.getMessage(),
					ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting PostgreSQL", ex);
		}
	}

	private static void startThrowawayServer() throws IOException, SQLException, InterruptedException {
		Path bin = findBinaries();
		boolean root = "root".equals(System.getProperty("user.name"));
		Path dir = Files.createTempDirectory("salesops-pg-");
		Path data = dir.resolve("data");
		if (root) {
			UserPrincipal postgres = dir.getFileSystem()
				.getUserPrincipalLookupService()
				.lookupPrincipalByName("postgres");
			Files.setOwner(dir, postgres);
		}
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
		int port = freePort();
		run(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E",
				"UTF8", "--no-sync");
		started = new Started(root, bin, dir, data, port);
		started.start();
		stopWhenThisJvmExits(root, bin, dir, data);
		user = "postgres";
		password = "";
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
				user, password); Statement statement = connection.createStatement()) {
			statement.execute("create database " + DATABASE);
		}
		url = "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
	}

	/**
	 * Stops the throwaway server (fast shutdown: open connections are cut), and returns
	 * what starts it again on the same port with the same data.
	 */
	public static synchronized Runnable stop() {
		if (started == null) {
			throw new IllegalStateException("Only a server the tests started can be stopped");
		}
		try {
			run(started.root(), started.bin().resolve("pg_ctl").toString(), "-D", started.data().toString(), "-m",
					"fast", "-w", "stop");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return () -> {
			try {
				started.start();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		};
	}

	/** A throwaway server: where it lives and how to start it. */
	private record Started(boolean root, Path bin, Path dir, Path data, int port) {

		void start() throws IOException, InterruptedException {
			run(this.root, this.bin.resolve("pg_ctl").toString(), "-D", this.data.toString(), "-l",
					this.dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
					"-p " + this.port + " -k " + this.dir + " -c listen_addresses=127.0.0.1"
							+ " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
					"start");
		}

	}

	private static Path findBinaries() {
		List<Path> candidates = new ArrayList<>();
		String configured = System.getenv("PG_BIN");
		if (configured != null) {
			candidates.add(Path.of(configured));
		}
		Path lib = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(lib)) {
			try (Stream<Path> versions = Files.list(lib)) {
				versions.sorted(Comparator.comparing(PostgresServer::majorVersion).reversed())
					.forEach((version) -> candidates.add(version.resolve("bin")));
			}
			catch (IOException ex) {
				// fall through to the message below
			}
		}
		return candidates.stream()
			.filter((bin) -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("""
					The PostgreSQL server binaries (initdb, pg_ctl) were not found, so the integration tests \
					cannot run. Install them with 'sudo apt-get install -y postgresql-15' (any version works; \
					set PG_BIN to their folder if it is not under /usr/lib/postgresql), or point the tests at \
					an existing server with %s=jdbc:postgresql://host:port/db (plus %s_USER and %s_PASSWORD)."""
				.formatted(URL_VARIABLE, URL_VARIABLE, URL_VARIABLE)));
	}

	private static int majorVersion(Path versionDir) {
		try {
			return Integer.parseInt(versionDir.getFileName().toString());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void run(boolean asPostgres, String... command) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>();
		if (asPostgres) {
			line.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		line.addAll(List.of(command));
		Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException(String.join(" ", line) + " failed:\n" + output);
		}
	}

	/**
	 * A detached watcher stops the server and removes its files once this JVM has gone,
	 * however it ends, so that the JVM never waits on a database its own connections
	 * still use.
	 */
	private static void stopWhenThisJvmExits(boolean root, Path bin, Path dir, Path data) throws IOException {
		String script = "while [ -d /proc/" + ProcessHandle.current().pid() + " ]; do sleep 1; done; "
				+ bin.resolve("pg_ctl") + " -D " + data + " -m immediate -w stop; rm -rf " + dir;
		List<String> line = new ArrayList<>();
		if (root) {
			line.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		line.addAll(List.of("setsid", "sh", "-c", script));
		new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
	}

}
