package com.osb.salesops.approvals.api;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestClock;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Absences through the REST API on PostgreSQL, with authorization on: a rep away, the
 * task already waiting for her offered to her substitute, who completes it; absences
 * visible to the people concerned and to managers; bad absences answered 422 with every
 * problem named, and nothing stored; the bottleneck report as CSV for managers only.
 */
class AbsencesPostgresIT extends PostgresIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	String customerCode;

	String sku;

	@BeforeEach
	void companyAndPeople() {
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		this.customerCode = customers.creditworthyCustomer();
		this.sku = customers.product();
		OrderDesk.hireCrew(this.identityService);
		TestUsers.ensure(this.identityService, "tom", Roles.SALES_REP);
	}

	@Test
	void aTaskWaitingForAnAbsentRepGoesToHerSubstituteWhoCompletesIt() throws Exception {
		// given: tina's order waits for her to record the signed contract
		OrderDesk desk = new OrderDesk(this.port);
		String number = desk.submit(this.customerCode, this.sku, 2);
		desk.complete("asha", number, "Task_ReviewContract", "{\"contractReviewed\": {\"value\": true}}");
		desk.complete("mark", number, "Task_ApproveOrder", "{\"approvalDecision\": {\"value\": \"APPROVE\"}}");
		String taskId = await(desk, "tina", number);
		assertThat(desk.taskId("tom", number, "Task_RecordSignedContract")).isNull();
		LocalDate today = TestClock.today();

		// when
		HttpResponse<String> recorded = as("tina").postJson("/api/absences", """
				{"from": "%s", "to": "%s", "substitute": "tom", "reason": "Annual leave"}""".formatted(today,
				today.plusDays(4)));

		// then
		JsonNode absence = Http.json(recorded, 201);
		assertThat(absence.get("userId").asText()).isEqualTo("tina");
		assertThat(absence.get("substitute").asText()).isEqualTo("tom");
		assertThat(desk.taskId("tom", number, "Task_RecordSignedContract")).isEqualTo(taskId);
		// the signed copy came by courier: the assistant files its scan, which tom cannot
		// see
		desk.upload("asha", number, "Task_RecordSignedContract");
		desk.complete("tom", number, "Task_RecordSignedContract", "{\"signedCopy\": {\"value\": \"ON_SITE\"}}");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where subject_id = ?"
						+ " and action = 'COMPLETED_BY_SUBSTITUTE' and actor = 'tom' and detail like '%absent tina%'",
				Integer.class, number))
			.isEqualTo(1);
		assertThat(Http.json(as("tina").get("/api/absences"), 200).findValuesAsText("userId")).contains("tina");
		assertThat(Http.json(as("tom").get("/api/absences"), 200).findValuesAsText("substitute")).contains("tom");
		assertThat(Http.json(as("mark").get("/api/absences"), 200).findValuesAsText("userId")).contains("tina");
		assertThat(Http.json(as("asha").get("/api/absences"), 200).findValuesAsText("userId")).doesNotContain("tina");
	}

	@Test
	void badAbsencesAreAnswered422NamingEveryProblemAndNothingIsStored() {
		// given
		Integer before = this.jdbc.queryForObject("select count(*) from absence", Integer.class);

		// when
		HttpResponse<String> reversedAndUnknown = as("tina").postJson("/api/absences", """
				{"from": "2026-11-20", "to": "2026-11-18", "substitute": "nobody"}""");
		HttpResponse<String> themselves = as("tina").postJson("/api/absences", """
				{"from": "2026-11-18", "to": "2026-11-20", "substitute": "tina"}""");
		HttpResponse<String> lowerRole = as("mark").postJson("/api/absences", """
				{"from": "2026-11-18", "to": "2026-11-20", "substitute": "tom"}""");
		HttpResponse<String> forSomeoneElse = as("tom").postJson("/api/absences", """
				{"userId": "tina", "from": "2026-11-18", "to": "2026-11-20", "substitute": "tom"}""");
		HttpResponse<String> empty = as("tina").postJson("/api/absences", "{}");

		// then
		assertThat(fields(reversedAndUnknown)).containsExactlyInAnyOrder("to", "substitute");
		assertThat(messages(reversedAndUnknown)).contains("there is no user 'nobody'");
		assertThat(messages(themselves)).containsExactly("must be someone else than the absent person");
		assertThat(messages(lowerRole))
			.containsExactly("tom does not hold the role sales-manager of mark or a higher one");
		assertThat(fields(forSomeoneElse)).containsExactly("userId");
		assertThat(fields(empty)).containsExactlyInAnyOrder("from", "to", "substitute");
		assertThat(this.jdbc.queryForObject("select count(*) from absence", Integer.class)).isEqualTo(before);
	}

	private Http as(String user) {
		return new Http(this.port).as(user);
	}

	private static java.util.List<String> fields(HttpResponse<String> response) {
		return Http.json(response, 422).get("errors").findValuesAsText("field");
	}

	private static java.util.List<String> messages(HttpResponse<String> response) {
		return Http.json(response, 422).get("errors").findValuesAsText("message");
	}

	private static String await(OrderDesk desk, String user, String number) {
		return org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> desk.taskId(user, number, "Task_RecordSignedContract"), (id) -> id != null);
	}

}
