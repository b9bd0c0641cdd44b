package com.osb.salesops.ordertocash.process;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.PostgresServer;
import com.osb.salesops.support.Scans;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders a second through the whole order-to-remittance flow on PostgreSQL, the product
 * against a bare engine running the same shape, whose target is a ratio of at least 1.0.
 * Run with {@code ./mvnw -B -Pbenchmark verify -Dit.test=OrderLifecycleBenchmark}.
 * <p>
 * The bare side is {@link OrderSkeleton}: the product's own order processes with no-op
 * steps, on a bare engine with default settings and full history, on a database of its
 * own, its orders started and its tasks completed through the engine's Java API. The
 * product side is the application on its database, every order submitted and every task
 * completed over REST as the user of its role, as the README's walk-through does: a
 * NET-terms order approved by the sales manager alone, 9 user tasks, 4 async jobs, 2 call
 * activities. Each side has the same number of client threads (2), each running one order
 * after another, looking for the next task as soon as the last is done and every 10 ms
 * until it is there. Both sides are warmed up, then measured in turns, so that whatever
 * else the machine does falls on both. Per turn and per side it prints orders a second,
 * p50 and p99 of an order, PostgreSQL transactions (commits in {@code pg_stat_database})
 * and statements ({@code pg_stat_statements}, when the server can load it) per order, and
 * the ratios. Lengths: {@code -Dbenchmark.warmUpSeconds} (75),
 * {@code -Dbenchmark.seconds} (60 a turn), {@code -Dbenchmark.rounds} (2),
 * {@code -Dbenchmark.threads} (2).
 */
@TestPropertySource(properties = { "spring.main.banner-mode=off", "logging.level.root=WARN" })
class OrderLifecycleBenchmark extends PostgresIntegrationTest {

	private static final double TARGET_RATIO = 1.0;

	private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmUpSeconds", 75));

	private static final Duration TURN = Duration.ofSeconds(Long.getLong("benchmark.seconds", 60));

	private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 2);

	private static final int THREADS = Integer.getInteger("benchmark.threads", 2);

	/**
	 * A server backend reports its counts at most once a second, and an idle one within
	 * 10 seconds: the counters are read that long after a turn.
	 */
	private static final Duration STATISTICS_SETTLE = Duration.ofSeconds(11);

	private static final Duration TASK_TIMEOUT = Duration.ofSeconds(60);

	private static final String SKELETON_DATABASE = "order_skeleton";

	/**
	 * Each thread orders for customers of its own, in turn, so that no customer's open
	 * items grow much over a run, and from a product of its own.
	 */
	private static final int CUSTOMERS_PER_THREAD = 50;

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The steps of the walk-through, in order: who, which task, what the form sends. */
	private static final List<Step> STEPS = List.of(
			new Step("asha", "Task_ReviewContract", null, Map.of("contractReviewed", true)),
			new Step("mark", "Task_ApproveOrder", null, Map.of("approvalDecision", "APPROVE")),
			new Step("tina", "Task_RecordSignedContract", "SIGNED_CONTRACT", Map.of("signedCopy", "ON_SITE")),
			new Step("kurt", "Task_CheckAndDispatch", null,
					Map.of("noticeChecked", true, "carrier", "SF Express", "trackingNumber", "SF900")),
			new Step("tina", "Task_ConfirmDelivery", "DELIVERY_RECEIPT", Map.of("deliveryConfirmed", true)),
			new Step("tina", "Task_CollectInvoicingDetails", null,
					Map.of("invoiceAddress", "8 Test Road", "taxNumber", "91110000TEST")),
			new Step("asha", "Task_FileInvoicingDetails", null, Map.of("detailsFiled", true)),
			new Step("fiona", "Task_ApproveInvoice", null, Map.of("invoiceChecked", true)),
			new Step("asha", "Task_MailInvoice", null, Map.of("invoiceMailed", true, "receiptConfirmed", true)));

	private static boolean statementsCounted;

	private static final AtomicLong SEQUENCE = new AtomicLong();

	/** How many times a client looked for a task, over all sides and turns. */
	private static final AtomicLong LOOKS = new AtomicLong();

	/**
	 * Per side and step, from the measured turns: how often, the time until the task was
	 * there, the looks that took and the time its completion took, in ns.
	 */
	private static final Map<String, LongAdder[]> STEP_TIMES = new ConcurrentSkipListMap<>();

	private static volatile boolean stepsTimed;

	/** How many times this client thread looked for a task. */
	private static final ThreadLocal<long[]> THREAD_LOOKS = ThreadLocal.withInitial(() -> new long[1]);

	/**
	 * How many statements of a kind per order the breakdown prints, most called first.
	 */
	private static final int STATEMENTS_SHOWN = Integer.getInteger("benchmark.statementsShown", 30);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	ObjectProvider<MeterRegistry> meters;

	/**
	 * Loads {@code pg_stat_statements} into the throwaway server (a restart) before the
	 * application starts, when the server has it; without it statements are not counted.
	 */
	@BeforeAll
	static void countStatements() throws SQLException {
		PostgresServer.url();
		String external = System.getenv(PostgresServer.URL_VARIABLE);
		if (external == null || external.isBlank()) {
			try (Connection connection = serverConnection();
					Statement statement = connection.createStatement();
					ResultSet available = statement.executeQuery(
							"select count(*) from pg_available_extensions where name = 'pg_stat_statements'")) {
				available.next();
				if (available.getInt(1) == 0) {
					return;
				}
				statement.execute("alter system set shared_preload_libraries = 'pg_stat_statements'");
			}
			PostgresServer.stop().run();
		}
		try (Connection connection = serverConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create extension if not exists pg_stat_statements");
			if (external == null || external.isBlank()) {
				statement.execute("alter system set pg_stat_statements.track_planning = on");
				statement.execute("select pg_reload_conf()");
			}
			try (ResultSet loaded = statement.executeQuery("select count(*) from pg_stat_statements")) {
				statementsCounted = loaded.next();
			}
		}
		catch (SQLException ex) {
			statementsCounted = false;
		}
	}

	@Test
	void theProductCompletesOrdersAtLeastAsFastAsABareEngineOfTheSameShape() throws Exception {
		// given
		OrderDesk.hireCrew(this.identityService);
		CustomerFixture fixture = new CustomerFixture(this.jdbc);
		List<List<String>> customers = new ArrayList<>();
		List<String> skus = new ArrayList<>();
		for (int thread = 0; thread < THREADS; thread++) {
			List<String> mine = new ArrayList<>();
			for (int i = 0; i < CUSTOMERS_PER_THREAD; i++) {
				long customer = fixture.customer("T01");
				fixture.profile(customer, "A", "1000000000.00", "NET60");
				mine.add(fixture.code(customer));
			}
			customers.add(mine);
			String sku = "BENCH-" + thread + "-" + System.nanoTime();
			this.jdbc.update("insert into product (sku, name, list_price, floor_price, stock_on_hand)"
					+ " values (?, 'Benchmark controller', 600, 450, 100000000)", sku);
			skus.add(sku);
		}
		String productDatabase = databaseName(PostgresServer.url());
		ProcessEngine skeleton = OrderSkeleton.engine(PostgresServer.databaseUrl(SKELETON_DATABASE),
				PostgresServer.user(), PostgresServer.password(), Path.of("processes"));
		try {
			Side bare = new Side("bare engine", SKELETON_DATABASE, (thread) -> skeletonClient(skeleton));
			Side product = new Side("product", productDatabase,
					(thread) -> productClient(this.port, customers.get(thread), skus.get(thread)));
			System.out.printf(Locale.ROOT,
					"Order lifecycle: %d client threads a side, warm-up %d s, %d rounds of %d s a side;"
							+ " statements %s%n",
					THREADS, WARM_UP.toSeconds(), ROUNDS, TURN.toSeconds(),
					statementsCounted ? "from pg_stat_statements" : "not counted (no pg_stat_statements)");

			// when
			print("warm-up", run(bare, WARM_UP));
			print("warm-up", run(product, WARM_UP));
			List<Turn> bareTurns = new ArrayList<>();
			List<Turn> productTurns = new ArrayList<>();
			resetStatements();
			stepsTimed = true;
			long borrowsBefore = borrows();
			for (int round = 1; round <= ROUNDS; round++) {
				Turn bareTurn = run(bare, TURN);
				Turn productTurn = run(product, TURN);
				print("round " + round, bareTurn);
				print("round " + round, productTurn);
				System.out.printf(Locale.ROOT, "round %d ratio product / bare engine: %.2fx orders/s%n", round,
						productTurn.ordersPerSecond() / bareTurn.ordersPerSecond());
				bareTurns.add(bareTurn);
				productTurns.add(productTurn);
			}

			// then
			Turn bareTotal = Turn.sum(bareTurns);
			Turn productTotal = Turn.sum(productTurns);
			print("all rounds", bareTotal);
			print("all rounds", productTotal);
			printStatements(bare, bareTotal);
			printStatements(product, productTotal);
			System.out.printf(Locale.ROOT, "product: %.1f connections taken from the pool per order%n",
					(borrows() - borrowsBefore) / (double) Math.max(1, productTotal.orders()));
			printRequests(productTotal);
			printSteps();
			double ratio = productTotal.ordersPerSecond() / bareTotal.ordersPerSecond();
			System.out.printf(Locale.ROOT,
					"Ratio product / bare engine: %.2fx orders/s (target %.1fx), %.2fx transactions per order,"
							+ " %s statements per order, %.2fx p99%n",
					ratio, TARGET_RATIO, productTotal.transactionsPerOrder() / bareTotal.transactionsPerOrder(),
					statementsCounted ? String.format(Locale.ROOT, "%.2fx",
							productTotal.statementsPerOrder() / bareTotal.statementsPerOrder()) : "n/a",
					(double) productTotal.percentile(99) / bareTotal.percentile(99));
			assertThat(skeleton.getRuntimeService().createIncidentQuery().count()).isZero();
			assertThat(skeleton.getRuntimeService()
				.createProcessInstanceQuery()
				.processDefinitionKey("order-to-remittance")
				.count()).as("bare orders left unfinished").isZero();
			assertThat(this.jdbc.queryForObject("select count(*) from act_ru_incident", Long.class)).isZero();
			assertThat(this.jdbc.queryForObject(
					"select count(*) from act_hi_procinst where proc_def_key_ = ?" + " and end_time_ is null",
					Long.class, "order-to-remittance"))
				.as("product orders left unfinished")
				.isZero();
			assertThat(ratio).as("orders a second, product / bare engine").isGreaterThanOrEqualTo(TARGET_RATIO);
		}
		finally {
			skeleton.close();
		}
	}

	/**
	 * One side of the comparison: where it keeps its data and how a thread works an
	 * order.
	 */
	private record Side(String name, String database, IntFunction<OrderClient> clients) {
	}

	/** Works one order from submission to the archived invoice. */
	@FunctionalInterface
	private interface OrderClient {

		void order() throws Exception;

	}

	/** A step of the walk-through. */
	private record Step(String user, String task, String upload, Map<String, Object> variables) {

		String json() {
			StringBuilder json = new StringBuilder("{\"variables\": {");
			this.variables.forEach((name, value) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ", ")
				.append('"')
				.append(name)
				.append("\": {\"value\": ")
				.append((value instanceof String) ? "\"" + value + "\"" : value)
				.append('}'));
			return json.append("}}").toString();
		}

	}

	/** An order on the bare engine, through its Java API. */
	private static OrderClient skeletonClient(ProcessEngine engine) {
		TaskService tasks = engine.getTaskService();
		return () -> {
			String key = "SK" + SEQUENCE.incrementAndGet();
			long submitted = System.nanoTime();
			engine.getRuntimeService().startProcessInstanceByKey("order-to-remittance", key);
			time("bare engine", "submission", 0, 0, System.nanoTime() - submitted);
			for (Step step : STEPS) {
				long stepStarted = System.nanoTime();
				long looksBefore = THREAD_LOOKS.get()[0];
				String taskId = poll(key, step, () -> {
					Task task = tasks.createTaskQuery()
						.processInstanceBusinessKey(key)
						.taskDefinitionKey(step.task())
						.singleResult();
					return (task != null) ? task.getId() : null;
				});
				long found = System.nanoTime();
				long looks = THREAD_LOOKS.get()[0] - looksBefore;
				tasks.complete(taskId, step.variables());
				time("bare engine", step.task(), found - stepStarted, looks, System.nanoTime() - found);
			}
		};
	}

	/** An order in the product, over REST, each step as the user of its role. */
	private static OrderClient productClient(int port, List<String> customerCodes, String sku) {
		Map<String, Http> users = new HashMap<>();
		for (Step step : STEPS) {
			users.computeIfAbsent(step.user(), (user) -> new Http(port).as(user));
		}
		AtomicLong orders = new AtomicLong();
		return () -> {
			String order = """
					{"customerCode": "%s", "lines": [{"sku": "%s", "quantity": 1, "unitPrice": 600}]}"""
				.formatted(customerCodes.get((int) (orders.getAndIncrement() % customerCodes.size())), sku);
			long submission = System.nanoTime();
			HttpResponse<String> submitted = users.get("tina").postJson("/api/orders", order);
			time("product", "submission", 0, 0, System.nanoTime() - submission);
			String number = Http.json(submitted, 201).get("number").asText();
			for (Step step : STEPS) {
				Http user = users.get(step.user());
				long stepStarted = System.nanoTime();
				long looksBefore = THREAD_LOOKS.get()[0];
				String taskId = poll(number, step, () -> {
					JsonNode found = JSON
						.readTree(user.get("/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + number
								+ "&taskDefinitionKey=" + step.task())
							.body());
					return (found.isArray() && found.size() == 1) ? found.get(0).get("id").asText() : null;
				});
				long found = System.nanoTime();
				long looks = THREAD_LOOKS.get()[0] - looksBefore;
				if (step.upload() != null) {
					HttpResponse<String> uploaded = user.postFile(
							"/api/orders/" + number + "/attachments?kind=" + step.upload(), "file", "scan.pdf",
							"application/pdf", Scans.pdf());
					assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
				}
				HttpResponse<String> completed = user.postJson("/engine-rest/task/" + taskId + "/complete",
						step.json());
				assertThat(completed.statusCode()).as(step.task() + ": " + completed.body()).isEqualTo(204);
				time("product", step.task(), found - stepStarted, looks, System.nanoTime() - found);
			}
		};
	}

	/** Counts a step of a side while the turns are measured. */
	private static void time(String side, String step, long waitNanos, long looks, long doneNanos) {
		if (!stepsTimed) {
			return;
		}
		LongAdder[] adders = STEP_TIMES.computeIfAbsent(side + "|" + step,
				(key) -> new LongAdder[] { new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder() });
		adders[0].increment();
		adders[1].add(waitNanos);
		adders[2].add(looks);
		adders[3].add(doneNanos);
	}

	/** The mean time of each step, side by side: where an order's time goes. */
	private static void printSteps() {
		System.out.println("Steps over the measured turns, mean ms (bare engine | product):"
				+ " waiting for the task (looks), then the upload and completion");
		for (String step : Stream.concat(Stream.of("submission"), STEPS.stream().map(Step::task)).toList()) {
			StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-28s", step));
			for (String side : List.of("bare engine", "product")) {
				LongAdder[] adders = STEP_TIMES.get(side + "|" + step);
				long count = (adders != null) ? Math.max(1, adders[0].sum()) : 1;
				line.append(String.format(Locale.ROOT, " | %7.2f (%4.1f) %7.2f",
						(adders != null) ? adders[1].sum() / 1e6 / count : 0.0,
						(adders != null) ? adders[2].sum() / (double) count : 0.0,
						(adders != null) ? adders[3].sum() / 1e6 / count : 0.0));
			}
			System.out.println(line);
		}
	}

	/** The task's id once it is there, looking at once and then every 10 ms. */
	private static String poll(String order, Step step, Callable<String> look) throws Exception {
		long deadline = System.nanoTime() + TASK_TIMEOUT.toNanos();
		while (true) {
			LOOKS.incrementAndGet();
			THREAD_LOOKS.get()[0]++;
			String id = look.call();
			if (id != null) {
				return id;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(step.task() + " of " + order + " did not come for " + step.user());
			}
			Thread.sleep(10);
		}
	}

	/** Runs the side's clients, one order after another each, for that long. */
	private static Turn run(Side side, Duration length) throws Exception {
		Counters before = counters(side.database());
		long looksBefore = LOOKS.get();
		Map<Long, Long> cpuBefore = cpu();
		MachineCpu machineBefore = MachineCpu.now();
		long started = System.nanoTime();
		long deadline = started + length.toNanos();
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<List<Long>>> workers = new ArrayList<>();
			for (int thread = 0; thread < THREADS; thread++) {
				OrderClient client = side.clients().apply(thread);
				workers.add(threads.submit(() -> {
					List<Long> latencies = new ArrayList<>();
					while (System.nanoTime() < deadline) {
						long orderStarted = System.nanoTime();
						client.order();
						latencies.add(System.nanoTime() - orderStarted);
					}
					return latencies;
				}));
			}
			List<Long> latencies = new ArrayList<>();
			for (Future<List<Long>> worker : workers) {
				latencies.addAll(worker.get());
			}
			long elapsed = System.nanoTime() - started;
			MachineCpu machine = MachineCpu.now().since(machineBefore);
			Thread.sleep(STATISTICS_SETTLE.toMillis());
			Counters after = counters(side.database());
			long[] cpuUsed = cpuSince(cpuBefore);
			return new Turn(side.name(), latencies, elapsed, after.transactions() - before.transactions(),
					after.statements() - before.statements(), LOOKS.get() - looksBefore, cpuUsed[0], cpuUsed[1],
					machine);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static void print(String when, Turn turn) {
		System.out.printf(Locale.ROOT,
				"%-10s %-11s %5d orders in %5.1f s: %5.2f orders/s, p50 %5d ms, p99 %5d ms,"
						+ " %6.1f transactions/order, %s statements/order, %5.1f task looks/order,"
						+ " JVM CPU %5.1f ms/order in the engine's threads and %5.1f in the clients'%n",
				when, turn.side(), turn.orders(), turn.elapsedNanos() / 1e9, turn.ordersPerSecond(),
				turn.percentile(50) / 1_000_000, turn.percentile(99) / 1_000_000, turn.transactionsPerOrder(),
				statementsCounted ? String.format(Locale.ROOT, "%7.1f", turn.statementsPerOrder()) : "n/a",
				turn.looksPerOrder(), turn.serverCpuMillisPerOrder(), turn.clientCpuMillisPerOrder());
		MachineCpu machine = turn.machine();
		if (machine.counted()) {
			double orders = Math.max(1, turn.orders());
			System.out.printf(Locale.ROOT,
					"%-10s %-11s machine %3.0f%% busy; CPU ms/order: this JVM %5.1f (compiling code %5.1f),"
							+ " PostgreSQL %5.1f, everything else %5.1f%n",
					"", "", machine.busyShare() * 100, machine.jvmNanos() / 1e6 / orders,
					machine.compilingMillis() / orders, machine.postgresMillis() / orders,
					(machine.busyMillis() - machine.postgresMillis() - machine.jvmNanos() / 1e6) / orders);
		}
	}

	/**
	 * What the whole machine's CPUs did, from {@code /proc} (Linux): busy and all time,
	 * the PostgreSQL server's processes (the postmaster's count includes its backends
	 * that ended), this JVM's CPU time and the time its just-in-time compilers spent.
	 * Elsewhere nothing is counted.
	 */
	private record MachineCpu(boolean counted, long busyTicks, long allTicks, long postgresTicks, long jvmNanos,
			long compilingMillis) {

		/** Clock ticks a second of {@code /proc}'s counts (USER_HZ). */
		private static final long TICKS = ticksPerSecond();

		static MachineCpu now() {
			long jvm = (ManagementFactory
				.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
						? os.getProcessCpuTime() : 0;
			long compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
			try {
				String[] all = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
				long total = 0;
				for (int i = 1; i < Math.min(all.length, 9); i++) {
					total += Long.parseLong(all[i]);
				}
				long idle = Long.parseLong(all[4]) + Long.parseLong(all[5]);
				long postgres = 0;
				try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
					for (Path process : processes.filter((dir) -> dir.getFileName().toString().matches("\\d+"))
						.toList()) {
						postgres += postgresTicks(process);
					}
				}
				return new MachineCpu(true, total - idle, total, postgres, jvm, compiling);
			}
			catch (IOException | RuntimeException ex) {
				return new MachineCpu(false, 0, 0, 0, jvm, compiling);
			}
		}

		private static long postgresTicks(Path process) {
			try {
				String stat = Files.readString(process.resolve("stat"));
				int name = stat.lastIndexOf(')');
				if (!stat.substring(stat.indexOf('(') + 1, name).equals("postgres")) {
					return 0;
				}
				// fields after the name: state is the 3rd; utime, stime, cutime, cstime
				// the 14th to 17th
				String[] fields = stat.substring(name + 2).split(" ");
				return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
						+ Long.parseLong(fields[14]);
			}
			catch (IOException | RuntimeException ex) {
				return 0;
			}
		}

		private static long ticksPerSecond() {
			try {
				Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
				String out = new String(getconf.getInputStream().readAllBytes()).trim();
				return (getconf.waitFor() == 0) ? Long.parseLong(out) : 100;
			}
			catch (IOException | RuntimeException ex) {
				return 100;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return 100;
			}
		}

		MachineCpu since(MachineCpu before) {
			return new MachineCpu(this.counted && before.counted, this.busyTicks - before.busyTicks,
					this.allTicks - before.allTicks, this.postgresTicks - before.postgresTicks,
					this.jvmNanos - before.jvmNanos, this.compilingMillis - before.compilingMillis);
		}

		MachineCpu plus(MachineCpu other) {
			return new MachineCpu(this.counted && other.counted, this.busyTicks + other.busyTicks,
					this.allTicks + other.allTicks, this.postgresTicks + other.postgresTicks,
					this.jvmNanos + other.jvmNanos, this.compilingMillis + other.compilingMillis);
		}

		double busyShare() {
			return (double) this.busyTicks / Math.max(1, this.allTicks);
		}

		double busyMillis() {
			return this.busyTicks * 1000.0 / TICKS;
		}

		double postgresMillis() {
			return this.postgresTicks * 1000.0 / TICKS;
		}

	}

	/** CPU time so far of every live thread, by thread id, in ns. */
	private static Map<Long, Long> cpu() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Map<Long, Long> cpu = new HashMap<>();
		for (long id : threads.getAllThreadIds()) {
			cpu.put(id, threads.getThreadCpuTime(id));
		}
		return cpu;
	}

	/**
	 * CPU time since the snapshot of the threads that run engines (the application's web
	 * and job threads, the bare engine's job threads) and of the client threads, in ns.
	 * The bare engine's commands run on its client threads, the product's on its web
	 * threads; the product's clients only send HTTP requests and read the answers.
	 */
	private static long[] cpuSince(Map<Long, Long> before) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] cpu = new long[2];
		for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (thread == null) {
				continue;
			}
			long time = threads.getThreadCpuTime(thread.getThreadId());
			if (time < 0) {
				continue;
			}
			long used = time - Math.max(0, before.getOrDefault(thread.getThreadId(), 0L));
			String name = thread.getThreadName();
			if (name.startsWith("http-nio") || name.startsWith("camundaTaskExecutor")
					|| name.startsWith("JobExecutor")) {
				cpu[0] += used;
			}
			else if (name.startsWith("pool-") || name.startsWith("HttpClient")) {
				cpu[1] += used;
			}
		}
		return cpu;
	}

	/** What a side did in one turn. */
	private record Turn(String side, List<Long> latencies, long elapsedNanos, long transactions, long statements,
			long looks, long serverCpuNanos, long clientCpuNanos, MachineCpu machine) {

		static Turn sum(List<Turn> turns) {
			List<Long> latencies = new ArrayList<>();
			turns.forEach((turn) -> latencies.addAll(turn.latencies()));
			return new Turn(turns.get(0).side(), latencies, turns.stream().mapToLong(Turn::elapsedNanos).sum(),
					turns.stream().mapToLong(Turn::transactions).sum(),
					turns.stream().mapToLong(Turn::statements).sum(), turns.stream().mapToLong(Turn::looks).sum(),
					turns.stream().mapToLong(Turn::serverCpuNanos).sum(),
					turns.stream().mapToLong(Turn::clientCpuNanos).sum(),
					turns.stream().map(Turn::machine).reduce(MachineCpu::plus).orElseThrow());
		}

		int orders() {
			return this.latencies.size();
		}

		double ordersPerSecond() {
			return orders() * 1e9 / this.elapsedNanos;
		}

		double transactionsPerOrder() {
			return (double) this.transactions / Math.max(1, orders());
		}

		double serverCpuMillisPerOrder() {
			return this.serverCpuNanos / 1e6 / Math.max(1, orders());
		}

		double clientCpuMillisPerOrder() {
			return this.clientCpuNanos / 1e6 / Math.max(1, orders());
		}

		double looksPerOrder() {
			return (double) this.looks / Math.max(1, orders());
		}

		double statementsPerOrder() {
			return (double) this.statements / Math.max(1, orders());
		}

		/**
		 * The latency that the given per cent of orders kept to, by nearest rank, in ns.
		 */
		long percentile(double percent) {
			if (this.latencies.isEmpty()) {
				return 0;
			}
			List<Long> sorted = this.latencies.stream().sorted().toList();
			int rank = (int) Math.ceil(percent / 100 * sorted.size());
			return sorted.get(Math.min(Math.max(rank - 1, 0), sorted.size() - 1));
		}

	}

	/** Commits and statements so far in a database. */
	private record Counters(long transactions, long statements) {
	}

	private static Counters counters(String database) throws SQLException {
		try (Connection connection = serverConnection(); Statement statement = connection.createStatement()) {
			long transactions;
			try (ResultSet result = statement
				.executeQuery("select xact_commit from pg_stat_database where datname = '" + database + "'")) {
				result.next();
				transactions = result.getLong(1);
			}
			long statements = 0;
			if (statementsCounted) {
				try (ResultSet result = statement
					.executeQuery("select coalesce(sum(s.calls), 0)" + statementsOf(database))) {
					result.next();
					statements = result.getLong(1);
				}
			}
			return new Counters(transactions, statements);
		}
	}

	/** How many times the application took a connection from its pool so far. */
	private long borrows() {
		MeterRegistry registry = this.meters.getIfAvailable();
		if (registry == null) {
			return 0;
		}
		return registry.find("hikaricp.connections.usage").timers().stream().mapToLong(Timer::count).sum();
	}

	/**
	 * The product's HTTP requests per order over the whole run (warm-up included), by
	 * method and path, with the server's mean time: where an order's time goes in the
	 * application.
	 */
	private void printRequests(Turn total) {
		MeterRegistry registry = this.meters.getIfAvailable();
		if (registry == null || total.orders() == 0) {
			return;
		}
		long orders = registry.find("http.server.requests")
			.tag("uri", "/api/orders")
			.tag("method", "POST")
			.timers()
			.stream()
			.mapToLong(Timer::count)
			.sum();
		System.out.printf(Locale.ROOT, "product, requests per order over the whole run (%d orders):%n", orders);
		registry.find("http.server.requests")
			.timers()
			.stream()
			.sorted((a, b) -> Double.compare(b.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS),
					a.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)))
			.forEach((timer) -> System.out.printf(Locale.ROOT, "  %6.2f  mean %7.2f ms  total %8.0f ms  %s %s %s%n",
					timer.count() / (double) Math.max(1, orders),
					timer.mean(java.util.concurrent.TimeUnit.MILLISECONDS),
					timer.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS), timer.getId().getTag("method"),
					timer.getId().getTag("uri"), timer.getId().getTag("status")));
	}

	/**
	 * Starts the statement counts afresh, so that the breakdown covers the measured
	 * turns.
	 */
	private static void resetStatements() throws SQLException {
		if (statementsCounted) {
			try (Connection connection = serverConnection(); Statement statement = connection.createStatement()) {
				statement.execute("select pg_stat_statements_reset()");
			}
		}
	}

	/**
	 * The side's statements per order over the measured turns, most called first, and the
	 * transactions no statement shows (connection checks): where the side's work goes.
	 */
	private static void printStatements(Side side, Turn total) throws SQLException {
		if (!statementsCounted || total.orders() == 0) {
			return;
		}
		try (Connection connection = serverConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select count(*), sum(s.calls), sum(s.plans),"
						+ " sum(s.total_plan_time), sum(s.total_exec_time)" + statementsOf(side.database()))) {
			result.next();
			double orders = total.orders();
			System.out.printf(Locale.ROOT,
					"%s, per order over the measured turns: %.1f statements, planned %.1f times (%.2f ms planning),"
							+ " %.2f ms executing; %d statement texts%n",
					side.name(), result.getLong(2) / orders, result.getLong(3) / orders, result.getDouble(4) / orders,
					result.getDouble(5) / orders, result.getLong(1));
		}
		printStatements(side, total, "s.calls", "most called first");
		printStatements(side, total, "s.total_exec_time", "longest in all first");
		printStatements(side, total, "s.total_plan_time", "longest planning first");
	}

	private static void printStatements(Side side, Turn total, String order, String title) throws SQLException {
		try (Connection connection = serverConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("select s.calls, s.total_exec_time, s.plans, s.total_plan_time, s.query"
							+ statementsOf(side.database()) + " order by " + order + " desc limit "
							+ STATEMENTS_SHOWN)) {
			System.out.printf(Locale.ROOT,
					"%s, statements per order over the measured turns, %s (calls, ms executing, plans, ms planning):%n",
					side.name(), title);
			while (result.next()) {
				System.out.printf(Locale.ROOT, "  %7.2f %6.2f %7.2f %6.2f  %s%n",
						result.getLong(1) / (double) total.orders(), result.getDouble(2) / total.orders(),
						result.getLong(3) / (double) total.orders(), result.getDouble(4) / total.orders(),
						abbreviate(result.getString(5)));
			}
		}
	}

	/** The statements of one database in {@code pg_stat_statements}, as {@code s}. */
	private static String statementsOf(String database) {
		return " from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = '" + database + "'";
	}

	private static String abbreviate(String query) {
		String line = query.replaceAll("\\s+", " ").trim();
		return (line.length() > 160) ? line.substring(0, 160) + "…" : line;
	}

	/** A connection to the server's maintenance database, outside both sides' figures. */
	private static Connection serverConnection() throws SQLException {
		String url = PostgresServer.url();
		return DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
				PostgresServer.user(), PostgresServer.password());
	}

	private static String databaseName(String url) {
		String name = url.substring(url.lastIndexOf('/') + 1);
		int parameters = name.indexOf('?');
		return (parameters < 0) ? name : name.substring(0, parameters);
	}

}
