package com.osb.salesops.shared.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import com.osb.salesops.shared.web.FilterProblems;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every response carries and what no request reaches: security headers on every
 * response (the webapps, {@code /api} and {@code /engine-rest} alike), and the webapps'
 * first-run page that would make its caller an administrator, closed for good.
 */
class WebHardeningFilter extends OncePerRequestFilter {

	static final String SETUP = "/camunda/api/admin/setup/";

	private final boolean strictTransport;

	WebHardeningFilter(boolean strictTransport) {
		this.strictTransport = strictTransport;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "SAMEORIGIN");
		response.setHeader("Referrer-Policy", "same-origin");
		if (this.strictTransport) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith(SETUP)) {
			FilterProblems.answer(request, response, HttpStatus.FORBIDDEN, "setup-closed",
					"The first administrator is set in the configuration, not here");
			return;
		}
		chain.doFilter(request, response);
	}

}
