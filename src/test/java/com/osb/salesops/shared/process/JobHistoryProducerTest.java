package com.osb.salesops.shared.process;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job's log is given its removal time without looking for a batch where there can be
 * none, and a batch's job log still gets its batch's.
 */
class JobHistoryProducerTest {

	private static final String BATCH_READ = "selectHistoricBatch";

	private final Map<String, Integer> reads = new ConcurrentHashMap<>();

	private ProcessEngine engine;

	@AfterEach
	void close() {
		if (this.engine != null) {
			this.engine.close();
			this.engine = null;
		}
	}

	@Test
	void anAsynchronousStepsAndATimersJobLogsReadNoBatchAndGetWhatTheEnginesOwnProducerGives() {
		// when an instance passes an asynchronous step and a timer, with the engine's own
		// history producer and with this one
		List<String> own = stepsLog(false);
		int ownReads = this.reads.getOrDefault(BATCH_READ, 0);
		close();
		this.reads.clear();
		List<String> log = stepsLog(true);

		// then no batch was looked for, and each log entry got the same removal time
		assertThat(ownReads).isPositive();
		assertThat(this.reads.getOrDefault(BATCH_READ, 0)).isZero();
		assertThat(log).isEqualTo(own)
			.hasSizeGreaterThanOrEqualTo(6)
			.contains("async-before created: removed with the instance", "async-after done: removed with the instance",
					"DURATION: PT1H created: removed with the instance");
	}

	/**
	 * Each entry of the job log of an instance that passes an asynchronous step and a
	 * timer.
	 */
	private List<String> stepsLog(boolean withoutFalseBatchLookups) {
		start(withoutFalseBatchLookups);
		this.engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("steps.bpmn",
					Bpmn.createExecutableProcess("steps")
						.camundaHistoryTimeToLive(5)
						.startEvent()
						.serviceTask("work")
						.camundaAsyncBefore()
						.camundaAsyncAfter()
						.camundaExpression("${true}")
						.intermediateCatchEvent("wait")
						.timerWithDuration("PT1H")
						.endEvent()
						.done())
			.deploy();
		String instance = this.engine.getRuntimeService().startProcessInstanceByKey("steps").getId();
		ManagementService management = this.engine.getManagementService();
		for (int i = 0; i < 3; i++) {
			Job job = management.createJobQuery().processInstanceId(instance).singleResult();
			management.executeJob(job.getId());
		}
		HistoryService history = this.engine.getHistoryService();
		HistoricProcessInstance historic = history.createHistoricProcessInstanceQuery()
			.processInstanceId(instance)
			.singleResult();
		assertThat(historic.getState()).isEqualTo("COMPLETED");
		assertThat(historic.getRemovalTime()).isNotNull();
		return history.createHistoricJobLogQuery()
			.processInstanceId(instance)
			.orderByTimestamp()
			.asc()
			.orderPartiallyByOccurrence()
			.asc()
			.list()
			.stream()
			.map((entry) -> entry.getJobDefinitionConfiguration() + " "
					+ (entry.isCreationLog() ? "created" : entry.isSuccessLog() ? "done" : "other") + ": "
					+ (historic.getRemovalTime().equals(entry.getRemovalTime()) ? "removed with the instance"
							: "removed at " + entry.getRemovalTime()))
			.toList();
	}

	@Test
	void aBatchsJobLogHasItsBatchsRemovalTime() {
		// given a batch
		start(true);
		this.engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("wait.bpmn",
					Bpmn.createExecutableProcess("wait")
						.camundaHistoryTimeToLive(5)
						.startEvent()
						.userTask("task")
						.endEvent()
						.done())
			.deploy();
		String instance = this.engine.getRuntimeService().startProcessInstanceByKey("wait").getId();
		Batch batch = this.engine.getRuntimeService().deleteProcessInstancesAsync(List.of(instance), "test");

		// when its seed job runs
		ManagementService management = this.engine.getManagementService();
		Job seed = management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).singleResult();
		management.executeJob(seed.getId());

		// then the batch was read, and its seed job's log has the batch's removal time
		assertThat(this.reads.getOrDefault(BATCH_READ, 0)).isPositive();
		HistoryService history = this.engine.getHistoryService();
		assertThat(history.createHistoricJobLogQuery().jobId(seed.getId()).list())
			.extracting(HistoricJobLog::getRemovalTime)
			.containsOnly(history.createHistoricBatchQuery().batchId(batch.getId()).singleResult().getRemovalTime())
			.doesNotContainNull();
	}

	private void start(boolean withoutFalseBatchLookups) {
		StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
		configuration.setJdbcUrl("jdbc:h2:mem:job-history-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		configuration.setJobExecutorActivate(false);
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START);
		configuration.setBatchOperationHistoryTimeToLive("P5D");
		configuration
			.setProcessEnginePlugins(withoutFalseBatchLookups ? List.of(new JobHistoryProducerPlugin()) : List.of());
		this.engine = configuration.buildProcessEngine();
		assertThat(configuration.getHistoryEventProducer() instanceof JobHistoryProducer)
			.isEqualTo(withoutFalseBatchLookups);
		configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Reads());
	}

	/** Counts the engine's reads by statement. */
	@Intercepts(@Signature(type = Executor.class, method = "query",
			args = { MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class }))
	private final class Reads implements Interceptor {

		@Override
		public Object intercept(Invocation invocation) throws Throwable {
			String id = ((MappedStatement) invocation.getArgs()[0]).getId();
			JobHistoryProducerTest.this.reads.merge(id.substring(id.lastIndexOf('.') + 1), 1, Integer::sum);
			return invocation.proceed();
		}

		@Override
		public void setProperties(Properties properties) {
		}

	}

}
