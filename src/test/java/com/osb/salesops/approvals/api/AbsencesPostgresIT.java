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
import org.junit.jupiter.api.AfterEach;
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

	/** Each case finds nobody away. */
	@AfterEach
	void nobodyAway() {
		this.jdbc.update("delete from task_substitution");
		this.jdbc.update("delete from absence");
	}

	@Test
	void aTaskWaitingForAnAbsentRepGoesToHerSubstituteWhoCompletesIt() throws Exception {
		// given: tina's order waits for her to record the signed contract
		OrderDesk desk = new OrderDesk(this.port);
		String number = awaitingSignedCopy(desk);
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
	void theStandInsOfferedAreThoseWhoHoldEveryRoleOfTheAbsentOrAHigherOne() {
		// given a director too
		TestUsers.ensure(this.identityService, "dirk", Roles.SALES_DIRECTOR);

		// when
		JsonNode forTina = Http.json(as("tina").get("/api/absences/stand-ins"), 200);
		JsonNode forMark = Http.json(as("mark").get("/api/absences/stand-ins"), 200);
		JsonNode markForTina = Http.json(as("mark").get("/api/absences/stand-ins?userId=tina"), 200);
		HttpResponse<String> tomForTina = as("tom").get("/api/absences/stand-ins?userId=tina");

		// then
		assertThat(forTina.findValuesAsText("userId")).contains("tom", "mark", "dirk")
			.doesNotContain("tina", "asha", "kurt", "fiona");
		assertThat(forMark.findValuesAsText("userId")).contains("dirk").doesNotContain("mark", "tina", "tom", "asha");
		assertThat(markForTina.findValuesAsText("userId")).isEqualTo(forTina.findValuesAsText("userId"));
		for (JsonNode standIn : forTina) {
			assertThat(standIn.get("name").asText()).as(standIn.toString()).isNotBlank();
		}
		assertThat(fields(tomForTina)).containsExactly("userId");
		// and whom each records absences for besides themselves
		assertThat(Http.json(as("mark").get("/api/absences/people"), 200).findValuesAsText("userId"))
			.contains("tina", "tom")
			.doesNotContain("mark", "dirk");
		assertThat(Http.json(as("dirk").get("/api/absences/people"), 200).findValuesAsText("userId")).contains("tina",
				"mark");
		assertThat(Http.json(as("tina").get("/api/absences/people"), 200)).isEmpty();
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

	@Test
	void anAbsenceThatHasEndedOrOverlapsOneStandingIsRefusedNamingWhy() {
		// given: tina is away next week
		LocalDate today = TestClock.today();
		JsonNode away = Http.json(as("tina").postJson("/api/absences", """
				{"from": "%s", "to": "%s", "substitute": "tom"}""".formatted(today.plusDays(7), today.plusDays(11))),
				201);
		Integer before = this.jdbc.queryForObject("select count(*) from absence", Integer.class);

		// when
		HttpResponse<String> overlapping = as("tina").postJson("/api/absences", """
				{"from": "%s", "to": "%s", "substitute": "tom"}""".formatted(today.plusDays(10), today.plusDays(14)));
		HttpResponse<String> past = as("tina").postJson("/api/absences", """
				{"from": "%s", "to": "%s", "substitute": "tom"}""".formatted(today.minusDays(5), today.minusDays(1)));
		HttpResponse<String> overlappingInChinese = as("tina").inLanguage("zh-CN").postJson("/api/absences", """
				{"from": "%s", "to": "%s", "substitute": "tom"}""".formatted(today.plusDays(3), today.plusDays(7)));

		// then
		JsonNode overlap = Http.json(overlapping, 422).get("errors").get(0);
		assertThat(overlap.get("field").asText()).isEqualTo("from");
		assertThat(overlap.get("code").asText()).isEqualTo("absence-overlaps");
		assertThat(overlap.get("message").asText()).contains(away.get("id").asText(), today.plusDays(7).toString(),
				today.plusDays(11).toString());
		JsonNode over = Http.json(past, 422).get("errors").get(0);
		assertThat(over.get("field").asText()).isEqualTo("to");
		assertThat(over.get("code").asText()).isEqualTo("absence-over");
		assertThat(Http.json(overlappingInChinese, 422).get("errors").findValuesAsText("message")).singleElement()
			.asString()
			.contains("休假", away.get("id").asText())
			.doesNotContainPattern("[A-Za-z]{4,}");
		assertThat(this.jdbc.queryForObject("select count(*) from absence", Integer.class)).isEqualTo(before);
	}

	@Test
	void anAbsenceEndedEarlyTakesItsOffersBackAtOnceAndOnlyItsPeopleMayEndIt() throws Exception {
		// given: tina is away, and the task waiting for her is offered to tom
		OrderDesk desk = new OrderDesk(this.port);
		String number = awaitingSignedCopy(desk);
		String taskId = await(desk, "tina", number);
		LocalDate today = TestClock.today();
		JsonNode away = Http.json(as("tina").postJson("/api/absences", """
				{"from": "%s", "to": "%s", "substitute": "tom"}""".formatted(today, today.plusDays(4))), 201);
		String path = "/api/absences/" + away.get("id").asText();
		assertThat(desk.taskId("tom", number, "Task_RecordSignedContract")).isEqualTo(taskId);

		// when: her substitute and someone who does not see it try to end it
		HttpResponse<String> bySubstitute = as("tom").delete(path);
		HttpResponse<String> byStranger = as("asha").delete(path);
		HttpResponse<String> unknown = as("tina").delete("/api/absences/999999");

		// then
		assertThat(Http.json(bySubstitute, 403).get("code").asText()).isEqualTo("absence-not-yours");
		assertThat(Http.json(byStranger, 404).get("code").asText()).isEqualTo("no-such-absence");
		assertThat(Http.json(unknown, 404).get("code").asText()).isEqualTo("no-such-absence");
		assertThat(desk.taskId("tom", number, "Task_RecordSignedContract")).isEqualTo(taskId);

		// when: tina is back early
		JsonNode ended = Http.json(as("tina").delete(path), 200);

		// then: tom no longer has her task, and the absence is over
		assertThat(ended.get("endedBy").asText()).isEqualTo("tina");
		assertThat(desk.taskId("tom", number, "Task_RecordSignedContract")).isNull();
		assertThat(desk.taskId("tina", number, "Task_RecordSignedContract")).isEqualTo(taskId);
		assertThat(Http.json(as("tina").get("/api/absences"), 200).findValuesAsText("id"))
			.doesNotContain(away.get("id").asText());
		assertThat(this.jdbc.queryForList("select action from audit_log where subject_id in (?, ?) order by id",
				String.class, away.get("id").asText(), number))
			.contains("ABSENCE_ENDED", "SUBSTITUTE_WITHDRAWN");
		assertThat(Http.json(as("tina").delete(path), 409).get("code").asText()).isEqualTo("absence-over");
		// the days are free again, and her manager cancels a later absence of hers
		JsonNode again = Http.json(as("tina").postJson("/api/absences", """
				{"from": "%s", "to": "%s", "substitute": "tom"}""".formatted(today.plusDays(2), today.plusDays(3))),
				201);
		Http.json(as("mark").delete("/api/absences/" + again.get("id").asText()), 200);
		assertThat(Http.json(as("tina").get("/api/absences"), 200).findValuesAsText("id")).isEmpty();
	}

	/** An order of tina's, reviewed and approved, that waits for its signed copy. */
	private String awaitingSignedCopy(OrderDesk desk) throws Exception {
		String number = desk.submit(this.customerCode, this.sku, 2);
		desk.complete("asha", number, "Task_ReviewContract", "{\"contractReviewed\": {\"value\": true}}");
		desk.complete("mark", number, "Task_ApproveOrder", "{\"approvalDecision\": {\"value\": \"APPROVE\"}}");
		return number;
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
