package com.osb.salesops.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What a servlet filter of the webapps refuses with a bare status (no session on the
 * webapps' engine API, a login or a change without the session's CSRF token) is answered
 * like every refusal of the application: a problem detail with its code, in the caller's
 * language ({@link ApiError}), not the server's English default. A browser asking for a
 * page still gets the server's error page.
 */
@Configuration(proxyBeanMethods = false)
class ErrorDispatchProblems {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The header the webapps' CSRF filter answers with when the token is missing. */
	private static final String CSRF_HEADER = "X-XSRF-TOKEN";

	@Bean
	BasicErrorController errorController(ErrorAttributes attributes, ServerProperties server,
			ObjectProvider<ErrorViewResolver> resolvers) {
		return new ProblemErrorController(attributes, server, resolvers.orderedStream().toList());
	}

	static final class ProblemErrorController extends BasicErrorController {

		ProblemErrorController(ErrorAttributes attributes, ServerProperties server, List<ErrorViewResolver> resolvers) {
			super(attributes, server.getError(), resolvers);
		}

		@Override
		public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
			HttpStatus status = getStatus(request);
			if (status == HttpStatus.NO_CONTENT) {
				return new ResponseEntity<>(status);
			}
			Locale language = RequestLanguage.of(request);
			String code;
			String detail;
			if (status == HttpStatus.FORBIDDEN && "Required".equalsIgnoreCase(header(CSRF_HEADER))) {
				code = "csrf-token-needed";
				detail = Messages.text(language, "problem.csrf-token-needed",
						"The request needs the session's CSRF token (X-XSRF-TOKEN); reload the page for a new one");
			}
			else if (status == HttpStatus.UNAUTHORIZED) {
				code = "login-needed";
				detail = Messages.text(language, "problem.login-needed", "Log in first");
			}
			else if (status == HttpStatus.NOT_FOUND) {
				code = ApiError.codeOf(status.getReasonPhrase());
				detail = Messages.text(language, "problem.no-such-address", "There is nothing at this address");
			}
			else {
				code = ApiError.codeOf(status.getReasonPhrase());
				detail = Messages.text(language, "status." + status.value(), status.getReasonPhrase());
			}
			ApiError problem = new ApiError(status.value(),
					Messages.text(language, "status." + status.value(), status.getReasonPhrase()), detail, List.of(),
					code);
			// the same fields as every problem the application answers
			Map<String, Object> body = JSON.convertValue(problem, new TypeReference<Map<String, Object>>() {
			});
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
		}

		private static String header(String name) {
			if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
				HttpServletResponse response = attributes.getResponse();
				return (response != null) ? response.getHeader(name) : null;
			}
			return null;
		}

	}

}
