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
 * <li>(3) a hook slower than the lock time: no duplicate effect;</li>
 * <li>(6) orders cancelled while their reservation and shipping notice jobs run: stock,
 * credit and reservation restored, nothing shipped.</li>
 * </ul>
 * The figures of each check are printed as a table.
 */
class OrdersAcrossNodesPostgresIT {

	private static final Duration START = Duration.ofMinutes(5);

	private static final Duration STEP = Duration.ofMinutes(4);

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

		long running = count("select count(*) from act_ru_execution where business_key_ in (" + worked + ")");
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
	 * for the warehouse, and the warehouse answers reservations after 15 s, so the lock
	 * runs out while the call is under way and another execution calls again.
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
		while (count("select count(*) from act_ru_execution where business_key_ in (" + list + ")") > 0
				&& System.nanoTime() < deadline) {
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
		long unreleased = cancelled.stream()
			.filter((number) -> remote.effects(number + ":reserve") != remote.effects(number + ":release"))
			.count();
		long reserved = cancelled.stream().filter((number) -> remote.effects(number + ":reserve") > 0).count();
		long serverErrors = answers.values().stream().filter((status) -> status >= 500).count();
		this.figures.put("6 cancel races: orders cancelled as signed, on either node",
				RACES + " in " + seconds(began) + " s, answers "
						+ new java.util.TreeMap<>(answers.values()
							.stream()
							.collect(java.util.stream.Collectors.groupingBy((status) -> status,
									java.util.stream.Collectors.counting()))));
		this.figures.put("6 cancel races: reserved at the warehouse / not released there (known gap)",
				reserved + " / " + unreleased);
		this.figures.put("6 cancel races: not cancelled / credit or stock not restored / shipped",
				notCancelled + " / " + creditKept + " / " + stockKept + " / " + shipped);
		check(serverErrors == 0, "6: " + serverErrors + " cancellations answered 5xx");
		check(cancelled.size() == RACES, "6: " + cancelled.size() + " of " + RACES + " cancellations accepted");
		// Known gap, shown but not yet held: a reservation job whose warehouse call is
		// under
		// way when the cancellation commits leaves that reservation at the warehouse (see
		// docs/operations.md).
		check(notCancelled == 0 && creditKept == 0 && stockKept == 0 && shipped == 0,
				"6: a cancelled order kept credit or stock, or was shipped");
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
		while (count("select count(*) from act_ru_execution where business_key_ = '" + number + "'") > 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(number + " did not end within " + STEP);
			}
			pause(1_000);
		}
		return number;
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
			String current = this.jdbc.queryForObject("select status from sales_order where number = ?", String.class,
					number);
			if (status.equals(current)) {
				return;
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
		for (Node target : List.of(node, this.first, this.first, this.first)) {
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

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
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
