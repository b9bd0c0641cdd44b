package com.osb.salesops.shared.security;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's own jobs, which belong to no process (the nightly history clean-up, an
 * administrator's batches), and their incidents and logs are the administrator's: no
 * other user sees them in a list, reads them, runs them, moves them, deletes them or
 * writes on their incidents. Whatever a user tries, the job stays as it was.
 */
class SystemJobsPostgresIT extends PostgresIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ManagementService managementService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ProcessEngineConfigurationImpl engine;

	Job job;

	Incident incident;

	/** A definition of jobs of no process, as an administrator's batch makes. */
	String definition;

	@BeforeEach
	void aSystemJobWithAnIncident() {
		TestUsers.ensure(this.identityService, "sysrep", Roles.SALES_REP);
		TestUsers.ensure(this.identityService, "sysops", Roles.SALES_OPS);
		TestUsers.ensure(this.identityService, "sysfin", Roles.FINANCE);
		if (this.historyService.findHistoryCleanupJobs().isEmpty()) {
			this.historyService.cleanUpHistoryAsync();
		}
		Job cleanUp = this.historyService.findHistoryCleanupJobs().get(0);
		assertThat(cleanUp.getProcessDefinitionKey()).isNull();
		// a failed clean-up leaves an incident that belongs to no process either
		this.managementService.setJobRetries(cleanUp.getId(), 0);
		this.job = this.managementService.createJobQuery().jobId(cleanUp.getId()).singleResult();
		this.incident = this.runtimeService.createIncidentQuery().configuration(this.job.getId()).singleResult();
		assertThat(this.incident).isNotNull();
		this.definition = this.engine.getCommandExecutorTxRequired().execute((context) -> {
			JobDefinitionEntity batchJobs = new JobDefinitionEntity();
			batchJobs.setJobType("instance-deletion");
			context.getDbEntityManager().insert(batchJobs);
			return batchJobs.getId();
		});
	}

	@AfterEach
	void restore() {
		this.engine.getCommandExecutorTxRequired().execute((context) -> {
			context.getDbEntityManager()
				.delete(context.getDbEntityManager().selectById(JobDefinitionEntity.class, this.definition));
			return null;
		});
		if (this.managementService.createJobQuery().jobId(this.job.getId()).count() == 0) {
			this.historyService.cleanUpHistoryAsync();
		}
		else {
			this.managementService.setJobRetries(this.job.getId(), 3);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "sysrep", "sysops", "sysfin" })
	void noUserButTheAdministratorSeesOrTouchesTheEnginesOwnJobs(String user) {
		Http caller = new Http(this.port).as(user);
		String job = this.job.getId();
		String incident = this.incident.getId();
		List<String> leaks = new ArrayList<>();

		// the lists leave them out
		for (String list : List.of("/engine-rest/job?maxResults=200", "/engine-rest/incident?maxResults=200",
				"/engine-rest/history/job-log?maxResults=200", "/engine-rest/history/incident?maxResults=200",
				"/engine-rest/job-definition?maxResults=200")) {
			HttpResponse<String> answer = caller.get(list);
			assertThat(answer.statusCode()).as(list + ": " + answer.body()).isEqualTo(200);
			for (JsonNode row : Http.json(answer, 200)) {
				if (job.equals(row.path("id").asText()) || job.equals(row.path("jobId").asText())
						|| job.equals(row.path("configuration").asText())
						|| this.definition.equals(row.path("id").asText())) {
					leaks.add(list + " lists " + row);
				}
			}
		}
		for (String count : List.of("/engine-rest/job/count", "/engine-rest/incident/count",
				"/engine-rest/history/job-log/count", "/engine-rest/history/incident/count")) {
			long seen = Http.json(caller.get(count + "?jobId=" + job + "&incidentId=" + incident), 200)
				.path("count")
				.asLong();
			long asAdministrator = Http
				.json(new Http(this.port).as(ADMIN, ADMIN_PASSWORD)
					.get(count + "?jobId=" + job + "&incidentId=" + incident), 200)
				.path("count")
				.asLong();
			assertThat(asAdministrator).as(count).isPositive();
			if (seen != 0) {
				leaks.add(count + " counts " + seen);
			}
		}

		// nothing on them answers or changes anything
		List<HttpResponse<String>> attempts = List.of(caller.get("/engine-rest/job/" + job),
				caller.get("/engine-rest/job/" + job + "/stacktrace"), caller.get("/engine-rest/incident/" + incident),
				caller.post("/engine-rest/job/" + job + "/execute", "application/json", BodyPublishers.noBody()),
				caller.putJson("/engine-rest/job/" + job + "/duedate",
						"{\"duedate\":\"2099-01-01T00:00:00.000+0000\"}"),
				caller.putJson("/engine-rest/job/" + job + "/priority", "{\"priority\":99}"),
				caller.putJson("/engine-rest/job/" + job + "/retries", "{\"retries\":0}"),
				caller.putJson("/engine-rest/job/" + job + "/suspended", "{\"suspended\":true}"),
				caller.postJson("/engine-rest/job/retries", "{\"jobIds\":[\"" + job + "\"],\"retries\":5}"),
				caller.putJson("/engine-rest/incident/" + incident + "/annotation", "{\"annotation\":\"mine\"}"),
				caller.delete("/engine-rest/incident/" + incident + "/annotation"),
				caller.putJson("/engine-rest/job-definition/" + this.definition + "/suspended",
						"{\"suspended\":true,\"includeJobs\":true}"),
				caller.putJson("/engine-rest/job-definition/" + this.definition + "/jobPriority", "{\"priority\":99}"),
				caller.putJson("/engine-rest/job-definition/" + this.definition + "/retries", "{\"retries\":0}"),
				caller.putJson("/engine-rest/job/suspended",
						"{\"jobDefinitionId\":\"" + this.definition + "\",\"suspended\":true}"),
				caller.delete("/engine-rest/job/" + job));
		for (HttpResponse<String> attempt : attempts) {
			if (attempt.statusCode() < 400 || attempt.statusCode() >= 500) {
				leaks.add(attempt.request().method() + " " + attempt.request().uri().getPath() + " answered "
						+ attempt.statusCode() + " " + attempt.body());
			}
		}

		assertThat(leaks).isEmpty();
		Job after = this.managementService.createJobQuery().jobId(job).singleResult();
		assertThat(after).as("the job is still there").isNotNull();
		assertThat(after.getDuedate()).isEqualTo(this.job.getDuedate());
		assertThat(after.getPriority()).isEqualTo(this.job.getPriority());
		assertThat(after.getRetries()).isZero();
		assertThat(after.isSuspended()).isFalse();
		assertThat(this.runtimeService.createIncidentQuery().incidentId(incident).singleResult().getAnnotation())
			.isNull();
		assertThat(this.managementService.createJobDefinitionQuery().jobDefinitionId(this.definition).singleResult())
			.satisfies((definition) -> {
				assertThat(definition.isSuspended()).isFalse();
				assertThat(definition.getOverridingJobPriority()).isNull();
			});
	}

	@Test
	void aUserWhoMayNotRunAJobLeavesItAsItWas() {
		Http rep = new Http(this.port).as("sysrep");
		Job report = this.managementService.createJobQuery()
			.processDefinitionKey("monthly-sales-report")
			.timers()
			.singleResult();

		List<Integer> answers = new ArrayList<>();
		for (int attempt = 0; attempt < 4; attempt++) {
			answers.add(rep
				.post("/engine-rest/job/" + report.getId() + "/execute", "application/json", BodyPublishers.noBody())
				.statusCode());
		}

		assertThat(answers).containsOnly(403);
		Job after = this.managementService.createJobQuery().jobId(report.getId()).singleResult();
		assertThat(after.getRetries()).isEqualTo(report.getRetries());
		assertThat(after.getExceptionMessage()).isNull();
		assertThat(this.runtimeService.createIncidentQuery().configuration(report.getId()).count()).isZero();
	}

	@Test
	void theAdministratorSeesAndMovesThem() {
		Http admin = new Http(this.port).as(ADMIN, ADMIN_PASSWORD);
		String job = this.job.getId();

		JsonNode jobs = Http.json(admin.get("/engine-rest/job?maxResults=10&jobId=" + job), 200);
		HttpResponse<String> moved = admin.putJson("/engine-rest/job/" + job + "/duedate",
				"{\"duedate\":\"2099-01-01T00:00:00.000+0000\"}");
		HttpResponse<String> annotated = admin.putJson("/engine-rest/incident/" + this.incident.getId() + "/annotation",
				"{\"annotation\":\"looked at\"}");

		assertThat(jobs).hasSize(1);
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
		assertThat(annotated.statusCode()).as(annotated.body()).isEqualTo(204);
		assertThat(this.managementService.createJobQuery().jobId(job).singleResult().getDuedate())
			.isAfter(new Date(4_000_000_000_000L));
		this.managementService.setJobDuedate(job, this.job.getDuedate());
		this.runtimeService.clearAnnotationForIncidentById(this.incident.getId());
	}

}
