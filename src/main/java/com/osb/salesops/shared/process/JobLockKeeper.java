package com.osb.salesops.shared.process;

import java.lang.reflect.Field;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
import org.springframework.stereotype.Component;

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
 */
@Component
class JobLockKeeper extends AbstractProcessEnginePlugin implements BeanPostProcessor, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(JobLockKeeper.class);

	/** At most this many jobs are named in one statement. */
	private static final int CHUNK = 200;

	private static final Field JOB_IDS = jobIdsField();

	/** The jobs the job executor's thread running now holds. */
	private static final ThreadLocal<List<String>> RUNNING = new ThreadLocal<>();

	private final ObjectProvider<JdbcTemplate> jdbc;

	private final ObjectProvider<ProcessEngineConfigurationImpl> engine;

	/** The engine's clock, against which the engine compares lock expiries. */
	private final ObjectProvider<ApplicationClock> clock;

	/** The jobs held, with how many hand-overs hold each (a job picked up again). */
	private final Map<String, Integer> held = new ConcurrentHashMap<>();

	private volatile ScheduledThreadPoolExecutor beats;

	private volatile SpringJobExecutor executor;

	JobLockKeeper(ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<ProcessEngineConfigurationImpl> engine,
			ObjectProvider<ApplicationClock> clock) {
		this.jdbc = jdbc;
		this.engine = engine;
		this.clock = clock;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		CustomSessions.add(configuration, JobManager.class, () -> new Jobs(this));
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof SpringJobExecutor jobs && JOB_IDS != null && this.executor == null) {
			this.executor = jobs;
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
			Timestamp until = new Timestamp(this.clock.getObject().millis() + jobs.getLockTimeInMillis());
			String table = this.engine.getObject().getDatabaseTablePrefix() + "ACT_RU_JOB";
			for (int from = 0; from < ids.size(); from += CHUNK) {
				List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
				List<Object> arguments = new ArrayList<>();
				arguments.add(until);
				arguments.add(jobs.getLockOwner());
				arguments.addAll(chunk);
				this.jdbc.getObject()
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
	 * The engine's job manager, telling the keeper of jobs locked for the running thread.
	 */
	static final class Jobs extends JobManager {

		private final JobLockKeeper keeper;

		Jobs(JobLockKeeper keeper) {
			this.keeper = keeper;
		}

		@Override
		protected void hintJobExecutor(JobEntity job) {
			super.hintJobExecutor(job);
			this.keeper.followedBy(job);
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
