package com.osb.salesops.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One node of the application: the packaged application in a JVM of its own, in the
 * {@code postgres} profile, on a database of the test's PostgreSQL server. Its output
 * goes to {@code target/nodes/<name>.log}.
 */
public final class Node implements AutoCloseable {

	private final String name;

	private final int port;

	private final List<String> command;

	private Process process;

	public Node(String name, String database, String... extraArguments) {
		this.name = name;
		this.port = freePort();
		this.command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", application().toString(),
				"--spring.profiles.active=postgres", "--server.port=" + this.port,
				"--spring.datasource.url=" + PostgresServer.databaseUrl(database),
				"--spring.datasource.username=" + PostgresServer.user(),
				"--spring.datasource.password=" + PostgresServer.password(),
				"--camunda.bpm.admin-user.id=" + PostgresIntegrationTest.ADMIN,
				"--camunda.bpm.admin-user.password=" + PostgresIntegrationTest.ADMIN_PASSWORD,
				"--salesops.security.secure-cookies=false"));
		this.command.addAll(List.of(extraArguments));
	}

	/** Starts the node's JVM; {@link #awaitReady(Duration)} waits until it serves. */
	public Node start() {
		try {
			Path logs = Path.of("target", "nodes");
			Files.createDirectories(logs);
			this.process = new ProcessBuilder(this.command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(this.name + ".log").toFile()))
				.start();
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits until the node's readiness probe answers UP; fails when the JVM ends first.
	 */
	public void awaitReady(Duration timeout) throws InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " ended with exit code " + this.process.exitValue()
						+ " before it was ready; see target/nodes/" + this.name + ".log");
			}
			try {
				int status = client
					.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
						.timeout(Duration.ofSeconds(5))
						.build(), BodyHandlers.discarding())
					.statusCode();
				if (status == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException(this.name + " was not ready within " + timeout);
	}

	public boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	public int port() {
		return this.port;
	}

	public String url() {
		return "http://127.0.0.1:" + this.port;
	}

	/** Ends the JVM at once, as {@code kill -9} does. */
	public void kill() throws InterruptedException {
		if (this.process != null) {
			this.process.destroyForcibly();
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	private static Path application() {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("salesops-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"No packaged application under target/: the nodes run the jar that 'package' builds"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
