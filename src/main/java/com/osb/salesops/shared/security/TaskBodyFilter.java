package com.osb.salesops.shared.security;

import java.io.IOException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task is taken back as the engine's API wrote it. The API writes a task with the
 * reference to its form ({@code camundaFormRef}), which is the model's: no client sets
 * it, and the API never copies it onto the task. Yet, reading a task sent to it, the API
 * tries to make one of that reference and refuses the task, so Tasklist, which sends the
 * whole task back to set a follow-up date, could not do so on any task that has a form.
 * Here the reference is left out of a task sent to either API (the REST API and the
 * webapps'), before the API reads it; a body that is not a JSON object goes on as it
 * came, for the API to answer.
 */
class TaskBodyFilter extends OncePerRequestFilter {

	/** Where a task is sent whole: its update and the making of a task of one's own. */
	private static final Pattern TASK = Pattern.compile("(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/[^/]+");

	/** What of a task is the model's, written out and never read in. */
	private static final String FORM_REFERENCE = "camundaFormRef";

	private final ObjectMapper json = new ObjectMapper();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String type = request.getContentType();
		return !("PUT".equals(method) || "POST".equals(method)) || type == null || !type.contains("json")
				|| !TASK.matcher(path).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readAllBytes();
		JsonNode task;
		try {
			task = this.json.readTree(body);
		}
		catch (IOException ex) {
			task = null;
		}
		if (task instanceof ObjectNode object && object.has(FORM_REFERENCE)) {
			object.remove(FORM_REFERENCE);
			body = this.json.writeValueAsBytes(object);
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

}
