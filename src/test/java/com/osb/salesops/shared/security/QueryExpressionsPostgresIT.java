package com.osb.salesops.shared.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No expression a caller sends in a task query is ever evaluated: not in an ad-hoc query,
 * not in its OR branches, not in the query a stored filter is run with, not in a stored
 * filter itself. Each expression calls a canary bean that counts its calls: it must stay
 * at zero, and every request is answered 400 naming the expression.
 */
@Import(QueryExpressionsPostgresIT.CanaryConfiguration.class)
class QueryExpressionsPostgresIT extends PostgresIntegrationTest {

	/** Every expression field of a task query, as the REST API names them. */
	private static final List<String> EXPRESSION_FIELDS = List.of("processInstanceBusinessKeyExpression",
			"processInstanceBusinessKeyLikeExpression", "assigneeExpression", "assigneeLikeExpression",
			"candidateGroupExpression", "candidateUserExpression", "involvedUserExpression", "ownerExpression",
			"dueAfterExpression", "dueBeforeExpression", "dueDateExpression", "followUpAfterExpression",
			"followUpBeforeOrNotExistentExpression", "followUpBeforeExpression", "followUpDateExpression",
			"createdAfterExpression", "createdBeforeExpression", "createdOnExpression", "updatedAfterExpression",
			"candidateGroupsExpression");

	private static final String CANARY = "${canary.sing()}";

	private static final String REP = "exprep";

	private static final String REP_PASSWORD = "expression-rep-secret-1";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	IdentityService identityService;

	@Autowired
	FilterService filterService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Canary canary;

	Http rep;

	String filterId;

	@BeforeEach
	void repAndPlainFilter() {
		if (this.identityService.createUserQuery().userId(REP).count() == 0) {
			var user = this.identityService.newUser(REP);
			user.setPassword(REP_PASSWORD);
			this.identityService.saveUser(user);
			this.identityService.createMembership(REP, Roles.SALES_REP);
		}
		this.rep = new Http(this.port).as(REP, REP_PASSWORD);
		Filter plain = this.filterService.createFilterQuery().filterName("plain tasks").singleResult();
		if (plain == null) {
			plain = this.filterService.newTaskFilter("plain tasks");
			plain.setQuery(this.processEngine.getTaskService().createTaskQuery());
			this.filterService.saveFilter(plain);
			readableByReps(plain);
		}
		this.filterId = plain.getId();
		this.canary.calls.set(0);
	}

	@Test
	void theCanarySingsWhenAnExpressionIsEvaluated() {
		// given the engine's own expression manager, which a query would use
		var configuration = (ProcessEngineConfigurationImpl) this.processEngine.getProcessEngineConfiguration();

		// when
		configuration.getCommandExecutorTxRequired()
			.execute((context) -> configuration.getExpressionManager().createExpression(CANARY).getValue(null));

		// then the canary would tell if any request below got an expression evaluated
		assertThat(this.canary.calls).hasValue(1);
	}

	static Stream<Arguments> everyFieldOnEveryFilterEndpoint() {
		List<Arguments> cases = new ArrayList<>();
		for (String field : EXPRESSION_FIELDS) {
			for (String endpoint : List.of("list", "count", "singleResult", "list?firstResult=0&maxResults=5")) {
				cases.add(Arguments.of(field, endpoint, false));
				cases.add(Arguments.of(field, endpoint, true));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} on {1}, in orQueries: {2}")
	@MethodSource("everyFieldOnEveryFilterEndpoint")
	void aFilterRunWithAnExpressionIsRefusedUnevaluated(String field, String endpoint, boolean inOrQueries) {
		// when
		HttpResponse<String> response = this.rep.postJson("/engine-rest/filter/" + this.filterId + "/" + endpoint,
				query(field, inOrQueries));

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		if (!endpoint.equals("singleResult")) {
			// the REST API answers a refused single result in words of its own
			assertThat(response.body()).contains("may not contain expressions");
		}
		assertThat(this.canary.calls).hasValue(0);
	}

	static Stream<Arguments> everyFieldOnEveryTaskQueryEndpoint() {
		List<Arguments> cases = new ArrayList<>();
		for (String field : EXPRESSION_FIELDS) {
			for (String endpoint : List.of("/engine-rest/task", "/engine-rest/task/count")) {
				cases.add(Arguments.of(field, endpoint, false));
				cases.add(Arguments.of(field, endpoint, true));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} on {1}, in orQueries: {2}")
	@MethodSource("everyFieldOnEveryTaskQueryEndpoint")
	void aTaskQueryWithAnExpressionIsRefusedUnevaluated(String field, String endpoint, boolean inOrQueries) {
		// when
		HttpResponse<String> response = this.rep.postJson(endpoint, query(field, inOrQueries));

		// then
		assertThat(response.statusCode()).as(response.body()).isIn(400);
		assertThat(this.canary.calls).hasValue(0);
	}

	@Test
	void aFilterStoredWithAnExpressionIsRefusedWhenRun() {
		// given a filter whose stored query carries an expression, written past the API
		Filter planted = this.filterService.newTaskFilter("planted");
		planted.setQuery(this.processEngine.getTaskService().createTaskQuery());
		this.filterService.saveFilter(planted);
		readableByReps(planted);
		this.jdbc.update("update ACT_RU_FILTER set QUERY_ = ? where ID_ = ?",
				"{\"dueAfterExpression\":\"" + CANARY + "\"}", planted.getId());

		// when
		HttpResponse<String> list = this.rep.postJson("/engine-rest/filter/" + planted.getId() + "/list", "{}");
		HttpResponse<String> count = this.rep.get("/engine-rest/filter/" + planted.getId() + "/count");

		// then
		assertThat(list.statusCode()).as(list.body()).isEqualTo(400);
		assertThat(count.statusCode()).as(count.body()).isEqualTo(400);
		assertThat(this.canary.calls).hasValue(0);
	}

	@Test
	void noUserSavesAFilterWithAnExpression() {
		// when
		HttpResponse<String> top = new Http(this.port).as(ADMIN, ADMIN_PASSWORD)
			.postJson("/engine-rest/filter/create", """
					{"resourceType":"Task","name":"with-expression","query":%s}"""
				.formatted(query("dueAfterExpression", false)));
		HttpResponse<String> or = new Http(this.port).as(ADMIN, ADMIN_PASSWORD)
			.postJson("/engine-rest/filter/create", """
					{"resourceType":"Task","name":"with-expression","query":%s}"""
				.formatted(query("dueAfterExpression", true)));

		// then
		assertThat(top.statusCode()).isEqualTo(400);
		assertThat(or.statusCode()).isEqualTo(400);
		assertThat(this.filterService.createFilterQuery().filterName("with-expression").count()).isZero();
		assertThat(this.canary.calls).hasValue(0);
	}

	private static String query(String field, boolean inOrQueries) {
		String criterion = "\"" + field + "\":\"" + CANARY + "\"";
		return inOrQueries ? "{\"orQueries\":[{" + criterion + "}]}" : "{" + criterion + "}";
	}

	/** Counts its calls: an expression that reached the engine would call it. */
	public static class Canary {

		final AtomicInteger calls = new AtomicInteger();

		public Date sing() {
			this.calls.incrementAndGet();
			return new Date(0);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CanaryConfiguration {

		@Bean
		Canary canary() {
			return new Canary();
		}

	}

	/** Each role reads only the lists granted to it: this one is granted to reps. */
	private void readableByReps(Filter filter) {
		AuthorizationService authorizations = this.processEngine.getAuthorizationService();
		Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		read.setGroupId(Roles.SALES_REP);
		read.setResource(Resources.FILTER);
		read.setResourceId(filter.getId());
		read.addPermission(Permissions.READ);
		authorizations.saveAuthorization(read);
	}

}
