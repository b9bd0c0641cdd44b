package com.osb.salesops.shared.web;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that fails because the database is away or busy (no connection, a connection
 * lost, a lock not granted in time) before it reaches a controller, in the login or in
 * the engine's own filters, is answered 503 with {@code Retry-After}, as the API's own
 * handler answers it: it changed nothing, and the caller may send it again. Other
 * failures pass on untouched.
 */
class DatabaseAwayFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseAwayFilter.class);

	private final ObjectMapper json;

	private final Function<HttpServletRequest, Locale> language;

	private final DatabaseReach database;

	DatabaseAwayFilter(ObjectMapper json, Function<HttpServletRequest, Locale> language, DatabaseReach database) {
		this.json = json;
		this.database = database;
		this.language = language;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (response.isCommitted() || !this.database.busy(ex)) {
				throw ex;
			}
			log.warn("Database away or busy, asked the caller to try again: {} {}", request.getMethod(),
					request.getRequestURI());
			refuse(request, response);
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = this.language.apply(request);
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Busy.RETRY_AFTER_SECONDS));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), Busy.problem(locale));
	}

}
