package com.osb.salesops.shared.process;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.impl.batch.history.HistoricBatchEntity;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.jobexecutor.MessageJobDeclaration;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationType;

/**
 * Makes the engine's history as Camunda's own producer does, without looking for a batch
 * where there can be none.
 * <p>
 * With removal times set when an instance starts, the engine gives each entry of a job's
 * log the removal time of the job's batch, which it reads by the job definition's
 * configuration. A batch's job definitions are configured with the batch's id; an
 * asynchronous step's with the mark {@code async-before} or {@code async-after}, a
 * timer's with its kind and expression ({@code DURATION: P3D}). No id the engine makes is
 * such a mark, so for those the read finds nothing, every time: three reads for each
 * asynchronous step an order passes. They are no longer made; a batch's job log is given
 * its batch's removal time as before.
 */
final class JobHistoryProducer extends CacheAwareHistoryEventProducer {

	private static final List<String> TIMER_MARKS = Arrays.stream(TimerDeclarationType.values())
		.map((kind) -> kind.name() + ": ")
		.toList();

	@Override
	protected HistoricBatchEntity getHistoricBatchById(String batchId) {
		return isStepMark(batchId) ? null : super.getHistoricBatchById(batchId);
	}

	/**
	 * Whether the configuration is one the engine gives an asynchronous step's or a
	 * timer's jobs.
	 */
	static boolean isStepMark(String configuration) {
		return configuration != null && (MessageJobDeclaration.ASYNC_BEFORE.equals(configuration)
				|| MessageJobDeclaration.ASYNC_AFTER.equals(configuration)
				|| TIMER_MARKS.stream().anyMatch(configuration::startsWith));
	}

}
