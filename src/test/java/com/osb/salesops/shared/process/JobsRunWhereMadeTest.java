package com.osb.salesops.shared.process;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.osb.salesops.support.TestClock;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A new job a command makes is locked for the node that made it and started by its job
 * threads once the command commits, without the job executor looking for it; exclusive
 * jobs keep their meaning, a job the threads refuse is picked up by the job executor, and
 * a command rolled back starts nothing.
 */
class JobsRunWhereMadeTest {

	/** The statement with which the job executor locks the jobs it picked up. */
	private static final String PICKED_UP = "updateAcquirableJob";

	private static final String THREADS = "job-thread-";

	private final Map<String, Integer> statements = new ConcurrentHashMap<>();

	/**
	 * Per instance, how many of its steps' jobs run now, and the most that ever ran at
	 * once.
	 */
	private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

	private final AtomicInteger mostAtOnce = new AtomicInteger();

	private final Map<String, String> ranOn = new ConcurrentHashMap<>();

	private final AtomicInteger handOvers = new AtomicInteger();

	private final AtomicInteger refused = new AtomicInteger();

	private volatile CountDownLatch release = new CountDownLatch(0);

	private ThreadPoolTaskExecutor threads;

	private ProcessEngine engine;

	private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();

	private JobLockKeeper keeper;

	@AfterEach
	void close() {
		this.release.countDown();
		if (this.engine != null) {
			this.engine.close();
		}
		if (this.keeper != null) {
			this.keeper.destroy();
		}
		if (this.threads != null) {
			this.threads.shutdown();
		}
		TestClock.reset();
	}

	@Test
	void aJobACommandMakesIsLockedForThisNodeAndRunByItsJobThreadsWithoutBeingPickedUp() throws Exception {
		start(null);
		deployStep();
		int pickedUpBefore = this.statements.getOrDefault(PICKED_UP, 0);

		// when five orders each make a job in the command that starts them
		List<String> instances = IntStream.range(0, 5)
			.mapToObj((i) -> this.engine.getRuntimeService().startProcessInstanceByKey("step").getId())
			.toList();

		// then every job ran on this node's job threads, none was picked up by the job
		// executor, and every instance ended
		awaitEnded(instances);
		assertThat(this.ranOn).hasSize(5);
		assertThat(this.ranOn.values()).allMatch((thread) -> thread.startsWith(THREADS));
		assertThat(this.statements.getOrDefault(PICKED_UP, 0)).isEqualTo(pickedUpBefore);
		assertThat(this.handOvers).hasValue(5);
	}

	@Test
	void exclusiveJobsOfOneInstanceMadeTogetherRunOneAfterTheOther() throws Exception {
		start(null);
		deploy(Bpmn.createExecutableProcess("split")
			.startEvent()
			.parallelGateway("fork")
			.serviceTask("a")
			.camundaAsyncBefore()
			.camundaDelegateExpression("${work}")
			.parallelGateway("join")
			.endEvent()
			.moveToNode("fork")
			.serviceTask("b")
			.camundaAsyncBefore()
			.camundaDelegateExpression("${work}")
			.connectTo("join")
			.moveToNode("fork")
			.serviceTask("c")
			.camundaAsyncBefore()
			.camundaDelegateExpression("${work}")
			.connectTo("join")
			.done());

		// when an instance makes three exclusive jobs in one command, with room for all
		// three on the job threads
		List<String> instances = List.of(this.engine.getRuntimeService().startProcessInstanceByKey("split").getId(),
				this.engine.getRuntimeService().startProcessInstanceByKey("split").getId());

		// then they ran one at a time, in one hand-over per instance, and the instances
		// ended
		// without a failed job
		awaitEnded(instances);
		assertThat(this.ranOn).hasSize(6);
		assertThat(this.mostAtOnce).hasValue(1);
		assertThat(this.handOvers).hasValue(2);
		assertThat(this.engine.getRuntimeService().createIncidentQuery().count()).isZero();
	}

	@Test
	void anExclusiveJobIsNotTakenWhileAnotherOfItsInstanceIsUnderWay() throws Exception {
		start(null);
		deploy(Bpmn.createExecutableProcess("both")
			.startEvent()
			.parallelGateway("fork")
			.serviceTask("slow")
			.camundaAsyncBefore()
			.camundaDelegateExpression("${work}")
			.parallelGateway("join")
			.endEvent()
			.moveToNode("fork")
			.userTask("review")
			.serviceTask("after")
			.camundaAsyncBefore()
			.camundaDelegateExpression("${work}")
			.connectTo("join")
			.done());
		this.release = new CountDownLatch(1);
		String instance = this.engine.getRuntimeService().startProcessInstanceByKey("both").getId();
		awaitRunning(instance);

		// when the task is completed while the instance's first job runs
		String task = this.engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
		this.engine.getTaskService().complete(task);
		this.release.countDown();

		// then its job waited for the first and was picked up by the job executor
		awaitEnded(List.of(instance));
		assertThat(this.ranOn).hasSize(2);
		assertThat(this.mostAtOnce).hasValue(1);
		assertThat(this.handOvers).hasValue(1);
		assertThat(this.statements.getOrDefault(PICKED_UP, 0)).isPositive();
	}

	@Test
	void aJobTheJobThreadsRefuseIsUnlockedAndPickedUpByTheJobExecutor() throws Exception {
		AtomicBoolean refuse = new AtomicBoolean(true);
		start(refuse);
		deployStep();

		// when the threads refuse the hand-over of a new job
		String instance = this.engine.getRuntimeService().startProcessInstanceByKey("step").getId();

		// then the job executor picked it up and ran it
		awaitEnded(List.of(instance));
		assertThat(refuse).isFalse();
		assertThat(this.ranOn).hasSize(1);
		assertThat(this.statements.getOrDefault(PICKED_UP, 0)).isPositive();
		assertThat(this.engine.getRuntimeService().createIncidentQuery().count()).isZero();
	}

	@Test
	void aCommandMakingMoreJobsThanTheThreadsHaveRoomForKeepsOnlyWhatFits() throws Exception {
		start(null);
		deployStep();

		// when one command starts 30 instances, making a job each, where the job threads
		// have room for 13 (3 threads and 10 places in their queue)
		List<String> instances = ((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration())
			.getCommandExecutorTxRequired()
			.execute((command) -> IntStream.range(0, 30)
				.mapToObj((i) -> this.engine.getRuntimeService().startProcessInstanceByKey("step").getId())
				.toList());

		// then it handed at most 13 to them, none was refused, and the job executor
		// picked
		// up the rest
		awaitEnded(instances);
		assertThat(this.ranOn).hasSize(30);
		assertThat(this.handOvers.get()).isBetween(1, 13);
		assertThat(this.refused).hasValue(0);
		assertThat(this.statements.getOrDefault(PICKED_UP, 0)).isPositive();
	}

	@Test
	void aJobAJobMakesIsLeftToTheJobExecutor() throws Exception {
		start(null);
		deploy(Bpmn.createExecutableProcess("two")
			.startEvent()
			.serviceTask("first")
			.camundaAsyncBefore()
			.camundaDelegateExpression("${work}")
			.serviceTask("second")
			.camundaAsyncBefore()
			.camundaExclusive(false)
			.camundaDelegateExpression("${work}")
			.endEvent()
			.done());
		int pickedUpBefore = this.statements.getOrDefault(PICKED_UP, 0);

		// when an order's first job makes its second
		String instance = this.engine.getRuntimeService().startProcessInstanceByKey("two").getId();

		// then only the first was handed over at commit, the second picked up by the job
		// executor
		awaitEnded(List.of(instance));
		assertThat(this.ranOn).hasSize(2);
		assertThat(this.handOvers).hasValue(1);
		assertThat(this.statements.getOrDefault(PICKED_UP, 0)).isGreaterThan(pickedUpBefore);
	}

	@Test
	void aCommandRolledBackStartsNothing() {
		start(null);
		deploy(Bpmn.createExecutableProcess("broken")
			.startEvent()
			.parallelGateway("fork")
			.serviceTask("work")
			.camundaAsyncBefore()
			.camundaDelegateExpression("${work}")
			.endEvent()
			.moveToNode("fork")
			.serviceTask("fails")
			.camundaExpression("${missing.property}")
			.endEvent()
			.done());

		// when a command makes a job and then fails
		assertThatThrownBy(() -> this.engine.getRuntimeService().startProcessInstanceByKey("broken"))
			.hasMessageContaining("missing");

		// then, although the job was to run here, no job is left and none was handed to
		// the job threads
		assertThat(this.statements.getOrDefault("selectJobsByProcessInstanceId", 0)).isPositive();
		assertThat(this.engine.getManagementService().createJobQuery().count()).isZero();
		assertThat(this.handOvers).hasValue(0);
		assertThat(this.ranOn).isEmpty();
	}

	private void start(AtomicBoolean refuseOnce) {
		this.beans.registerSingleton("clock",
				ApplicationClock.startingAt(OffsetDateTime.parse("2026-11-16T10:00+08:00")));
		this.threads = new Threads(refuseOnce);
		this.threads.setCorePoolSize(3);
		this.threads.setMaxPoolSize(3);
		this.threads.setQueueCapacity(10);
		this.threads.setThreadNamePrefix(THREADS);
		this.threads.initialize();
		SpringJobExecutor jobs = new SpringJobExecutor();
		jobs.setTaskExecutor(this.threads);
		jobs.setRejectedJobsHandler(new NotifyAcquisitionRejectedJobsHandler());
		jobs.setWaitTimeInMillis(200);
		jobs.setMaxWait(400);
		jobs.setLockTimeInMillis(30_000);
		this.keeper = new JobLockKeeper(this.beans.getBeanProvider(JdbcTemplate.class),
				this.beans.getBeanProvider(ProcessEngineConfigurationImpl.class),
				this.beans.getBeanProvider(ApplicationClock.class));
		this.keeper.postProcessAfterInitialization(jobs, "jobExecutor");

		StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
		configuration.setJdbcUrl("jdbc:h2:mem:jobs-run-where-made-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		configuration.setJobExecutor(jobs);
		configuration.setJobExecutorActivate(true);
		configuration.setBeans(Map.<Object, Object>of("work", (JavaDelegate) this::work));
		configuration.setProcessEnginePlugins(List.of(this.keeper));
		this.engine = configuration.buildProcessEngine();
		configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Statements());
		this.beans.registerSingleton("jdbc", new JdbcTemplate(configuration.getDataSource()));
		this.beans.registerSingleton("engine", configuration);
	}

	/**
	 * The job threads, counting the hand-overs of jobs made by commands and those they
	 * refuse, and refusing the first one when told to.
	 */
	private final class Threads extends ThreadPoolTaskExecutor {

		private final AtomicBoolean refuseOnce;

		Threads(AtomicBoolean refuseOnce) {
			this.refuseOnce = refuseOnce;
		}

		@Override
		public void execute(Runnable task) {
			boolean handOver = !Thread.currentThread().getName().startsWith("JobExecutor")
					&& !Thread.currentThread().getName().startsWith(THREADS);
			if (handOver && this.refuseOnce != null && this.refuseOnce.compareAndSet(true, false)) {
				throw new TaskRejectedException("full");
			}
			try {
				super.execute(task);
			}
			catch (TaskRejectedException ex) {
				if (handOver) {
					JobsRunWhereMadeTest.this.refused.incrementAndGet();
				}
				throw ex;
			}
			if (handOver) {
				JobsRunWhereMadeTest.this.handOvers.incrementAndGet();
			}
		}

	}

	private void work(DelegateExecution execution) throws InterruptedException {
		AtomicInteger now = this.running.computeIfAbsent(execution.getProcessInstanceId(),
				(instance) -> new AtomicInteger());
		this.mostAtOnce.accumulateAndGet(now.incrementAndGet(), Math::max);
		try {
			this.ranOn.put(execution.getId() + execution.getCurrentActivityId(), Thread.currentThread().getName());
			if (execution.getCurrentActivityId().equals("slow")) {
				this.release.await(20, TimeUnit.SECONDS);
			}
			else {
				Thread.sleep(20);
			}
		}
		finally {
			now.decrementAndGet();
		}
	}

	/** An order's shape reduced to one asynchronous step. */
	private void deployStep() {
		deploy(Bpmn.createExecutableProcess("step")
			.startEvent()
			.serviceTask("work")
			.camundaAsyncBefore()
			.camundaDelegateExpression("${work}")
			.endEvent()
			.done());
	}

	private void deploy(BpmnModelInstance model) {
		this.engine.getRepositoryService().createDeployment().addModelInstance("model.bpmn", model).deploy();
	}

	private void awaitRunning(String instance) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (this.running.getOrDefault(instance, new AtomicInteger()).get() == 0 && System.nanoTime() < until) {
			Thread.sleep(10);
		}
		assertThat(this.running.get(instance)).hasValue(1);
	}

	private void awaitEnded(List<String> instances) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceIds(Set.copyOf(instances))
			.count() > 0 && System.nanoTime() < until) {
			Thread.sleep(10);
		}
		assertThat(this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceIds(Set.copyOf(instances))
			.count()).isZero();
	}

	/** Counts the engine's statements by name. */
	@Intercepts({ @Signature(type = Executor.class, method = "update", args = { MappedStatement.class, Object.class }),
			@Signature(type = Executor.class, method = "query",
					args = { MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class }) })
	private final class Statements implements Interceptor {

		@Override
		public Object intercept(Invocation invocation) throws Throwable {
			String id = ((MappedStatement) invocation.getArgs()[0]).getId();
			JobsRunWhereMadeTest.this.statements.merge(id.substring(id.lastIndexOf('.') + 1), 1, Integer::sum);
			return invocation.proceed();
		}

		@Override
		public void setProperties(Properties properties) {
		}

	}

}
