package com.osb.salesops.shared.process;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.scripting.xmltags.DynamicSqlSource;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statement whose texts are parsed once builds, call after call, the SQL, parameter
 * mappings and bound values MyBatis itself builds.
 */
class ParsedOnceSqlSourceTest {

	private static final String ENTITIES = "org.camunda.bpm.engine.impl.persistence.entity.";

	private ProcessEngine engine;

	@AfterEach
	void close() {
		if (this.engine != null) {
			this.engine.close();
		}
	}

	@Test
	void theEnginesStatementsBuildWhatMyBatisBuildsCallAfterCall() throws Exception {
		// given an engine with authorization on, each of its dynamic statements checked
		// against MyBatis's own way on every call
		Configuration mybatis = engineWithAuthorization();
		Checks checks = new Checks(mybatis);
		assertThat(checks.install()).isGreaterThan(200);
		setUp();

		// when the same work runs again and again, with values of other types
		for (Object value : Arrays.asList("blue", 42L, new Date(Instant.parse("2026-11-16T02:00:00Z").toEpochMilli()),
				3.5d, true, 7, null, "green", 43L)) {
			work(value);
		}

		// then every call built the same SQL, mappings and values both ways
		assertThat(checks.differences).isEmpty();
		assertThat(checks.calls.keySet()).hasSizeGreaterThan(30)
			.contains(ENTITIES + "AuthorizationEntity.isUserAuthorizedForResource",
					ENTITIES + "TaskEntity.selectTaskByQueryCriteria",
					ENTITIES + "VariableInstanceEntity.selectVariableInstanceByQueryCriteria");
		assertThat(checks.calls.values().stream().mapToInt(Integer::intValue).sum())
			.isGreaterThan(3 * checks.calls.size());
	}

	@Test
	void aLoopItemIsTypedByTheValueBoundOnEachCall() throws Exception {
		// given a statement whose loop binds each item of a list
		Configuration configuration = new Configuration();
		String mapper = """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
				<mapper namespace="test">
				  <select id="byValues" parameterType="map" resultType="map">
				    select * from T where V in
				    <foreach collection="values" item="value" open="(" separator="," close=")">#{value}</foreach>
				    <if test="name != null">and N = #{name, jdbcType=VARCHAR}</if>
				  </select>
				</mapper>
				""";
		new XMLMapperBuilder(new ByteArrayInputStream(mapper.getBytes(StandardCharsets.UTF_8)), configuration,
				"test.xml", configuration.getSqlFragments())
			.parse();
		assertThat(ParsedOnceSqlPlugin.install(configuration)).isEqualTo(1);
		MappedStatement statement = configuration.getMappedStatement("test.byValues");
		SqlSource original = new DynamicSqlSource(configuration,
				((ParsedOnceSqlSource) statement.getSqlSource()).root());

		// when the same text is built with a text, then a number, then nothing
		for (Object value : new Object[] { "a", 7L, null, "b", 8L }) {
			Map<String, Object> parameter = new HashMap<>();
			parameter.put("values", java.util.Collections.singletonList(value));
			parameter.put("name", (value == null) ? null : "n");
			BoundSql expected = original.getBoundSql(parameter);
			BoundSql actual = statement.getBoundSql(parameter);

			// then each is typed as MyBatis types it
			assertThat(differences("test.byValues", configuration, parameter, expected, actual)).isEmpty();
			assertThat(actual.getParameterMappings().get(0).getJavaType())
				.isEqualTo((value == null) ? Object.class : value.getClass());
		}
	}

	@Test
	void anAuthorizationCheckOfAShapeSeenBeforeBuildsWhatMyBatisBuildsWithItsOwnValues() {
		// given the engine's authorization check, built once per shape of check
		Configuration mybatis = engineWithAuthorization();
		MappedStatement statement = mybatis.getMappedStatement(AuthorizationCheckShape.STATEMENT);
		ParsedOnceSqlSource source = (ParsedOnceSqlSource) statement.getSqlSource();
		SqlSource original = new DynamicSqlSource(mybatis, source.root());
		List<String> differences = new ArrayList<>();
		int shapes = 0;

		// when checks of every shape are built, each shape three times with other values
		for (boolean revoke : new boolean[] { false, true }) {
			for (int groups : new int[] { -1, 0, 1, 3 }) {
				for (int tree = 0; tree < 5; tree++) {
					for (int variant = 0; variant < 3; variant++) {
						shapes++;
						for (int round = 0; round < 3; round++) {
							AuthorizationCheck check = check(revoke, groups, tree, variant, round);
							BoundSql expected = original.getBoundSql(check);
							BoundSql actual = statement.getBoundSql(check);
							differences.addAll(differences(
									"shape " + revoke + "/" + groups + "/" + tree + "/" + variant + " round " + round,
									mybatis, check, expected, actual));
						}
					}
				}
			}
		}

		// then every check built the SQL, mappings and values MyBatis builds, and every
		// shape was built from what its first check left
		assertThat(differences).isEmpty();
		assertThat(source.shapesRemembered()).isEqualTo(shapes);
	}

	/**
	 * An authorization check: its shape from the first four arguments, its user, groups,
	 * resources and permissions different in each round.
	 */
	private static AuthorizationCheck check(boolean revoke, int groups, int tree, int variant, int round) {
		List<String> groupIds = (groups < 0) ? null : new ArrayList<>();
		for (int i = 0; i < groups; i++) {
			groupIds.add("group-" + i + "-" + round);
		}
		CompositePermissionCheck checks = switch (tree) {
			case 0 -> composite(true, atomic(variant, round, 0));
			case 1 -> composite(true, atomic(variant, round, 0), atomic(variant + 1, round, 1),
					atomic(variant + 2, round, 2), atomic(variant, round, 3));
			case 2 -> composite(false, atomic(variant, round, 0), atomic(variant + 1, round, 1));
			case 3 -> nested(true, composite(true, atomic(variant, round, 0), atomic(variant + 2, round, 1)),
					composite(false, atomic(variant + 1, round, 2), atomic(variant, round, 3)));
			default -> nested(false, composite(true, atomic(variant, round, 0), atomic(variant + 1, round, 1)),
					composite(true, atomic(variant + 2, round, 2), atomic(variant, round, 3)));
		};
		return new AuthorizationCheck("user-" + round, groupIds, checks, revoke);
	}

	/** A permission check on one resource, on every resource, or on a query's column. */
	private static PermissionCheck atomic(int variant, int round, int place) {
		PermissionCheck check = new PermissionCheck();
		Resource[] resources = { Resources.TASK, Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE };
		Permission[] permissions = { Permissions.READ, Permissions.UPDATE, Permissions.TASK_WORK };
		check.setResource(resources[(round + place) % resources.length]);
		check.setPermission(permissions[(round + place + 1) % permissions.length]);
		switch (variant % 3) {
			case 0 -> check.setResourceId("resource-" + place + "-" + round);
			case 1 -> check.setResourceId("*");
			default -> {
				check.setResourceIdQueryParam("RES.ID_");
				check.setAuthorizationNotFoundReturnValue((long) (place % 2));
			}
		}
		return check;
	}

	private static CompositePermissionCheck composite(boolean disjunctive, PermissionCheck... checks) {
		CompositePermissionCheck composite = new CompositePermissionCheck(disjunctive);
		for (PermissionCheck check : checks) {
			composite.addAtomicCheck(check);
		}
		return composite;
	}

	private static CompositePermissionCheck nested(boolean disjunctive, CompositePermissionCheck... checks) {
		CompositePermissionCheck composite = new CompositePermissionCheck(disjunctive);
		for (CompositePermissionCheck check : checks) {
			composite.addCompositeCheck(check);
		}
		return composite;
	}

	/** An engine with authorization on, its statements parsed once; its SQL mappings. */
	private Configuration engineWithAuthorization() {
		StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
		configuration.setJdbcUrl("jdbc:h2:mem:parsed-once-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		configuration.setJobExecutorActivate(false);
		configuration.setAuthorizationEnabled(true);
		configuration.setProcessEnginePlugins(List.of(new ParsedOnceSqlPlugin()));
		this.engine = configuration.buildProcessEngine();
		return configuration.getSqlSessionFactory().getConfiguration();
	}

	private void setUp() {
		IdentityService identities = this.engine.getIdentityService();
		identities.saveUser(identities.newUser("ann"));
		identities.saveGroup(identities.newGroup("sales"));
		identities.saveGroup(identities.newGroup("reviewers"));
		identities.createMembership("ann", "sales");
		identities.createMembership("ann", "reviewers");
		AuthorizationService authorizations = this.engine.getAuthorizationService();
		for (Resource resource : List.of(Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE, Resources.TASK,
				Resources.HISTORIC_TASK, Resources.HISTORIC_PROCESS_INSTANCE, Resources.USER, Resources.GROUP)) {
			Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			grant.setGroupId("sales");
			grant.setResource(resource);
			grant.setResourceId("*");
			grant.addPermission(Permissions.ALL);
			authorizations.saveAuthorization(grant);
		}
		BpmnModelInstance model = Bpmn.createExecutableProcess("parsed-once")
			.camundaHistoryTimeToLive(30)
			.startEvent()
			.userTask("review")
			.camundaCandidateGroups("sales")
			.userTask("approve")
			.camundaCandidateGroups("reviewers")
			.endEvent()
			.done();
		this.engine.getRepositoryService().createDeployment().addModelInstance("parsed-once.bpmn", model).deploy();
	}

	private void work(Object value) {
		IdentityService identities = this.engine.getIdentityService();
		RuntimeService runtime = this.engine.getRuntimeService();
		TaskService tasks = this.engine.getTaskService();
		HistoryService history = this.engine.getHistoryService();
		identities.setAuthentication("ann", List.of("sales", "reviewers"));
		try {
			String key = "order-" + UUID.randomUUID();
			Map<String, Object> variables = new HashMap<>();
			variables.put("value", value);
			variables.put("note", "n" + value);
			String instance = runtime.startProcessInstanceByKey("parsed-once", key, variables).getId();
			for (int step = 0; step < 2; step++) {
				List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(key).list();
				assertThat(found).hasSize(1);
				tasks.createTaskQuery().taskCandidateGroupIn(List.of("sales", "reviewers")).count();
				tasks.createTaskQuery().processVariableValueEquals("value", value).list();
				tasks.createTaskQuery()
					.or()
					.taskCandidateUser("ann")
					.taskAssignee("ann")
					.endOr()
					.processVariableValueNotEquals("note", "x")
					.listPage(0, 10);
				tasks.getVariables(found.get(0).getId());
				tasks.complete(found.get(0).getId(), Map.of("decision", "ok", "step", step));
			}
			runtime.createProcessInstanceQuery().variableValueEquals("value", value).list();
			runtime.createVariableInstanceQuery().variableNameIn("value", "note").list();
			history.createHistoricProcessInstanceQuery()
				.processInstanceId(instance)
				.variableValueEquals("value", value)
				.list();
			history.createHistoricVariableInstanceQuery().processInstanceIdIn(instance).list();
			history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(key).finished().list();
			history.createHistoricActivityInstanceQuery().processInstanceId(instance).list();
			identities.createUserQuery().memberOfGroup("sales").list();
			identities.createGroupQuery().groupMember("ann").list();
		}
		finally {
			identities.clearAuthentication();
		}
	}

	/** Puts a check in front of each statement whose texts are parsed once. */
	private static final class Checks {

		private final Configuration configuration;

		final Map<String, Integer> calls = new TreeMap<>();

		final List<String> differences = new ArrayList<>();

		Checks(Configuration configuration) {
			this.configuration = configuration;
		}

		int install() throws ReflectiveOperationException {
			Field source = MappedStatement.class.getDeclaredField("sqlSource");
			source.setAccessible(true);
			int installed = 0;
			for (Object value : (java.util.Collection<?>) this.configuration.getMappedStatements()) {
				if (value instanceof MappedStatement statement
						&& statement.getSqlSource() instanceof ParsedOnceSqlSource parsedOnce) {
					SqlSource original = new DynamicSqlSource(this.configuration, parsedOnce.root());
					source.set(statement, (SqlSource) (parameter) -> {
						BoundSql expected = original.getBoundSql(parameter);
						BoundSql actual = parsedOnce.getBoundSql(parameter);
						this.calls.merge(statement.getId(), 1, Integer::sum);
						this.differences
							.addAll(differences(statement.getId(), this.configuration, parameter, expected, actual));
						return actual;
					});
					installed++;
				}
			}
			return installed;
		}

	}

	private static List<String> differences(String statement, Configuration configuration, Object parameter,
			BoundSql expected, BoundSql actual) {
		List<String> differences = new ArrayList<>();
		if (!expected.getSql().equals(actual.getSql())) {
			differences.add(statement + ": SQL " + actual.getSql() + " instead of " + expected.getSql());
		}
		List<ParameterMapping> wanted = expected.getParameterMappings();
		List<ParameterMapping> made = actual.getParameterMappings();
		if (wanted.size() != made.size()) {
			differences.add(statement + ": " + made.size() + " parameters instead of " + wanted.size());
			return differences;
		}
		for (int i = 0; i < wanted.size(); i++) {
			String was = describe(wanted.get(i)) + " = " + value(configuration, parameter, expected, wanted.get(i));
			String is = describe(made.get(i)) + " = " + value(configuration, parameter, actual, made.get(i));
			if (!was.equals(is)) {
				differences.add(statement + ": parameter " + i + " " + is + " instead of " + was);
			}
		}
		return differences;
	}

	private static String describe(ParameterMapping mapping) {
		return mapping.getProperty() + " " + mapping.getJavaType() + " " + mapping.getJdbcType() + " "
				+ mapping.getJdbcTypeName() + " " + mapping.getMode() + " " + mapping.getNumericScale() + " "
				+ mapping.getResultMapId() + " "
				+ ((mapping.getTypeHandler() != null) ? mapping.getTypeHandler().getClass() : null);
	}

	/** The value bound to a parameter, read as MyBatis's parameter handler reads it. */
	private static String value(Configuration configuration, Object parameter, BoundSql bound,
			ParameterMapping mapping) {
		String property = mapping.getProperty();
		Object value;
		if (bound.hasAdditionalParameter(property)) {
			value = bound.getAdditionalParameter(property);
		}
		else if (parameter == null) {
			value = null;
		}
		else if (configuration.getTypeHandlerRegistry().hasTypeHandler(parameter.getClass())) {
			value = parameter;
		}
		else {
			MetaObject meta = configuration.newMetaObject(parameter);
			value = meta.getValue(property);
		}
		return Objects.toString(value) + ((value != null) ? " (" + value.getClass().getName() + ")" : "");
	}

}
