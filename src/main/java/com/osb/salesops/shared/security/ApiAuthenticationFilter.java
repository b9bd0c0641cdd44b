package com.osb.salesops.shared.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP basic authentication against the engine's users for the REST API and the
 * application's own {@code /api}. Unlike the engine's stock filter it leaves no path
 * open: even the list of engines needs credentials. The authenticated user and groups are
 * set on the engine for the request, so engine authorizations apply.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

	private static final String BASIC = "Basic ";

	private final IdentityService identityService;

	ApiAuthenticationFilter(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String[] credentials = credentials(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (credentials == null || !this.identityService.checkPassword(credentials[0], credentials[1])) {
			unauthorized(response);
			return;
		}
		String userId = credentials[0];
		List<String> groups = this.identityService.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		List<String> tenants = this.identityService.createTenantQuery()
			.userMember(userId)
			.includingGroupsOfUser(true)
			.list()
			.stream()
			.map(Tenant::getId)
			.toList();
		this.identityService.setAuthentication(userId, groups, tenants);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private static String[] credentials(String header) {
		if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon > 0) ? new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) } : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static void unauthorized(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"salesops\"");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter()
			.write("{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"Valid user credentials are required (HTTP basic).\"}");
	}

}
