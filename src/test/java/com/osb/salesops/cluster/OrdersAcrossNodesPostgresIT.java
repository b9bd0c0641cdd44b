package com.osb.salesops.cluster;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.FakeFinanceAndWarehouse;
import com.osb.salesops.support.Node;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.Scans;
import com.osb.salesops.support.PostgresServer;
import com.osb.salesops.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the application on one PostgreSQL database, finance and the warehouse in
 * {@code http} mode against a loopback server that counts requests and effects per
 * idempotency key, orders driven through the REST API as each role:
 * <ul>
 * <li>(4) a burst of concurrent orders for one customer across both nodes: the committed
 * exposure, sampled by SQL during the burst, never above the limit, no 5xx;</li>
 * <li>(2) orders worked to their end while one node is killed ({@code kill -9}) and
 * started again three times: every order ends, no duplicate effect per key, no incident,
 * no job left locked;</li>
 * <li>(5) each order's payment reported twice at the same moment, to each node: applied
 * once, no 5xx;</li>
 * <li>(3) a hook slower than the lock time: each node keeps the jobs it holds locked
 * while they wait and run, so no key is sent again and no effect is duplicated;</li>
 * <li>(6) orders cancelled while their reservation and shipping notice jobs run: stock,
 * credit and reservation restored, nothing shipped, nothing left reserved at the
 * warehouse;</li>
 * <li>(5) dispatches reported, twice at once to both nodes, while the shipping notice
 * they follow is still being issued: each applied once, none lost, no 5xx;</li>
 * <li>(8) dispatch timers made due while slow warehouse calls fill every job executor
 * thread: each fires within 60 s of its due time;</li>
 * <li>(7) PostgreSQL stopped for 60 s while orders are worked: readiness DOWN, then UP
 * within 60 s of its return, every order ends without restarting a node.</li>
 * </ul>
 * The figures of each check are printed as a table.
 */
class OrdersAcrossNodesPostgresIT {

	private static final Duration START = Duration.ofMinutes(5);

	private static final Duration STEP = Duration.ofMinutes(4);

	/**
	 * Counts the executions of an order's own flow by business key; the customer's call
	 * after delivery is a case of its own that carries the order number and outlives the
	 * order, so it is left out.
	 */
	private static final String ORDER_FLOW = "select count(*) from act_ru_execution e join act_re_procdef d"
			+ " on d.id_ = e.proc_def_id_ where d.key_ <> 'delivery-callback' and e.business_key_";

	private static final String SECRET = "cluster-callback-secret";

	private static final int BURST = 200;

	private static final int BURST_CLIENTS = 40;

	private static final BigDecimal BURST_LIMIT = new BigDecimal("50000.00");

	private static final int KILLS = 3;

	private static final int DRIVERS = 6;

	private static final int MIN_ORDERS = 300;

	private static final int MAX_ORDERS = 300;

	private static final int SLOW_ORDERS = 6;

	private static final int RACES = 10;

	private static final Duration SLOW_HOOK = Duration.ofSeconds(15);

	private static final int EARLY_DISPATCHES = 6;

	private static final int TIMERS = 6;

	private static final int SATURATING_ORDERS = 32;

	private static final Duration OUTAGE = Duration.ofSeconds(60);

	private static final int OUTAGE_ORDERS = 8;

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Map<String, String> figures = new LinkedHashMap<>();

	private final Queue<String> failures = new ConcurrentLinkedQueue<>();

	private final Queue<String> serverErrors = new ConcurrentLinkedQueue<>();

	private final AtomicReference<Node> second = new AtomicReference<>();

	private Node first;

	private JdbcTemplate jdbc;

	private CustomerFixture customers;

	@Test
	void ordersHoldTheirInvariantsOnTwoNodesWhileOneIsKilled() throws Exception {
		String database = "cluster_" + ThreadLocalRandom.current().nextInt(1_000_000_000);
		this.jdbc = new JdbcTemplate(new DriverManagerDataSource(PostgresServer.databaseUrl(database),
				PostgresServer.user(), PostgresServer.password()));
		long began = System.nanoTime();
		try (FakeFinanceAndWarehouse remote = new FakeFinanceAndWarehouse()) {
			this.first = node("node-1", database, remote).start();
			this.second.set(node("node-2", database, remote).start());
			this.first.awaitReady(START);
			this.second.get().awaitReady(START);
			hireCrew();
			this.customers = new CustomerFixture(this.jdbc);

			burstForOneCustomer();
			ordersWhileANodeIsKilled(database, remote);
			aHookSlowerThanTheLockTime(database, remote);
			cancellationsRacingTheShipmentJobs(remote);
			dispatchesReportedBeforeTheirWaitCommits(remote);
			timersWhileTheJobExecutorIsSaturated(remote);
			postgresStoppedMidRun();
		}
		finally {
			this.figures.put("suite", seconds(began) + " s");
			printTable();
			this.first.close();
			Node last = this.second.get();
			if (last != null) {
				last.close();
			}
		}
		assertThat(this.failures).isEmpty();
	}

	/** Check 4. */
	private void burstForOneCustomer() throws Exception {
		long customer = this.customers.customer("T01");
		this.customers.profile(customer, "A", BURST_LIMIT.toPlainString(), "NET60");
		String code = this.customers.code(customer);
		String sku = this.customers.product();
		AtomicBoolean sampling = new AtomicBoolean(true);
		AtomicReference<BigDecimal> highest = new AtomicReference<>(BigDecimal.ZERO);
		AtomicInteger samples = new AtomicInteger();
		Thread sampler = new Thread(() -> {
			while (sampling.get()) {
				BigDecimal exposure = this.jdbc.queryForObject(
						"select p.committed_amount + coalesce((select"
								+ " sum(r.open_amount) from receivable r where r.customer_id = p.customer_id"
								+ " and r.written_off_on is null), 0) from credit_profile p where p.customer_id = ?",
						BigDecimal.class, customer);
				highest.accumulateAndGet(exposure, BigDecimal::max);
				samples.incrementAndGet();
				pause(20);
			}
		});
		sampler.start();
		Map<Integer, AtomicInteger> statuses = new java.util.concurrent.ConcurrentHashMap<>();
		long began = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(BURST_CLIENTS);
		try {
			List<Future<?>> submissions = new ArrayList<>();
			for (int i = 0; i < BURST; i++) {
				String url = ((i % 2 == 0) ? this.first : this.second.get()).url();
				submissions.add(pool.submit(() -> {
					HttpResponse<String> answer = send("tina", url, "POST", "/api/orders", """
							{"customerCode": "%s", "lines": [{"sku": "%s", "quantity": 1, "unitPrice": 500}]}"""
						.formatted(code, sku));
					statuses.computeIfAbsent(answer.statusCode(), (status) -> new AtomicInteger()).incrementAndGet();
					return null;
				}));
			}
			for (Future<?> submission : submissions) {
				submission.get(10, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
			sampling.set(false);
			sampler.join();
		}
		long took = seconds(began);
		Map<String, Object> after = this.jdbc
			.queryForMap("select count(*) filter (where o.committed_amount > 0) as passed, count(*) as orders,"
					+ " coalesce(sum(o.committed_amount), 0) as committed, max(p.committed_amount) as profile"
					+ " from sales_order o join customer c on c.id = o.customer_id"
					+ " join credit_profile p on p.customer_id = c.id where c.code = ?", code);
		int serverErrors = statuses.entrySet()
			.stream()
			.filter((entry) -> entry.getKey() >= 500)
			.mapToInt((entry) -> entry.getValue().get())
			.sum();
		this.figures.put("4 burst: orders submitted", BURST + " by " + BURST_CLIENTS + " clients on 2 nodes in " + took
				+ " s, answers " + new java.util.TreeMap<>(statuses));
		this.figures.put("4 burst: credit passed / orders stored",
				after.get("passed") + " / " + after.get("orders") + " (limit " + BURST_LIMIT + ", 500 each)");
		this.figures.put("4 burst: highest sampled exposure",
				highest.get() + " of limit " + BURST_LIMIT + " (" + samples.get() + " samples)");
		this.figures.put("4 burst: HTTP 5xx", String.valueOf(serverErrors));
		check(highest.get().compareTo(BURST_LIMIT) <= 0, "4: exposure " + highest.get() + " above the limit");
		check(serverErrors == 0, "4: " + serverErrors + " answers 5xx");
		check(((Number) after.get("orders")).intValue() == statuses.getOrDefault(201, new AtomicInteger()).get(),
				"4: orders stored differ from 201 answers");
		check(((BigDecimal) after.get("committed")).compareTo((BigDecimal) after.get("profile")) == 0,
				"4: the orders' committed amounts differ from the customer's");
	}

	/** Checks 2 and 5. */
	private void ordersWhileANodeIsKilled(String database, FakeFinanceAndWarehouse remote) throws Exception {
		AtomicBoolean killing = new AtomicBoolean(true);
		AtomicInteger started = new AtomicInteger();
		AtomicInteger ended = new AtomicInteger();
		Queue<String> numbers = new ConcurrentLinkedQueue<>();
		Queue<String> callbackAnswers = new ConcurrentLinkedQueue<>();
		List<Long> restarts = new ArrayList<>();
		long began = System.nanoTime();
		Thread killer = new Thread(() -> {
			try {
				for (int kill = 1; kill <= KILLS; kill++) {
					pause(ThreadLocalRandom.current().nextLong(15_000, 35_000));
					this.second.get().kill();
					long down = System.nanoTime();
					pause(2_000);
					Node again = node("node-2-" + kill, database, remote).start();
					again.awaitReady(START);
					this.second.set(again);
					restarts.add(seconds(down));
				}
			}
			catch (Exception ex) {
				this.failures.add("2: restarting a node failed: " + ex);
			}
			finally {
				killing.set(false);
			}
		});
		killer.start();
		ExecutorService drivers = Executors.newFixedThreadPool(DRIVERS);
		List<Future<?>> driven = new ArrayList<>();
		for (int i = 0; i < DRIVERS; i++) {
			driven.add(drivers.submit(() -> {
				while ((killing.get() || started.get() < MIN_ORDERS) && started.incrementAndGet() <= MAX_ORDERS) {
					try {
						numbers.add(workOrder(callbackAnswers));
						ended.incrementAndGet();
					}
					catch (Exception | AssertionError ex) {
						this.failures.add("2: " + ex.getMessage());
					}
				}
				return null;
			}));
		}
		try {
			for (Future<?> driver : driven) {
				driver.get(30, TimeUnit.MINUTES);
			}
		}
		finally {
			drivers.shutdownNow();
			killer.join();
		}
		long took = seconds(began);
		pause(Duration.ofSeconds(5).toMillis());
		String worked = String.join(",", numbers.stream().map((number) -> "'" + number + "'").toList())
				+ ((numbers.isEmpty()) ? "''" : "");

		long running = count(ORDER_FLOW + " in (" + worked + ")");
		long incidents = count("select count(*) from act_ru_incident");
		long stale = count("select count(*) from act_ru_job where lock_owner_ is not null"
				+ " and lock_exp_time_ < now() - interval '60 seconds'");
		long payments = count("select count(*) from payment p join sales_order o on o.id = p.order_id"
				+ " where o.number in (" + worked + ")");
		long paidTwice = count(
				"select count(*) from (select order_id from payment group by order_id" + " having count(*) > 1) twice");
		long duplicates = remote.duplicateEffects();
		long applied = callbackAnswers.stream().filter((body) -> body.contains("\"duplicate\":false")).count();
		long repeated = callbackAnswers.stream().filter((body) -> body.contains("\"duplicate\":true")).count();
		this.figures.put("2 kills: node killed and started again",
				restarts.size() + " times, back after " + restarts.stream().map((s) -> s + " s").toList());
		this.figures.put("2 kills: orders worked to their end",
				ended.get() + " by " + DRIVERS + " drivers in " + took + " s; still running: " + running);
		this.figures.put("2 kills: remote requests / keys / duplicate effects",
				remote.requests() + " / " + remote.keys() + " / " + duplicates);
		this.figures.put("2 kills: incidents", String.valueOf(incidents));
		this.figures.put("2 kills: jobs locked past lock time + 60 s", String.valueOf(stale));
		this.figures.put("2 kills: HTTP 5xx answered",
				this.serverErrors.size() + (this.serverErrors.isEmpty() ? "" : " " + this.serverErrors.peek()));
		this.figures.put("5 callbacks: payments sent twice at once to both nodes",
				numbers.size() + " orders: applied " + applied + ", answered duplicate " + repeated
						+ ", payments stored " + payments + ", paid twice " + paidTwice);
		check(restarts.size() == KILLS, "2: the node was not killed and restarted " + KILLS + " times");
		check(running == 0, "2: " + running + " executions of the orders still running");
		check(duplicates == 0, "2: " + duplicates + " keys with duplicate effects");
		check(incidents == 0, "2: " + incidents + " incidents");
		check(stale == 0, "2: " + stale + " jobs locked past their lock time");
		check(paidTwice == 0 && payments == numbers.size(),
				"5: payments stored " + payments + " for " + numbers.size() + " orders, " + paidTwice + " paid twice");
		check(applied == numbers.size(), "5: " + applied + " callbacks applied for " + numbers.size() + " orders");
		check(this.serverErrors.isEmpty(), "2/5: answers 5xx: " + this.serverErrors);
	}

	/**
	 * Check 3: the second node is replaced by one that locks jobs for 8 s but waits 40 s
	 * for the warehouse, and the warehouse answers reservations after 15 s, twice the
	 * lock time, so jobs also wait their turn longer than that: each node keeps the jobs
	 * it holds locked while they wait and run, so no other execution picks one up and
	 * calls again.
	 */
	private void aHookSlowerThanTheLockTime(String database, FakeFinanceAndWarehouse remote) throws Exception {
		this.second.get().close();
		Node hasty = node("node-3-short-lock", database, remote, "--camunda.bpm.job-execution.lock-time-in-millis=8000",
				"--salesops.integration.warehouse.read-timeout=PT40S")
			.start();
		hasty.awaitReady(START);
		this.second.set(hasty);
		long duplicatesBefore = remote.duplicateEffects();
		long resentBefore = remote.keysSentAgain();
		remote.slowDown("/warehouse/reservations", SLOW_HOOK);
		Queue<String> numbers = new ConcurrentLinkedQueue<>();
		Queue<String> callbackAnswers = new ConcurrentLinkedQueue<>();
		long began = System.nanoTime();
		ExecutorService drivers = Executors.newFixedThreadPool(SLOW_ORDERS);
		try {
			List<Future<String>> driven = new ArrayList<>();
			for (int i = 0; i < SLOW_ORDERS; i++) {
				driven.add(drivers.submit(() -> workOrder(callbackAnswers)));
			}
			for (Future<String> order : driven) {
				try {
					numbers.add(order.get(15, TimeUnit.MINUTES));
				}
				catch (java.util.concurrent.ExecutionException ex) {
					this.failures.add("3: " + ex.getCause().getMessage());
				}
			}
		}
		finally {
			drivers.shutdownNow();
			remote.heal("/warehouse/reservations");
		}
		long duplicates = remote.duplicateEffects() - duplicatesBefore;
		long resent = remote.keysSentAgain() - resentBefore;
		long incidents = count("select count(*) from act_ru_incident");
		this.figures.put("3 slow hook: orders, hook " + SLOW_HOOK.toSeconds() + " s against a lock of 8 s",
				numbers.size() + " of " + SLOW_ORDERS + " ended in " + seconds(began) + " s");
		this.figures.put("3 slow hook: keys sent again / duplicate effects / incidents",
				resent + " / " + duplicates + " / " + incidents);
		check(numbers.size() == SLOW_ORDERS, "3: " + numbers.size() + " of " + SLOW_ORDERS + " orders ended");
		check(duplicates == 0, "3: " + duplicates + " keys with duplicate effects");
		check(resent == 0, "3: " + resent + " keys sent again while their job was held");
		check(incidents == 0, "3: " + incidents + " incidents");
	}

	/**
	 * Check 6: orders cancelled by their rep the moment they are signed, on either node,
	 * while the jobs that reserve the stock and issue the shipping notice run.
	 */
	private void cancellationsRacingTheShipmentJobs(FakeFinanceAndWarehouse remote) throws Exception {
		Map<String, Integer> answers = new java.util.concurrent.ConcurrentHashMap<>();
		long began = System.nanoTime();
		ExecutorService drivers = Executors.newFixedThreadPool(RACES);
		try {
			List<Future<?>> driven = new ArrayList<>();
			for (int i = 0; i < RACES; i++) {
				Node target = (i % 2 == 0) ? this.first : this.second.get();
				driven.add(drivers.submit(() -> {
					String number = submitAndSign();
					HttpResponse<String> cancelled = send("tina", target.url(), "POST",
							"/api/orders/" + number + "/events",
							"""
									{"eventId": "CANCEL-%s", "type": "CANCELLED", "reason": "Customer changed supplier"}"""
								.formatted(number));
					answers.put(number, cancelled.statusCode());
					return null;
				}));
			}
			for (Future<?> order : driven) {
				try {
					order.get(10, TimeUnit.MINUTES);
				}
				catch (java.util.concurrent.ExecutionException ex) {
					this.failures.add("6: " + ex.getCause().getMessage());
				}
			}
		}
		finally {
			drivers.shutdownNow();
		}
		List<String> cancelled = answers.entrySet()
			.stream()
			.filter((answer) -> answer.getValue() == 202)
			.map(Map.Entry::getKey)
			.toList();
		String list = String.join(",", cancelled.stream().map((number) -> "'" + number + "'").toList())
				+ (cancelled.isEmpty() ? "''" : "");
		long deadline = System.nanoTime() + STEP.toNanos();
		while (count(ORDER_FLOW + " in (" + list + ")") > 0 && System.nanoTime() < deadline) {
			pause(1_000);
		}
		pause(10_000);
		long notCancelled = count(
				"select count(*) from sales_order where number in (" + list + ")" + " and status <> 'CANCELLED'");
		long creditKept = count("select count(*) from sales_order o join credit_profile p"
				+ " on p.customer_id = o.customer_id where o.number in (" + list + ") and p.committed_amount <> 0");
		long stockKept = count("select count(*) from sales_order o join sales_order_line l on l.order_id = o.id"
				+ " join product p on p.id = l.product_id where o.number in (" + list + ")"
				+ " and (p.stock_reserved <> 0 or p.stock_on_hand <> 100)");
		long shipped = count("select count(*) from shipment s join sales_order o on o.id = s.order_id"
				+ " where o.number in (" + list + ") and s.status in ('DISPATCHED', 'DELIVERED')");
		long unreleased = cancelled.stream().filter(remote::holdsReservation).count();
		long reserved = cancelled.stream().filter((number) -> remote.effects(number + ":reserve") > 0).count();
		long serverErrors = answers.values().stream().filter((status) -> status >= 500).count();
		this.figures.put("6 cancel races: orders cancelled as signed, on either node",
				RACES + " in " + seconds(began) + " s, answers "
						+ new java.util.TreeMap<>(answers.values()
							.stream()
							.collect(java.util.stream.Collectors.groupingBy((status) -> status,
									java.util.stream.Collectors.counting()))));
		this.figures.put("6 cancel races: reserved at the warehouse / still held there", reserved + " / " + unreleased);
		this.figures.put("6 cancel races: not cancelled / credit or stock not restored / shipped",
				notCancelled + " / " + creditKept + " / " + stockKept + " / " + shipped);
		check(serverErrors == 0, "6: " + serverErrors + " cancellations answered 5xx");
		check(cancelled.size() == RACES, "6: " + cancelled.size() + " of " + RACES + " cancellations accepted");
		check(unreleased == 0, "6: " + unreleased + " cancelled orders left stock reserved at the warehouse");
		check(notCancelled == 0 && creditKept == 0 && stockKept == 0 && shipped == 0,
				"6: a cancelled order kept credit or stock, or was shipped");
	}

	/**
	 * Check 5, second part: the warehouse reports each dispatch while the shipping notice
	 * it follows is still being issued (its answer held back), twice at once, to each
	 * node.
	 */
	private void dispatchesReportedBeforeTheirWaitCommits(FakeFinanceAndWarehouse remote) throws Exception {
		remote.slowDown("/warehouse/shipping-notices", Duration.ofSeconds(4));
		int errorsBefore = this.serverErrors.size();
		Queue<String> answers = new ConcurrentLinkedQueue<>();
		List<String> numbers = new ArrayList<>();
		long began = System.nanoTime();
		ExecutorService drivers = Executors.newFixedThreadPool(EARLY_DISPATCHES);
		try {
			List<Future<String>> driven = new ArrayList<>();
			for (int i = 0; i < EARLY_DISPATCHES; i++) {
				driven.add(drivers.submit(() -> {
					String number = submitAndSign();
					long deadline = System.nanoTime() + STEP.toNanos();
					while (!remote.received(number + ":shipping-notice") && System.nanoTime() < deadline) {
						pause(50);
					}
					String dispatch = """
							{"eventId": "WH-D-%s", "type": "DISPATCHED", "carrier": "EMS", "trackingNumber": "T-%s"}"""
						.formatted(number, number);
					CompletableFuture<String> one = CompletableFuture
						.supplyAsync(() -> callback(this.first, number, dispatch));
					CompletableFuture<String> other = CompletableFuture
						.supplyAsync(() -> callback(this.second.get(), number, dispatch));
					answers.add(one.get(5, TimeUnit.MINUTES));
					answers.add(other.get(5, TimeUnit.MINUTES));
					return number;
				}));
			}
			for (Future<String> order : driven) {
				try {
					numbers.add(order.get(10, TimeUnit.MINUTES));
				}
				catch (java.util.concurrent.ExecutionException ex) {
					this.failures.add("5b: " + ex.getCause().getMessage());
				}
			}
		}
		finally {
			drivers.shutdownNow();
			remote.heal("/warehouse/shipping-notices");
		}
		String list = String.join(",", numbers.stream().map((number) -> "'" + number + "'").toList())
				+ (numbers.isEmpty() ? "''" : "");
		long deadline = System.nanoTime() + STEP.toNanos();
		while (count("select count(*) from sales_order where number in (" + list + ") and status <> 'DISPATCHED'") > 0
				&& System.nanoTime() < deadline) {
			pause(1_000);
		}
		long dispatched = count(
				"select count(*) from shipment s join sales_order o on o.id = s.order_id" + " where o.number in ("
						+ list + ") and s.status = 'DISPATCHED' and s.tracking_number = 'T-' || o.number");
		long stillAtDispatch = count("select count(*) from act_ru_task t join act_ru_execution e"
				+ " on e.id_ = t.proc_inst_id_ where e.business_key_ in (" + list + ")"
				+ " and t.task_def_key_ = 'Task_CheckAndDispatch'");
		long kept = answers.stream().filter((answer) -> answer.contains("\"kept\":true")).count();
		long applied = answers.stream().filter((answer) -> answer.contains("\"duplicate\":false")).count();
		long errors = this.serverErrors.size() - errorsBefore
				+ answers.stream().filter((answer) -> answer.startsWith("5") || answer.startsWith("no")).count();
		this.figures.put("5b early callbacks: dispatches reported while the notice was being issued",
				numbers.size() + " orders, 2 callbacks each, in " + seconds(began) + " s; taken " + applied
						+ " (kept until the order waited: " + kept + "), 5xx or unanswered " + errors);
		this.figures.put("5b early callbacks: dispatched once with the reported tracking / still waiting",
				dispatched + " / " + stillAtDispatch);
		check(numbers.size() == EARLY_DISPATCHES, "5b: " + numbers.size() + " of " + EARLY_DISPATCHES + " orders");
		check(errors == 0, "5b: " + errors + " callbacks answered 5xx or not at all");
		check(applied == numbers.size(), "5b: " + applied + " callbacks taken for " + numbers.size() + " orders");
		check(dispatched == numbers.size() && stillAtDispatch == 0,
				"5b: " + dispatched + " of " + numbers.size() + " orders dispatched as reported");
	}

	/**
	 * Check 8: orders wait at the dispatch with their overdue timer; then slow warehouse
	 * calls fill every job executor thread of both nodes, the timers are made due, and
	 * each must fire within 60 s.
	 */
	private void timersWhileTheJobExecutorIsSaturated(FakeFinanceAndWarehouse remote) throws Exception {
		List<String> waiting = new ArrayList<>();
		for (int i = 0; i < TIMERS; i++) {
			waiting.add(submitAndSign());
		}
		List<String> timers = new ArrayList<>();
		for (String number : waiting) {
			long deadline = System.nanoTime() + STEP.toNanos();
			List<String> found = List.of();
			while (found.isEmpty() && System.nanoTime() < deadline) {
				found = this.jdbc.queryForList("select j.id_ from act_ru_job j join act_ru_execution e"
						+ " on e.id_ = j.process_instance_id_ where e.business_key_ = ? and j.type_ = 'timer'"
						+ " and j.handler_cfg_ like '%BoundaryEvent_DispatchOverdue%'", String.class, number);
				pause(500);
			}
			timers.addAll(found);
		}
		remote.slowDown("/warehouse/reservations", SLOW_HOOK);
		ExecutorService drivers = Executors.newFixedThreadPool(8);
		long busy;
		try {
			List<Future<String>> saturating = new ArrayList<>();
			for (int i = 0; i < SATURATING_ORDERS; i++) {
				saturating.add(drivers.submit(this::submitAndSign));
			}
			for (Future<String> order : saturating) {
				order.get(10, TimeUnit.MINUTES);
			}
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			busy = count("select count(*) from act_ru_job where lock_owner_ is not null and lock_exp_time_ > now()");
			while (busy < 12 && System.nanoTime() < deadline) {
				pause(500);
				busy = count(
						"select count(*) from act_ru_job where lock_owner_ is not null and lock_exp_time_ > now()");
			}
			String ids = String.join(",", timers.stream().map((id) -> "'" + id + "'").toList())
					+ (timers.isEmpty() ? "''" : "");
			long due = System.nanoTime();
			this.jdbc.update("update act_ru_job set duedate_ = now() where id_ in (" + ids + ")");
			long queued = count("select count(*) from act_ru_job where lock_owner_ is null and retries_ > 0"
					+ " and (duedate_ is null or duedate_ <= now())");
			List<Long> latencies = new ArrayList<>();
			List<String> open = new ArrayList<>(timers);
			long giveUp = System.nanoTime() + Duration.ofMinutes(3).toNanos();
			while (!open.isEmpty() && System.nanoTime() < giveUp) {
				for (String id : List.copyOf(open)) {
					if (count("select count(*) from act_ru_job where id_ = '" + id + "'") == 0) {
						latencies.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - due));
						open.remove(id);
					}
				}
				pause(250);
			}
			long slowest = latencies.stream().mapToLong(Long::longValue).max().orElse(-1);
			this.figures.put("8 timers: dispatch timers made due while the executors were full",
					timers.size() + " timers; jobs running " + busy + ", due and waiting " + queued);
			this.figures.put("8 timers: fired / slowest after its due time",
					latencies.size() + " of " + timers.size() + " / " + (slowest / 1000.0) + " s");
			check(timers.size() == TIMERS, "8: " + timers.size() + " of " + TIMERS + " timers found");
			check(open.isEmpty() && slowest <= 60_000,
					"8: " + open.size() + " timers not fired, slowest " + slowest + " ms after due");
		}
		finally {
			drivers.shutdownNow();
			remote.heal("/warehouse/reservations");
		}
	}

	/**
	 * Check 7: orders are worked while PostgreSQL is stopped for 60 s and started again;
	 * no node is restarted.
	 */
	private void postgresStoppedMidRun() throws Exception {
		List<String[]> parties = new ArrayList<>();
		for (int i = 0; i < OUTAGE_ORDERS; i++) {
			parties.add(new String[] { this.customers.creditworthyCustomer(), this.customers.product() });
		}
		Queue<String> numbers = new ConcurrentLinkedQueue<>();
		Queue<String> callbackAnswers = new ConcurrentLinkedQueue<>();
		int errorsBefore = this.serverErrors.size();
		long began = System.nanoTime();
		ExecutorService drivers = Executors.newFixedThreadPool(4);
		List<Future<?>> driven = new ArrayList<>();
		for (String[] party : parties) {
			driven.add(drivers.submit(() -> {
				numbers.add(workOrder(party[0], party[1], callbackAnswers));
				return null;
			}));
		}
		boolean wentDown = false;
		long upAfter = -1;
		try {
			pause(8_000);
			Runnable restart = PostgresServer.stop();
			long stopped = System.nanoTime();
			while (System.nanoTime() - stopped < OUTAGE.toNanos()) {
				wentDown |= readiness(this.first) != 200 && readiness(this.second.get()) != 200;
				pause(1_000);
			}
			restart.run();
			long back = System.nanoTime();
			while (System.nanoTime() - back < Duration.ofMinutes(3).toNanos()) {
				if (readiness(this.first) == 200 && readiness(this.second.get()) == 200) {
					upAfter = seconds(back);
					break;
				}
				pause(500);
			}
			for (Future<?> driver : driven) {
				try {
					driver.get(20, TimeUnit.MINUTES);
				}
				catch (java.util.concurrent.ExecutionException ex) {
					this.failures.add("7: " + ex.getCause().getMessage());
				}
			}
		}
		finally {
			drivers.shutdownNow();
		}
		String list = String.join(",", numbers.stream().map((number) -> "'" + number + "'").toList())
				+ (numbers.isEmpty() ? "''" : "");
		long running = count(ORDER_FLOW + " in (" + list + ")");
		long incidents = count("select count(*) from act_ru_incident");
		this.figures.put("7 database stopped " + OUTAGE.toSeconds() + " s: readiness DOWN on both nodes / UP after",
				wentDown + " / " + upAfter + " s after the database was back");
		this.figures.put("7 database stopped: orders ended / still running / incidents", numbers.size() + " of "
				+ OUTAGE_ORDERS + " in " + seconds(began) + " s / " + running + " / " + incidents);
		List<String> whileDown = new ArrayList<>(this.serverErrors).subList(errorsBefore, this.serverErrors.size());
		List<String> notRetryable = whileDown.stream().filter((error) -> !error.contains(" 503 ")).toList();
		this.figures.put("7 database stopped: answers 5xx while it was down (retried) / other than 503",
				whileDown.size() + " / " + notRetryable.size());
		check(notRetryable.isEmpty(), "7: answered other than 503 while the database was away: " + notRetryable);
		check(wentDown, "7: readiness never went DOWN while the database was stopped");
		check(upAfter >= 0 && upAfter <= 60, "7: readiness UP " + upAfter + " s after the database was back");
		check(numbers.size() == OUTAGE_ORDERS && running == 0,
				"7: " + numbers.size() + " of " + OUTAGE_ORDERS + " orders ended, " + running + " running");
		check(incidents == 0, "7: " + incidents + " incidents");
	}

	private int readiness(Node node) {
		try {
			return this.client
				.send(HttpRequest.newBuilder(URI.create(node.url() + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(5))
					.build(), BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private String submitAndSign() throws Exception {
		String code = this.customers.creditworthyCustomer();
		String sku = this.customers.product();
		HttpResponse<String> submitted = send("tina", this.first.url(), "POST", "/api/orders", """
				{"customerCode": "%s", "lines": [{"sku": "%s", "quantity": 10, "unitPrice": 500}]}""".formatted(code,
				sku));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
		String number = JSON.readTree(submitted.body()).get("number").asText();
		complete("asha", number, "Task_ReviewContract", "{\"contractReviewed\": {\"value\": true}}");
		complete("mark", number, "Task_ApproveOrder", "{\"approvalDecision\": {\"value\": \"APPROVE\"}}");
		complete("tina", number, "Task_RecordSignedContract", "{\"signedCopy\": {\"value\": \"ON_SITE\"}}");
		return number;
	}

	/**
	 * One order from submission to its end, each step by a user in its role on any live
	 * node; the payment reported twice at once, to each node.
	 */
	private String workOrder(Queue<String> callbackAnswers) throws Exception {
		return workOrder(this.customers.creditworthyCustomer(), this.customers.product(), callbackAnswers);
	}

	private String workOrder(String code, String sku, Queue<String> callbackAnswers) throws Exception {
		String number = submit(code, sku);
		complete("asha", number, "Task_ReviewContract", "{\"contractReviewed\": {\"value\": true}}");
		complete("mark", number, "Task_ApproveOrder", "{\"approvalDecision\": {\"value\": \"APPROVE\"}}");
		complete("tina", number, "Task_RecordSignedContract", "{\"signedCopy\": {\"value\": \"ON_SITE\"}}");
		complete("kurt", number, "Task_CheckAndDispatch", """
				{"noticeChecked": {"value": true}, "carrier": {"value": "SF Express"},
				 "trackingNumber": {"value": "SF900"}}""");
		complete("tina", number, "Task_ConfirmDelivery", "{\"deliveryConfirmed\": {\"value\": true}}");
		complete("tina", number, "Task_CollectInvoicingDetails", """
				{"invoiceAddress": {"value": "8 Test Road"}, "taxNumber": {"value": "91110000TEST"}}""");
		complete("asha", number, "Task_FileInvoicingDetails", "{\"detailsFiled\": {\"value\": true}}");
		complete("fiona", number, "Task_ApproveInvoice", "{\"invoiceChecked\": {\"value\": true}}");
		complete("asha", number, "Task_MailInvoice",
				"{\"invoiceMailed\": {\"value\": true}, \"receiptConfirmed\": {\"value\": true}}");
		awaitStatus(number, "CLOSED");
		String payment = """
				{"eventId": "FIN-%s", "type": "PAYMENT_RECEIVED", "amount": 5000, "reference": "BANK-%s"}"""
			.formatted(number, number);
		CompletableFuture<String> one = CompletableFuture.supplyAsync(() -> callback(this.first, number, payment));
		CompletableFuture<String> other = CompletableFuture
			.supplyAsync(() -> callback(this.second.get(), number, payment));
		callbackAnswers.add(one.get(5, TimeUnit.MINUTES));
		callbackAnswers.add(other.get(5, TimeUnit.MINUTES));
		long deadline = System.nanoTime() + STEP.toNanos();
		while (count(ORDER_FLOW + " = '" + number + "'") > 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(number + " did not end within " + STEP);
			}
			pause(1_000);
		}
		return number;
	}

	/**
	 * Submits an order as the rep; a submission answered 503 (the database away) is sent
	 * again, as a client would after its Retry-After.
	 */
	private String submit(String code, String sku) throws Exception {
		long deadline = System.nanoTime() + STEP.toNanos();
		HttpResponse<String> submitted = null;
		while (System.nanoTime() < deadline) {
			try {
				submitted = send("tina", this.first.url(), "POST", "/api/orders", """
						{"customerCode": "%s", "lines": [{"sku": "%s", "quantity": 10, "unitPrice": 500}]}"""
					.formatted(code, sku));
				if (submitted.statusCode() != 503) {
					break;
				}
			}
			catch (IOException ex) {
				// the node went down under the request: send again
			}
			pause(2_000);
		}
		assertThat(submitted).isNotNull();
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
		return JSON.readTree(submitted.body()).get("number").asText();
	}

	/**
	 * Completes the task as the user on a live node once it is there; a request lost with
	 * a killed node is sent again, to whichever node lives.
	 */
	private void complete(String user, String number, String taskKey, String variables) throws Exception {
		long deadline = System.nanoTime() + STEP.toNanos();
		boolean sent = false;
		while (System.nanoTime() < deadline) {
			String url = liveNode().url();
			try {
				HttpResponse<String> tasks = send(user, url, "GET", "/engine-rest/task?maxResults=10"
						+ "&processInstanceBusinessKey=" + number + "&taskDefinitionKey=" + taskKey, null);
				JsonNode found = (tasks.statusCode() == 200) ? JSON.readTree(tasks.body()) : null;
				if (found != null && found.isArray() && found.size() == 1) {
					sent = true;
					fileScan(number, taskKey, user);
					HttpResponse<String> completed = send(user, url, "POST",
							"/engine-rest/task/" + found.get(0).get("id").asText() + "/complete",
							"{\"variables\": " + variables + "}");
					if (completed.statusCode() == 204) {
						return;
					}
				}
				else if (sent && found != null && found.isArray() && found.isEmpty()) {
					return;
				}
			}
			catch (IOException ex) {
				// the node went down under the request: ask again
			}
			catch (org.springframework.dao.DataAccessException ex) {
				// the database is away while the scan is filed: file it again
			}
			pause(500);
		}
		throw new IllegalStateException(taskKey + " of " + number + " was not completed within " + STEP);
	}

	/** The scan a task needs before it completes, filed once. */
	private void fileScan(String number, String taskKey, String user) {
		String kind = "Task_RecordSignedContract".equals(taskKey) ? "SIGNED_CONTRACT"
				: "Task_ConfirmDelivery".equals(taskKey) ? "DELIVERY_RECEIPT" : null;
		if (kind != null
				&& this.jdbc.queryForObject("select count(*) from order_file where order_number = ?" + " and kind = ?",
						Integer.class, number, kind) == 0) {
			Scans.file(this.jdbc, number, kind, user);
		}
	}

	private void awaitStatus(String number, String status) throws Exception {
		long deadline = System.nanoTime() + STEP.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				String current = this.jdbc.queryForObject("select status from sales_order where number = ?",
						String.class, number);
				if (status.equals(current)) {
					return;
				}
			}
			catch (org.springframework.dao.DataAccessException ex) {
				// the database is away: ask again
			}
			pause(1_000);
		}
		throw new IllegalStateException(number + " did not become " + status + " within " + STEP);
	}

	/** The signed callback's answer; sent again to the first node if its node died. */
	private String callback(Node node, String number, String body) {
		String signature;
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		long retryUntil = System.nanoTime() + STEP.toNanos();
		List<Node> targets = new ArrayList<>(List.of(node));
		for (int i = 0; i < 60; i++) {
			targets.add(this.first);
		}
		for (Node target : targets) {
			try {
				HttpResponse<String> answer = this.client
					.send(HttpRequest.newBuilder(URI.create(target.url() + "/api/orders/" + number + "/events"))
						.timeout(Duration.ofSeconds(60))
						.header("Content-Type", "application/json")
						.header("X-Salesops-Signature", signature)
						.POST(BodyPublishers.ofString(body))
						.build(), BodyHandlers.ofString());
				if (answer.statusCode() >= 500) {
					this.serverErrors.add("callback " + answer.statusCode() + " " + answer.body());
					if (System.nanoTime() < retryUntil) {
						pause(3_000);
						continue;
					}
				}
				return answer.statusCode() + " " + answer.body();
			}
			catch (IOException ex) {
				pause(2_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return "no answer";
	}

	private HttpResponse<String> send(String user, String url, String method, String path, String body)
			throws IOException, InterruptedException {
		String password = user.equals(PostgresIntegrationTest.ADMIN) ? PostgresIntegrationTest.ADMIN_PASSWORD
				: TestUsers.password(user);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
			.timeout(Duration.ofSeconds(90))
			.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		request = (body != null)
				? request.header("Content-Type", "application/json").method(method, BodyPublishers.ofString(body))
				: request.method(method, BodyPublishers.noBody());
		HttpResponse<String> answer = this.client.send(request.build(), BodyHandlers.ofString());
		if (answer.statusCode() >= 500) {
			this.serverErrors.add(method + " " + path + " " + answer.statusCode() + " " + answer.body());
		}
		return answer;
	}

	private Node liveNode() {
		Node other = this.second.get();
		return (ThreadLocalRandom.current().nextBoolean() && other.isAlive()) ? other : this.first;
	}

	private void hireCrew() throws Exception {
		Map<String, String> crew = Map.of("tina", Roles.SALES_REP, "asha", Roles.SALES_ASSISTANT, "mark",
				Roles.SALES_MANAGER, "kurt", Roles.WAREHOUSE, "fiona", Roles.FINANCE);
		for (Map.Entry<String, String> member : crew.entrySet()) {
			String user = member.getKey();
			HttpResponse<String> created = send(PostgresIntegrationTest.ADMIN, this.first
				.url(), "POST", "/engine-rest/user/create", """
						{"profile": {"id": "%s", "firstName": "%s", "lastName": "Test", "email": "%s@example.com"},
						 "credentials": {"password": "%s"}}""".formatted(user, user, user, TestUsers.password(user)));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
			HttpResponse<String> member2 = send(PostgresIntegrationTest.ADMIN, this.first.url(), "PUT",
					"/engine-rest/group/" + member.getValue() + "/members/" + user, null);
			assertThat(member2.statusCode()).as(member2.body()).isEqualTo(204);
		}
	}

	private static Node node(String name, String database, FakeFinanceAndWarehouse remote, String... settings) {
		List<String> arguments = new ArrayList<>(List.of("--salesops.integration.mode=http",
				"--salesops.integration.finance.base-url=" + remote.url("finance"),
				"--salesops.integration.warehouse.base-url=" + remote.url("warehouse"),
				"--salesops.integration.finance.token=" + FakeFinanceAndWarehouse.TOKEN,
				"--salesops.integration.warehouse.token=" + FakeFinanceAndWarehouse.TOKEN,
				"--salesops.integration.callback-secret=" + SECRET, "--salesops.hooks.retry-cycle=R5/PT10S"));
		arguments.addAll(List.of(settings));
		return new Node(name, database, arguments.toArray(String[]::new));
	}

	/** A count by SQL; asked again while the database is away, for up to two minutes. */
	private long count(String sql) {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (true) {
			try {
				return this.jdbc.queryForObject(sql, Long.class);
			}
			catch (org.springframework.dao.DataAccessException ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
				pause(1_000);
			}
		}
	}

	private void check(boolean held, String failure) {
		if (!held) {
			this.failures.add(failure);
		}
	}

	private void printTable() {
		int width = this.figures.keySet().stream().mapToInt(String::length).max().orElse(10);
		StringBuilder table = new StringBuilder("\nCluster acceptance: 2 nodes on one PostgreSQL\n");
		this.figures
			.forEach((check, figure) -> table.append(String.format("  %-" + width + "s | %s%n", check, figure)));
		this.failures.forEach((failure) -> table.append("  FAILED: ").append(failure).append('\n'));
		System.out.println(table);
	}

	private static long seconds(long since) {
		return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since);
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
