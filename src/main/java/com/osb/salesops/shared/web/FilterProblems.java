package com.osb.salesops.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The answer of a servlet filter that refuses a request before the application's API sees
 * it (no credentials, a body too large, an endpoint of another role): the same problem
 * detail as the API's own ({@link ApiError}), with its code, in the request's language
 * ({@link RequestLanguage}).
 */
public final class FilterProblems {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FilterProblems() {
	}

	/**
	 * Answers the request with the problem: {@code problem.<code>} of the bundles, else
	 * the English text given with its {@code {0}}-style places filled by the arguments.
	 */
	public static void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			String english, Object... args) throws IOException {
		Locale language = RequestLanguage.of(request);
		ApiError problem = new ApiError(status.value(),
				Messages.text(language, "status." + status.value(), status.getReasonPhrase()),
				Messages.text(language, "problem." + code, english, args), List.of(), code);
		response.setStatus(status.value());
		write(response, problem);
	}

	/** Writes the problem as the response's body, a problem detail in JSON. */
	static void write(HttpServletResponse response, ApiError problem) throws IOException {
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getOutputStream(), problem);
	}

}
