package com.osb.salesops.shared.process;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What operations watch of the engine, read when scraped: open incidents, jobs that
 * failed with no retry left, jobs due and waiting for the job executor, and notifications
 * not yet sent.
 */
@Component
class EngineGauges implements MeterBinder {

	private final RuntimeService runtimeService;

	private final ManagementService managementService;

	private final JdbcTemplate jdbc;

	EngineGauges(RuntimeService runtimeService, ManagementService managementService, JdbcTemplate jdbc) {
		this.runtimeService = runtimeService;
		this.managementService = managementService;
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("salesops.engine.incidents", () -> this.runtimeService.createIncidentQuery().count())
			.description("Open incidents")
			.register(registry);
		Gauge
			.builder("salesops.engine.failed.jobs",
					() -> this.managementService.createJobQuery().withException().noRetriesLeft().count())
			.description("Jobs failed with no retry left")
			.register(registry);
		Gauge.builder("salesops.engine.due.jobs", () -> this.managementService.createJobQuery().executable().count())
			.description("Jobs due, waiting for the job executor")
			.register(registry);
		Gauge
			.builder("salesops.notifications.backlog",
					() -> this.jdbc.queryForObject("select count(*) from notification where sent_at is null",
							Long.class))
			.description("Notifications not yet sent")
			.register(registry);
	}

}
