package com.osb.salesops.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Finance and the warehouse as a real HTTP server on loopback. It acts once per
 * {@code Idempotency-Key} and answers a repeated key as it answered the first time; it
 * can be told to answer a path late, to fail it a number of times, or to refuse it until
 * it is healed. Finance is under {@code /finance}, the warehouse under
 * {@code /warehouse}.
 */
public final class FakeFinanceAndWarehouse implements AutoCloseable {

	public static final String TOKEN = "test-token";

	private final HttpServer server;

	private final Map<String, String> answers = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> effects = new ConcurrentHashMap<>();

	private final Map<String, String> bodies = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

	private final Map<String, Deque<Integer>> failures = new ConcurrentHashMap<>();

	private final Map<String, Duration> delays = new ConcurrentHashMap<>();

	private final Map<String, Duration> slowdowns = new ConcurrentHashMap<>();

	private final Map<String, String> refusals = new ConcurrentHashMap<>();

	private final Map<String, Hold> holds = new ConcurrentHashMap<>();

	private final Map<String, CountDownLatch> releasers = new ConcurrentHashMap<>();

	private final Set<String> reservationsHeld = ConcurrentHashMap.newKeySet();

	private final AtomicInteger sequence = new AtomicInteger();

	private final String prefix = "X" + (System.nanoTime() % 100_000);

	public FakeFinanceAndWarehouse() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	public String url(String system) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/" + system;
	}

	/** The next calls to the path fail with these statuses, one each. */
	public void failNext(String path, int... statuses) {
		Deque<Integer> queue = this.failures.computeIfAbsent(path, (key) -> new ArrayDeque<>());
		for (int status : statuses) {
			queue.add(status);
		}
	}

	/** The next call to the path acts at once but answers only after the delay. */
	public void delayNext(String path, Duration delay) {
		this.delays.put(path, delay);
	}

	/**
	 * Every call to the path acts at once but answers only after the delay, until healed.
	 */
	public void slowDown(String path, Duration delay) {
		this.slowdowns.put(path, delay);
	}

	/**
	 * The next call to the path waits, before the system acts, until the hold is let go
	 * (at most ten seconds).
	 */
	public Hold holdNext(String path) {
		Hold hold = new Hold(new CountDownLatch(1), new CountDownLatch(1));
		this.holds.put(path, hold);
		return hold;
	}

	/**
	 * The next call to the path waits, before the system acts, until a call to the other
	 * path has been acted on (at most ten seconds).
	 */
	public Hold holdUntil(String path, String releasingPath) {
		Hold hold = holdNext(path);
		this.releasers.put(releasingPath, hold.go());
		return hold;
	}

	/** Whether the warehouse still holds stock reserved for the order. */
	public boolean holdsReservation(String orderNumber) {
		return this.reservationsHeld.contains(orderNumber);
	}

	/** Whether a request with this idempotency key has arrived, answered or not. */
	public boolean received(String idempotencyKey) {
		return this.requests.containsKey(idempotencyKey);
	}

	/** How many idempotency keys were sent more than once. */
	public long keysSentAgain() {
		return this.requests.values().stream().filter((count) -> count.get() > 1).count();
	}

	/** Every call to the path is refused with this status and body until healed. */
	public void refuse(String path, String body) {
		this.refusals.put(path, body);
	}

	public void heal(String path) {
		this.refusals.remove(path);
		this.slowdowns.remove(path);
	}

	/** How many times the system acted for this idempotency key. */
	public int effects(String idempotencyKey) {
		AtomicInteger count = this.effects.get(idempotencyKey);
		return (count != null) ? count.get() : 0;
	}

	/** How many idempotency keys the system acted for more than once. */
	public long duplicateEffects() {
		return this.effects.values().stream().filter((count) -> count.get() > 1).count();
	}

	/** How many idempotency keys the system acted for. */
	public int keys() {
		return this.effects.size();
	}

	/** How many requests the system was sent, answered or not. */
	/** The body of the first call under the key, or null. */
	public String body(String idempotencyKey) {
		return this.bodies.get(idempotencyKey);
	}

	public int requests() {
		return this.requests.values().stream().mapToInt(AtomicInteger::get).sum();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String sent = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
		this.bodies.putIfAbsent(String.valueOf(key), sent);
		this.requests.computeIfAbsent(String.valueOf(key), (first) -> new AtomicInteger()).incrementAndGet();
		if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			answer(exchange, 401, "{\"error\": \"no token\"}");
			return;
		}
		Deque<Integer> failing = this.failures.get(path);
		Integer failure = (failing != null) ? failing.poll() : null;
		if (failure != null) {
			answer(exchange, failure, "{\"error\": \"unavailable\"}");
			return;
		}
		String refusal = this.refusals.get(path);
		if (refusal != null) {
			answer(exchange, 422, refusal);
			return;
		}
		Hold hold = this.holds.remove(path);
		if (hold != null) {
			hold.arrived().countDown();
			await(hold.go());
		}
		String body = this.answers.computeIfAbsent(key, (first) -> act(first, path));
		CountDownLatch releases = this.releasers.remove(path);
		if (releases != null) {
			releases.countDown();
		}
		Duration delay = this.delays.remove(path);
		if (delay == null) {
			delay = this.slowdowns.get(path);
		}
		if (delay != null) {
			pause(delay);
		}
		answer(exchange, 200, body);
	}

	private String act(String key, String path) {
		this.effects.computeIfAbsent(key, (first) -> new AtomicInteger()).incrementAndGet();
		String orderNumber = key.contains(":") ? key.substring(0, key.lastIndexOf(':')) : key;
		if (path.endsWith("/warehouse/reservations")) {
			this.reservationsHeld.add(orderNumber);
		}
		else if (path.startsWith("/warehouse/reservations/") && path.endsWith("/release")) {
			this.reservationsHeld.remove(orderNumber);
		}
		String kind = path.endsWith("/shipping-notices") ? "FHTZ"
				: path.endsWith("/invoices") ? "FP" : path.endsWith("/credit-notes") ? "HZ" : null;
		if (kind == null) {
			return "{\"accepted\": true}";
		}
		return "{\"number\": \"" + this.prefix + kind + this.sequence.incrementAndGet() + "\"}";
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void pause(Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * A call held before the system acts on it.
	 *
	 * @param arrived counted down when the call has arrived
	 * @param go counted down to let the call go on
	 */
	public record Hold(CountDownLatch arrived, CountDownLatch go) {

		public boolean awaitArrival(Duration timeout) throws InterruptedException {
			return this.arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}

		public void letGo() {
			this.go.countDown();
		}

	}

}
