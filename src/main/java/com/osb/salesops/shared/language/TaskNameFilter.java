package com.osb.salesops.shared.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Names tasks and processes in the reader's language where Tasklist, Cockpit and API
 * clients read them from the engine (tasks, filters' task lists, process definitions,
 * history), since the engine keeps one name per task while each reader has a language;
 * and the task lists themselves, their names and the labels of their cards
 * ({@link TaskFilterTexts}), and the roles' groups and the users named after their role
 * ({@link RoleNames}).
 */
@Component
class TaskNameFilter extends OncePerRequestFilter {

	private final ProcessNames names;

	private final UserLocaleResolver locales;

	private final ObjectMapper json;

	TaskNameFilter(ProcessNames names, UserLocaleResolver locales, ObjectMapper json) {
		this.names = names;
		this.locales = locales;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !EngineCalls.isEngineCall(request)
				|| !(path.contains("/task") || path.contains("/filter/") || path.endsWith("/filter")
						|| path.contains("/process-definition") || path.contains("/history/") || path.contains("/group")
						|| path.contains("/user"))
				|| path.endsWith("/deployed-form") || path.endsWith("/deployed-start-form");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		String type = wrapper.getContentType();
		if (wrapper.getStatus() != HttpServletResponse.SC_OK || type == null || !type.contains("json")) {
			wrapper.copyBodyToResponse();
			return;
		}
		Locale language = this.locales.resolveLocale(request);
		if (language.getLanguage().equals("en")) {
			wrapper.copyBodyToResponse();
			return;
		}
		JsonNode body;
		try {
			body = this.json.readTree(wrapper.getContentAsByteArray());
		}
		catch (IOException ex) {
			wrapper.copyBodyToResponse();
			return;
		}
		translate(body, language);
		byte[] translated = this.json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
		wrapper.resetBuffer();
		response.setContentLength(translated.length);
		response.getOutputStream().write(translated);
		response.flushBuffer();
	}

	private void translate(JsonNode node, Locale language) {
		if (node instanceof ObjectNode filter && TaskFilterTexts.isTaskList(filter)) {
			TaskFilterTexts.translate(filter, language);
			return;
		}
		if (node instanceof ObjectNode object) {
			RoleNames.translate(object, language);
			String processKey = processKey(object);
			if (processKey != null && object.path("name").isTextual()) {
				// a task or a process definition is named in the reader's language;
				// anything else named within a process (a variable) keeps its own name
				String name = object.get("name").asText();
				if (object.path("taskDefinitionKey").isTextual()) {
					String taskKey = object.get("taskDefinitionKey").asText();
					object.put("name", this.names.task(processKey, taskKey, name, language));
					if (object.path("description").isTextual()) {
						object.put("description", this.names.taskDescription(processKey, taskKey,
								object.get("description").asText(), language));
					}
				}
				else if (isProcessDefinition(object)) {
					object.put("name", this.names.process(processKey, name, language));
				}
			}
			if (processKey != null && object.path("processDefinitionName").isTextual()) {
				object.put("processDefinitionName",
						this.names.process(processKey, object.get("processDefinitionName").asText(), language));
			}
		}
		node.forEach((child) -> translate(child, language));
	}

	/** The process key of a task, a process definition or a history entry. */
	private static String processKey(ObjectNode object) {
		if (object.path("processDefinitionKey").isTextual()) {
			return object.get("processDefinitionKey").asText();
		}
		if (object.has("taskDefinitionKey") && object.path("processDefinitionId").isTextual()) {
			String id = object.get("processDefinitionId").asText();
			return id.contains(":") ? id.substring(0, id.indexOf(':')) : null;
		}
		if (isProcessDefinition(object)) {
			return object.get("key").asText();
		}
		return null;
	}

	private static boolean isProcessDefinition(ObjectNode object) {
		return object.path("key").isTextual() && object.has("version") && object.has("deploymentId");
	}

}
