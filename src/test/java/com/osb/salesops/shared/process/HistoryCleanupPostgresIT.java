package com.osb.salesops.shared.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.osb.salesops.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The history cleanup as the engine runs it in its window: it removes every row of
 * history past its time to live (removal time = start + time to live), keeps every row
 * not yet due, and runs in batches of its own short transactions, so that the business
 * jobs that fall due while it runs go on beside it, as fast as without it.
 */
class HistoryCleanupPostgresIT extends PostgresIntegrationTest {

	private static final String PROBE = "history-cleanup-probe";

	private static final String DECISION = "order-approval-level";

	private static final int TIME_TO_LIVE_DAYS = 30;

	private static final int PAST_INSTANCES = 250;

	private static final int RECENT_INSTANCES = 20;

	private static final int VARIABLES_PER_INSTANCE = 20;

	private static final int BATCH_SIZE = 500;

	/**
	 * Later than a business job waits without the cleanup, plus this, fails the proof.
	 */
	private static final long LATENCY_MARGIN_MILLIS = 10_000;

	private static final List<String> HISTORY_TABLES = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_varinst",
			"act_hi_detail", "act_hi_taskinst", "act_hi_job_log", "act_hi_decinst", "act_hi_dec_in", "act_hi_dec_out",
			"act_ge_bytearray");

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ManagementService managementService;

	@Autowired
	DecisionService decisionService;

	@Autowired
	ApplicationClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobLockKeeper jobLockKeeper;

	private String deployment;

	@AfterEach
	void putTheClockBackAndRemoveTheProbe() {
		this.clock.reset();
		if (this.deployment != null) {
			this.repositoryService.deleteDeployment(this.deployment, true);
		}
	}

	@Test
	void theApplicationsEngineLogsJobsWithoutLookingForBatchesParsesEachStatementTextOnceAndRunsJobsWhereMade() {
		// given the application's engine
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.processEngine
			.getProcessEngineConfiguration();

		// then its job logs read no batch for a step's job, and its statements parse each
		// text once
		assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("start");
		// and its own cleanup's window lies where the tests' clock never is
		assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("13:00");
		assertThat(configuration.getHistoryEventProducer()).isInstanceOf(JobHistoryProducer.class);
		assertThat(configuration.getSqlSessionFactory()
			.getConfiguration()
			.getMappedStatement("org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria")
			.getSqlSource()).isInstanceOf(ParsedOnceSqlSource.class);
		// and its job threads say whether they have room, without which no job would be
		// run where it is made
		assertThat(this.jobLockKeeper.hasRoom(1)).isTrue();
	}

	@Test
	void removesWhatIsPastItsTimeToLiveInBatchesBesideTheBusinessJobs() {
		// given history past its time to live (started 400 days ago), history not yet due
		// (started 10 days ago), and the business jobs' pace without a cleanup
		deployProbe();
		Date now = Date.from(this.clock.instant());
		List<String> past = runProbesAt(daysBefore(now, 400), PAST_INSTANCES);
		List<String> recent = runProbesAt(daysBefore(now, 10), RECENT_INSTANCES);
		this.clock.reset();
		Date cutoff = Date.from(this.clock.instant());
		Map<String, Integer> dueBefore = dueRows(cutoff);
		Map<String, Integer> recentBefore = rowsOf(recent);
		int otherNotDueBefore = notDueRows(cutoff);
		assertThat(dueBefore).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
		List<String> withoutCleanup = new ArrayList<>();
		for (int i = 0; i < RECENT_INSTANCES; i++) {
			withoutCleanup.add(startBusinessJob());
		}
		awaitNoJobsOf(withoutCleanup);
		long baseline = latencies(withoutCleanup).values().stream().mapToLong(Long::longValue).max().orElseThrow();

		// when the cleanup runs as in its window, while business jobs keep falling due
		Job cleanup = this.historyService.cleanUpHistoryAsync(true);
		List<String> duringCleanup = new ArrayList<>();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
		while (dueRows(cutoff).values().stream().anyMatch((rows) -> rows > 0) && System.nanoTime() < end) {
			duringCleanup.add(startBusinessJob());
		}
		awaitNoJobsOf(duringCleanup);

		// then everything past its time to live is gone, nothing else
		assertThat(dueRows(cutoff)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
		assertThat(
				this.historyService.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(past)).count())
			.isZero();
		assertThat(rowsOf(recent)).isEqualTo(recentBefore);
		assertThat(this.historyService.createHistoricDecisionInstanceQuery()
			.decisionDefinitionKey(DECISION)
			.evaluatedAfter(daysBefore(now, 11))
			.count()).isEqualTo(RECENT_INSTANCES);
		assertThat(notDueRows(cutoff)).isGreaterThanOrEqualTo(otherNotDueBefore);
		// in batches: no more than 500 rows of a table in one transaction
		List<Date> batches = this.historyService.createHistoricJobLogQuery()
			.jobId(cleanup.getId())
			.successLog()
			.list()
			.stream()
			.map(HistoricJobLog::getTimestamp)
			.sorted()
			.toList();
		int largest = dueBefore.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
		assertThat(batches).hasSizeGreaterThanOrEqualTo((largest + BATCH_SIZE - 1) / BATCH_SIZE);
		// and business jobs ran between the batches, as fast as without the cleanup
		Map<String, Long> during = latencies(duringCleanup);
		long between = successTimes(duringCleanup).stream()
			.filter((at) -> !at.before(batches.get(0)) && !at.after(batches.get(batches.size() - 1)))
			.count();
		long worst = during.values().stream().mapToLong(Long::longValue).max().orElseThrow();
		System.out.printf(
				"history cleanup: %s due rows removed in %d batches; %d business jobs during it, %d between the first and last batch; slowest business job %d ms (without cleanup %d ms)%n",
				dueBefore, batches.size(), during.size(), between, worst, baseline);
		assertThat(between).isPositive();
		assertThat(worst).isLessThanOrEqualTo(baseline + LATENCY_MARGIN_MILLIS);
	}

	private void deployProbe() {
		BpmnModelInstance probe = Bpmn.createExecutableProcess(PROBE)
			.camundaHistoryTimeToLive(TIME_TO_LIVE_DAYS)
			.camundaStartableInTasklist(false)
			.startEvent("StartEvent_ProbeStarted")
			.userTask("Task_ReviewProbe")
			.serviceTask("Task_WorkOnProbe")
			.camundaAsyncBefore()
			.camundaExpression("${true}")
			.endEvent("EndEvent_ProbeDone")
			.done();
		this.deployment = this.repositoryService.createDeployment()
			.addModelInstance(PROBE + ".bpmn", probe)
			.deploy()
			.getId();
	}

	/** Runs probes to their end, started at the given moment, each with a decision. */
	private List<String> runProbesAt(Date start, int count) {
		ClockUtil.setCurrentTime(start);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			VariableMap variables = Variables.createVariables()
				.putValue("evidence", Variables.byteArrayValue(new byte[] { 1, 2, 3 }));
			for (int v = 1; v < VARIABLES_PER_INSTANCE; v++) {
				variables.putValue("fact" + v, "value " + v);
			}
			String id = this.runtimeService.startProcessInstanceByKey(PROBE, "probe-" + i, variables).getId();
			this.taskService.complete(this.taskService.createTaskQuery().processInstanceId(id).singleResult().getId());
			this.decisionService.evaluateDecisionByKey(DECISION)
				.variables(Variables.putValue("orderTotal", 1000.0 + i)
					.putValue("maxDiscountPercent", 5.0)
					.putValue("grade", "A"))
				.evaluate();
			ids.add(id);
		}
		awaitNoJobsOf(ids);
		return ids;
	}

	/** Starts a probe now and lets it fall due as a business job: an async step. */
	private String startBusinessJob() {
		String id = this.runtimeService.startProcessInstanceByKey(PROBE).getId();
		this.taskService.complete(this.taskService.createTaskQuery().processInstanceId(id).singleResult().getId());
		return id;
	}

	private void awaitNoJobsOf(List<String> instances) {
		Set<String> ids = Set.copyOf(instances);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.runtimeService.createProcessInstanceQuery().processInstanceIds(ids).count() == 0);
	}

	/** Milliseconds from each business job's creation to its success, by job. */
	private Map<String, Long> latencies(List<String> instances) {
		Map<String, Date> created = logs(instances, true).stream()
			.collect(Collectors.toMap(HistoricJobLog::getJobId, HistoricJobLog::getTimestamp));
		return logs(instances, false).stream()
			.collect(Collectors.toMap(HistoricJobLog::getJobId,
					(log) -> log.getTimestamp().getTime() - created.get(log.getJobId()).getTime()));
	}

	private List<Date> successTimes(List<String> instances) {
		return logs(instances, false).stream().map(HistoricJobLog::getTimestamp).toList();
	}

	private List<HistoricJobLog> logs(List<String> instances, boolean creation) {
		List<HistoricJobLog> logs = new ArrayList<>();
		for (String instance : instances) {
			var query = this.historyService.createHistoricJobLogQuery().processInstanceId(instance);
			logs.addAll(creation ? query.creationLog().list() : query.successLog().list());
		}
		assertThat(logs).hasSize(instances.size());
		return logs;
	}

	private Map<String, Integer> dueRows(Date cutoff) {
		Map<String, Integer> rows = new LinkedHashMap<>();
		for (String table : HISTORY_TABLES) {
			rows.put(table, this.jdbc.queryForObject("select count(*) from " + table + " where removal_time_ <= ?",
					Integer.class, cutoff));
		}
		return rows;
	}

	private int notDueRows(Date cutoff) {
		int rows = 0;
		for (String table : HISTORY_TABLES) {
			rows += this.jdbc.queryForObject("select count(*) from " + table + " where removal_time_ > ?",
					Integer.class, cutoff);
		}
		return rows;
	}

	/** The history rows of the given instances, by table. */
	private Map<String, Integer> rowsOf(List<String> instances) {
		String in = instances.stream().map((id) -> "?").collect(Collectors.joining(","));
		Map<String, Integer> rows = new LinkedHashMap<>();
		for (String table : List.of("act_hi_procinst", "act_hi_actinst", "act_hi_varinst", "act_hi_detail",
				"act_hi_taskinst", "act_hi_job_log")) {
			rows.put(table,
					this.jdbc.queryForObject(
							"select count(*) from " + table + " where root_proc_inst_id_ in (" + in + ")",
							Integer.class, instances.toArray()));
		}
		return rows;
	}

	private static Date daysBefore(Date moment, int days) {
		return new Date(moment.getTime() - TimeUnit.DAYS.toMillis(days));
	}

}
