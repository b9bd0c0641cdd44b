package com.osb.salesops.shared.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.osb.salesops.shared.web.Bundles;
import com.osb.salesops.shared.web.DatabaseReach;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class EngineErrorFilterTest {

	private static final DatabaseReach UP = new DatabaseReach(
			new DriverManagerDataSource("jdbc:h2:mem:engine-errors-up"));

	private static final DatabaseReach AWAY = new DatabaseReach(
			new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/away?connectTimeout=2"));

	/**
	 * The engine's own answer to a task it could not complete, its cause wrapped away.
	 */
	private static final FilterChain CANNOT_COMPLETE = (request, response) -> {
		HttpServletResponse http = (HttpServletResponse) response;
		http.setStatus(500);
		http.setContentType("application/json");
		http.getOutputStream()
			.write(("{\"type\":\"ProcessEngineException\",\"message\":\"Cannot complete task 42: An exception occurred"
					+ " in the persistence layer.\"}")
				.getBytes(StandardCharsets.UTF_8));
	};

	@Test
	void theEnginesFailureWhileTheDatabaseDoesNotAnswerIsAnsweredAsBusy() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		new EngineErrorFilter(AWAY).doFilter(new MockHttpServletRequest("POST", "/engine-rest/task/42/complete"),
				response, CANNOT_COMPLETE);

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("2");
		assertThat(response.getContentAsString()).contains("\"code\":\"busy\"").doesNotContain("persistence");
	}

	@Test
	void theEnginesFailureWhileTheDatabaseAnswersKeepsItsStatusCleaned() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task/42/complete");
		request.addHeader("Accept-Language", "en");
		request.addPreferredLocale(Locale.ENGLISH);

		new EngineErrorFilter(UP).doFilter(request, response, CANNOT_COMPLETE);

		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentAsString()).contains("\"type\":\"ServerError\"")
			.contains("The task was not completed: An exception occurred in the persistence layer.")
			.doesNotContain("42");
	}

	@Test
	void aMissingRightIsSaidInTheReadersLanguage() throws Exception {
		ObjectNode refusal = (ObjectNode) new ObjectMapper().readTree(
				"""
						{"userId": "lan", "missingAuthorizations": [
						 {"permissionName": "CREATE_INSTANCE", "resourceName": "ProcessDefinition", "resourceId": "bad-debt-write-off"},
						 {"permissionName": "CREATE", "resourceName": "Batch", "resourceId": null}]}""");

		try (Bundles bundles = Bundles.loaded(Locale.SIMPLIFIED_CHINESE)) {
			assertThat(EngineErrorFilter.missingRights(refusal, Locale.SIMPLIFIED_CHINESE))
				.isEqualTo("用户 lan 无权执行此操作，需要流程定义“bad-debt-write-off”的启动流程权限，或所有批处理的创建权限");
			assertThat(EngineErrorFilter.missingRights(refusal, Locale.ENGLISH)).isEqualTo(
					"lan may not do this: it needs CREATE_INSTANCE on ProcessDefinition 'bad-debt-write-off' or CREATE on every Batch");
		}
	}

	@Test
	void everyResourceAndPermissionOfTheEngineIsNamedInChinese() throws Exception {
		try (Bundles bundles = Bundles.loaded(Locale.SIMPLIFIED_CHINESE)) {
			for (org.camunda.bpm.engine.authorization.Resources resource : org.camunda.bpm.engine.authorization.Resources
				.values()) {
				ObjectNode refusal = (ObjectNode) new ObjectMapper()
					.readTree("{\"userId\": \"lan\", \"missingAuthorizations\": [{\"permissionName\": \"READ\","
							+ " \"resourceName\": \"" + resource.resourceName() + "\", \"resourceId\": \"x\"}]}");
				assertThat(EngineErrorFilter.missingRights(refusal, Locale.SIMPLIFIED_CHINESE))
					.as(resource.resourceName())
					.doesNotContain(resource.resourceName());
			}
			List<org.camunda.bpm.engine.authorization.Permission> permissions = new java.util.ArrayList<>();
			for (Class<? extends Enum<?>> kind : List.of(org.camunda.bpm.engine.authorization.Permissions.class,
					org.camunda.bpm.engine.authorization.BatchPermissions.class,
					org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions.class,
					org.camunda.bpm.engine.authorization.HistoricTaskPermissions.class,
					org.camunda.bpm.engine.authorization.OptimizePermissions.class,
					org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.class,
					org.camunda.bpm.engine.authorization.ProcessInstancePermissions.class,
					org.camunda.bpm.engine.authorization.SystemPermissions.class,
					org.camunda.bpm.engine.authorization.TaskPermissions.class,
					org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions.class)) {
				for (Enum<?> permission : kind.getEnumConstants()) {
					permissions.add((org.camunda.bpm.engine.authorization.Permission) permission);
				}
			}
			for (org.camunda.bpm.engine.authorization.Permission permission : permissions) {
				ObjectNode refusal = (ObjectNode) new ObjectMapper()
					.readTree("{\"userId\": \"lan\", \"missingAuthorizations\": [{\"permissionName\": \""
							+ permission.getName() + "\", \"resourceName\": \"Task\", \"resourceId\": \"x\"}]}");
				assertThat(EngineErrorFilter.missingRights(refusal, Locale.SIMPLIFIED_CHINESE)).as(permission.getName())
					.doesNotContain(permission.getName());
			}
		}
	}

}
