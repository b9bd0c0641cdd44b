package com.osb.salesops.shared.process;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the job a node is running locked while the job waits on something outside (a
 * finance or warehouse call), however long that takes within its timeouts. The job
 * executor locks a job for a fixed time when it picks it up; a call that outlasts that
 * time would let the job be picked up again, here or on another node, and run a second
 * time while the first run still waits, each run then losing its commit to the next one's
 * lock. While the call is under way the lock's expiry is moved forward a full lock time
 * every third of it, by this node and only for the run that holds it (the job's id,
 * version and lock owner must still match). A node that dies or stalls stops doing so,
 * and its jobs are free again one lock time later, as before.
 */
@Component
public class JobLocks {

	private static final Logger logger = LoggerFactory.getLogger(JobLocks.class);

	private static final Duration SHORTEST_BEAT = Duration.ofMillis(200);

	private final JdbcTemplate jdbc;

	private final ScheduledThreadPoolExecutor beats;

	public JobLocks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.beats = new ScheduledThreadPoolExecutor(1, (runnable) -> {
			Thread thread = new Thread(runnable, "job-lock-keeper");
			thread.setDaemon(true);
			return thread;
		});
		this.beats.setRemoveOnCancelPolicy(true);
	}

	/**
	 * Runs the call, keeping the lock of the job this thread is running (if any) for as
	 * long as the call takes.
	 */
	public <T> T keptDuring(Supplier<T> call) {
		Lock lock = currentLock();
		if (lock == null) {
			return call.get();
		}
		long period = Math.max(SHORTEST_BEAT.toMillis(), lock.lockMillis() / 3);
		ScheduledFuture<?> beat = this.beats.scheduleWithFixedDelay(() -> extend(lock), period, period,
				TimeUnit.MILLISECONDS);
		try {
			return call.get();
		}
		finally {
			beat.cancel(false);
		}
	}

	/**
	 * The lock of the job this thread is running for the job executor, if it holds one.
	 */
	private static Lock currentLock() {
		JobExecutorContext context = Context.getJobExecutorContext();
		JobEntity job = (context != null) ? context.getCurrentJob() : null;
		ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
		if (job == null || job.getLockOwner() == null || configuration == null
				|| configuration.getJobExecutor() == null) {
			return null;
		}
		return new Lock(configuration.getDatabaseTablePrefix() + "ACT_RU_JOB", job.getId(), job.getRevision(),
				job.getLockOwner(), configuration.getJobExecutor().getLockTimeInMillis());
	}

	private void extend(Lock lock) {
		Timestamp until = new Timestamp(ClockUtil.getCurrentTime().getTime() + lock.lockMillis());
		try {
			int kept = this.jdbc.update(
					"update " + lock.table() + " set LOCK_EXP_TIME_ = ? where ID_ = ? and REV_ = ? and LOCK_OWNER_ = ?",
					until, lock.jobId(), lock.revision(), lock.owner());
			if (kept == 0) {
				logger.debug("Job {} is no longer locked by {}; its lock is left as it is", lock.jobId(), lock.owner());
			}
		}
		catch (DataAccessException ex) {
			logger.warn("The lock of job {} could not be kept: {}", lock.jobId(), ex.getMessage());
		}
	}

	@PreDestroy
	void stop() {
		this.beats.shutdownNow();
	}

	private record Lock(String table, String jobId, int revision, String owner, long lockMillis) {
	}

}
