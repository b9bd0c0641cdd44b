package com.osb.salesops.shared.process;

import java.lang.reflect.Field;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobsRunnable;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobManager;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Keeps every job this node's job executor has picked up locked until the node is done
 * with it. The job executor locks the jobs it picks up for a fixed time and hands them to
 * its threads; a job that waits behind others, or whose finance or warehouse call takes
 * longer than that time, would otherwise be picked up again, here or on another node, and
 * run a second time while the first is still under way, one of the two then losing its
 * commit. So while a job is queued or running here, its lock's expiry is moved forward a
 * full lock time every third of it, only where this node still holds the lock; so is the
 * lock of a job a running job makes for its own process instance, which the engine locks
 * for the same thread to run next. A node that dies or stops keeping them leaves its jobs
 * to expire one lock time later, as before; a job the node gives up (refused by a full
 * queue, failed, done) is no longer kept.
 *
 * <p>
 * A new job a command outside the job executor makes (a task completed over the API, an
 * order submitted) is locked for this node in that command and handed to its job threads
 * as soon as the command commits, where the job executor would otherwise first be told,
 * then look for it in the database and lock it in a transaction of its own: the job runs
 * sooner and one transaction fewer is spent on it. Only as many jobs are kept as the
 * threads have room for; the rest are left to the job executor, as is a job the threads
 * refuse after all, unlocked for it. Exclusive jobs keep their meaning: such a job is not
 * taken while another exclusive job of its process instance is under way, and those of
 * one instance made together run one after the other.
 */
@Component
class JobLockKeeper extends AbstractProcessEnginePlugin implements BeanPostProcessor, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(JobLockKeeper.class);

	/** At most this many jobs are named in one statement. */
	private static final int CHUNK = 200;

	private static final Field JOB_IDS = jobIdsField();

	/** The jobs the job executor's thread running now holds. */
	private static final ThreadLocal<List<String>> RUNNING = new ThreadLocal<>();

	private final Supplier<JdbcTemplate> jdbc;

	private final Supplier<ProcessEngineConfigurationImpl> engine;

	/** The engine's clock, against which the engine compares lock expiries. */
	private final Supplier<ApplicationClock> clock;

	/** The jobs held, with how many hand-overs hold each (a job picked up again). */
	private final Map<String, Integer> held = new ConcurrentHashMap<>();

	private volatile ScheduledThreadPoolExecutor beats;

	private volatile SpringJobExecutor executor;

	/**
	 * The job executor's threads, when they can say whether they have room; jobs are run
	 * where they are made only then.
	 */
	private volatile ThreadPoolTaskExecutor threads;

	JobLockKeeper(ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<ProcessEngineConfigurationImpl> engine,
			ObjectProvider<ApplicationClock> clock) {
		this.jdbc = SingletonSupplier.of(jdbc::getObject);
		this.engine = SingletonSupplier.of(engine::getObject);
		this.clock = SingletonSupplier.of(clock::getObject);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		CustomSessions.add(configuration, JobManager.class, () -> new Jobs(this));
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof SpringJobExecutor jobs && JOB_IDS != null && this.executor == null) {
			this.executor = jobs;
			if (jobs.getTaskExecutor() instanceof ThreadPoolTaskExecutor pool) {
				this.threads = pool;
			}
			jobs.setTaskExecutor(new Keeping(jobs.getTaskExecutor()));
			long period = Math.max(200, jobs.getLockTimeInMillis() / 3);
			ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, (runnable) -> {
				Thread thread = new Thread(runnable, "job-lock-keeper");
				thread.setDaemon(true);
				return thread;
			});
			scheduler.scheduleWithFixedDelay(this::keep, period, period, TimeUnit.MILLISECONDS);
			this.beats = scheduler;
		}
		return bean;
	}

	/** Moves the lock of every job held forward a full lock time. */
	void keep() {
		List<String> ids = new ArrayList<>(this.held.keySet());
		SpringJobExecutor jobs = this.executor;
		if (ids.isEmpty() || jobs == null) {
			return;
		}
		try {
			Timestamp until = new Timestamp(this.clock.get().millis() + jobs.getLockTimeInMillis());
			String table = this.engine.get().getDatabaseTablePrefix() + "ACT_RU_JOB";
			for (int from = 0; from < ids.size(); from += CHUNK) {
				List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
				List<Object> arguments = new ArrayList<>();
				arguments.add(until);
				arguments.add(jobs.getLockOwner());
				arguments.addAll(chunk);
				this.jdbc.get()
					.update("update " + table + " set LOCK_EXP_TIME_ = ? where LOCK_OWNER_ = ? and ID_ in ("
							+ String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", arguments.toArray());
			}
		}
		catch (RuntimeException ex) {
			// tried again at the next beat, which must not be cancelled by this failure
			logger.warn("The locks of {} jobs could not be kept: {}", ids.size(), ex.getMessage());
		}
	}

	/** Holds a job made for this thread to run next, once the one running commits. */
	private void followedBy(JobEntity job) {
		SpringJobExecutor jobs = this.executor;
		List<String> running = RUNNING.get();
		if (jobs != null && running != null && jobs.getLockOwner().equals(job.getLockOwner())) {
			running.add(job.getId());
			hold(List.of(job.getId()));
		}
	}

	/**
	 * Whether the job threads would take so many more jobs now without refusing any
	 * (those a command already keeps for them and one more).
	 */
	boolean hasRoom(int jobs) {
		ThreadPoolTaskExecutor threads = this.threads;
		if (threads == null) {
			return false;
		}
		try {
			ThreadPoolExecutor pool = threads.getThreadPoolExecutor();
			return pool.getQueue().remainingCapacity() + pool.getMaximumPoolSize() - pool.getPoolSize() >= jobs;
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

	/**
	 * Hands jobs this node locked for itself to its job threads, once the command that
	 * made them has committed; the jobs of a hand-over the threads refuse are unlocked
	 * (on the keeper's thread, outside the committed transaction) for the job executor to
	 * pick up.
	 */
	void start(List<List<String>> batches, ProcessEngineImpl engine, SpringJobExecutor jobs) {
		for (List<String> ids : batches) {
			try {
				jobs.getTaskExecutor().execute(jobs.getExecuteJobsRunnable(ids, engine));
			}
			catch (RejectedExecutionException ex) {
				unlockLater(ids, engine, jobs);
			}
		}
	}

	private void unlockLater(List<String> ids, ProcessEngineImpl engine, SpringJobExecutor jobs) {
		ScheduledThreadPoolExecutor scheduler = this.beats;
		try {
			if (scheduler != null) {
				scheduler.execute(() -> unlock(ids, engine, jobs));
				return;
			}
		}
		catch (RejectedExecutionException stopping) {
			// the node is stopping: the jobs go on elsewhere once their lock expires
		}
		logger.warn("{} jobs refused by the job threads stay locked until their lock expires", ids.size());
	}

	private void unlock(List<String> ids, ProcessEngineImpl engine, SpringJobExecutor jobs) {
		CommandExecutor commands = engine.getProcessEngineConfiguration().getCommandExecutorTxRequired();
		for (String id : ids) {
			try {
				commands.execute((command) -> {
					JobEntity job = command.getJobManager().findJobById(id);
					if (job != null && jobs.getLockOwner().equals(job.getLockOwner())) {
						job.unlock();
					}
					return null;
				});
			}
			catch (RuntimeException ex) {
				logger.warn("Job {}, refused by the job threads, stays locked until its lock expires: {}", id,
						ex.getMessage());
			}
		}
		jobs.jobWasAdded();
	}

	private void hold(List<String> ids) {
		ids.forEach((id) -> this.held.merge(id, 1, Integer::sum));
	}

	private void release(List<String> ids) {
		ids.forEach((id) -> this.held.computeIfPresent(id, (key, count) -> (count > 1) ? count - 1 : null));
	}

	@Override
	public void destroy() {
		ScheduledThreadPoolExecutor scheduler = this.beats;
		if (scheduler != null) {
			scheduler.shutdownNow();
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> jobIds(Runnable task) {
		if (!(task instanceof ExecuteJobsRunnable)) {
			return List.of();
		}
		try {
			return List.copyOf((List<String>) JOB_IDS.get(task));
		}
		catch (IllegalAccessException ex) {
			return List.of();
		}
	}

	private static Field jobIdsField() {
		try {
			Field field = ExecuteJobsRunnable.class.getDeclaredField("jobIds");
			field.setAccessible(true);
			return field;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			logger.warn("Jobs picked up cannot be kept locked while they wait or run: {}", ex.toString());
			return null;
		}
	}

	/**
	 * The engine's job manager, one per command: tells the keeper of jobs locked for the
	 * running thread, and has this node run at once the new jobs it may run.
	 */
	static final class Jobs extends JobManager {

		private final JobLockKeeper keeper;

		/** The new jobs this command locked for this node, started once it commits. */
		private List<JobEntity> runHere;

		/** Per process instance, whether an exclusive job of it was found under way. */
		private Map<String, Boolean> underWay;

		Jobs(JobLockKeeper keeper) {
			this.keeper = keeper;
		}

		@Override
		protected void hintJobExecutor(JobEntity job) {
			if (mayRunHere(job)) {
				runHere(job);
				return;
			}
			super.hintJobExecutor(job);
			this.keeper.followedBy(job);
		}

		/**
		 * Whether this node may lock a new job for itself and start it once the command
		 * commits, instead of telling its job executor to look for it: the command is not
		 * a job's (jobs a job makes are left to the engine and the job executor, which
		 * pace them), the job is new, due, in this job executor's priorities and
		 * deployments, not exclusive while another exclusive job of its process instance
		 * is under way (the job executor would not pick it up either), and this node's
		 * job threads have room for it.
		 */
		private boolean mayRunHere(JobEntity job) {
			SpringJobExecutor jobs = this.keeper.executor;
			CommandContext command = Context.getCommandContext();
			ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
			if (jobs == null || command == null || Context.getJobExecutorContext() != null
					|| configuration.getJobExecutor() != jobs || !jobs.isActive() || job.isSuspended() || !isJobDue(job)
					|| !isJobPriorityInJobExecutorPriorityRange(job.getPriority()) || !isNew(command, job)
					|| !deployedHere(configuration, job)) {
				return false;
			}
			if (!this.keeper.hasRoom((this.runHere == null) ? 1 : this.runHere.size() + 1)) {
				return false;
			}
			return !job.isExclusive() || (!configuration.isJobExecutorAcquireExclusiveOverProcessHierarchies()
					&& !exclusiveUnderWay(job.getProcessInstanceId()));
		}

		private static boolean isNew(CommandContext command, JobEntity job) {
			CachedDbEntity cached = command.getDbEntityManager().getDbEntityCache().getCachedEntity(job);
			return cached != null && cached.getEntityState() == DbEntityState.TRANSIENT;
		}

		private static boolean deployedHere(ProcessEngineConfigurationImpl configuration, JobEntity job) {
			return !configuration.isJobExecutorDeploymentAware() || job.getDeploymentId() == null
					|| configuration.getRegisteredDeployments().contains(job.getDeploymentId());
		}

		/**
		 * Whether an exclusive job of the instance is locked, looked up once a command:
		 * the instance's exclusive jobs this command then keeps run in one hand-over.
		 */
		private boolean exclusiveUnderWay(String processInstanceId) {
			if (processInstanceId == null) {
				return false;
			}
			if (this.underWay == null) {
				this.underWay = new HashMap<>();
			}
			return this.underWay.computeIfAbsent(processInstanceId, (instance) -> {
				Date now = new Date(this.keeper.clock.get().millis());
				return findJobsByProcessInstanceId(instance).stream()
					.anyMatch((other) -> other.isExclusive() && other.getLockOwner() != null
							&& other.getLockExpirationTime() != null && !other.getLockExpirationTime().before(now));
			});
		}

		private void runHere(JobEntity job) {
			SpringJobExecutor jobs = this.keeper.executor;
			job.setLockOwner(jobs.getLockOwner());
			job.setLockExpirationTime(new Date(this.keeper.clock.get().millis() + jobs.getLockTimeInMillis()));
			if (this.runHere == null) {
				this.runHere = new ArrayList<>();
				List<JobEntity> mine = this.runHere;
				ProcessEngineImpl engine = Context.getProcessEngineConfiguration().getProcessEngine();
				Context.getCommandContext()
					.getTransactionContext()
					.addTransactionListener(TransactionState.COMMITTED,
							(context) -> this.keeper.start(batches(mine), engine, jobs));
			}
			this.runHere.add(job);
		}

		/**
		 * The jobs in hand-overs to the job threads: the exclusive jobs of one process
		 * instance together, to run one after the other, every other job on its own.
		 */
		private static List<List<String>> batches(List<JobEntity> jobs) {
			Map<String, List<String>> exclusive = new LinkedHashMap<>();
			List<List<String>> batches = new ArrayList<>();
			for (JobEntity job : jobs) {
				if (job.isExclusive() && job.getProcessInstanceId() != null) {
					exclusive.computeIfAbsent(job.getProcessInstanceId(), (instance) -> {
						List<String> batch = new ArrayList<>();
						batches.add(batch);
						return batch;
					}).add(job.getId());
				}
				else {
					batches.add(new ArrayList<>(List.of(job.getId())));
				}
			}
			return batches;
		}

	}

	/** Hands the job executor's work to its threads, holding each job meanwhile. */
	private final class Keeping implements TaskExecutor {

		private final TaskExecutor threads;

		Keeping(TaskExecutor threads) {
			this.threads = threads;
		}

		@Override
		public void execute(Runnable task) {
			List<String> ids = jobIds(task);
			hold(ids);
			try {
				this.threads.execute(() -> {
					List<String> running = new ArrayList<>(ids);
					RUNNING.set(running);
					try {
						task.run();
					}
					finally {
						RUNNING.remove();
						release(running);
					}
				});
			}
			catch (RuntimeException ex) {
				release(ids);
				throw ex;
			}
		}

	}

}
