package com.osb.salesops.shared.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import com.osb.salesops.shared.security.AuthenticatedIdentities.Identity;
import com.osb.salesops.shared.web.FilterProblems;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP basic authentication against the engine's users for the REST API and the
 * application's own {@code /api}. Unlike the engine's stock filter it leaves no path
 * open: even the list of engines needs credentials. The authenticated user and groups are
 * set on the engine for the request, so engine authorizations apply. A callback from
 * finance or the warehouse to an order's events may instead be signed with the shared
 * secret ({@link CallbackSignature}); it then acts as the finance and warehouse roles. A
 * read of the application's own API ({@code GET /api/...}) without credentials is
 * accepted from a browser logged in to the webapps ({@link WebappSession}), for the home
 * page; a write needs credentials, so a forged form cannot ride on the session, except
 * the writes the product's own pages make (an order submitted or revised on the order
 * pages, a return requested on the order's page, an order's attachment uploaded on the
 * upload page, an absence recorded or ended on the absences page), which carry the
 * webapps' CSRF token of the session in {@code X-XSRF-TOKEN} as their own calls do.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

	private static final String BASIC = "Basic ";

	/** The user a signed callback acts as, with the roles that may report its events. */
	static final String CALLBACK_USER = "integration";

	private static final Pattern EVENTS = Pattern.compile("/api/orders/[^/]+/events");

	/**
	 * The writes the product's pages make with the webapps' session, by method: an order
	 * submitted, an order revised, an order's attachment uploaded, a return requested, an
	 * absence recorded or ended early, a file of the department imported.
	 */
	private static final Map<String, Pattern> SESSION_WRITES = Map.of("POST",
			Pattern.compile("/api/orders|/api/orders/[^/]+/attachments|/api/returns|/api/absences|/api/imports/[^/]+"
					+ "|/api/receivables/payments|/api/customers/[^/]+/contacts|/api/tasks/[^/]+/delegation"),
			"PUT", Pattern.compile("/api/orders/[^/]+|/api/credit/customers/[^/]+/growth-potential"), "DELETE",
			Pattern.compile("/api/absences/[^/]+"));

	/** The header the webapps send their session's CSRF token in. */
	static final String CSRF_HEADER = "X-XSRF-TOKEN";

	/**
	 * Health answers anyone, UP or DOWN and nothing more, for load balancers and probes.
	 */
	private static final Pattern HEALTH = Pattern.compile("/actuator/health(/.*)?");

	/** The operations endpoints: metrics and build information. */
	private static final String ACTUATOR = "/actuator/";

	/** The application's own API, as opposed to the engine's. */
	private static final String APPLICATION_API = "/api/";

	private final IdentityService identityService;

	private final CallbackSignature signature;

	private final WebappSession session;

	private final AuthenticatedIdentities identities;

	ApiAuthenticationFilter(IdentityService identityService, CallbackSignature signature, WebappSession session,
			AuthenticatedIdentities identities) {
		this.identityService = identityService;
		this.signature = signature;
		this.session = session;
		this.identities = identities;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return HEALTH.matcher(path(request)).matches();
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String signed = request.getHeader(CallbackSignature.HEADER);
		if (signed != null && EVENTS.matcher(request.getRequestURI()).matches()) {
			signedCallback(request, response, chain, signed);
			return;
		}
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		String userId = (header == null && (sessionRead(request) || sessionWrite(request)))
				? this.session.userId(request).orElse(null) : null;
		Identity identity;
		if (userId == null) {
			String[] credentials = credentials(header);
			if (credentials == null) {
				unauthorized(request, response);
				return;
			}
			userId = credentials[0];
			identity = this.identities.lookUp(userId, credentials[1]).orElse(null);
			if (identity == null) {
				long generation = this.identities.generation();
				if (!this.identityService.checkPassword(userId, credentials[1])) {
					unauthorized(request, response);
					return;
				}
				identity = identity(userId);
				this.identities.remember(userId, credentials[1], identity, generation);
			}
		}
		else {
			identity = identity(userId);
		}
		List<String> groups = identity.groups();
		List<String> tenants = identity.tenants();
		if (path(request).startsWith(ACTUATOR) && !groups.contains(Roles.OPERATIONS) && !groups.contains(Roles.ADMIN)) {
			FilterProblems.answer(request, response, HttpStatus.FORBIDDEN, "operations-only",
					"Metrics and build information are for operations and administrators");
			return;
		}
		this.identityService.setAuthentication(userId, groups, tenants);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	/** The user's groups and tenants, as the engine has them now. */
	private Identity identity(String userId) {
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
		return new Identity(groups, tenants);
	}

	/** A read of the application's own API, which a webapp session may make. */
	private static boolean sessionRead(HttpServletRequest request) {
		return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				&& path(request).startsWith(APPLICATION_API);
	}

	/** A write of the product's pages that carries the session's CSRF token. */
	private boolean sessionWrite(HttpServletRequest request) {
		Pattern writes = SESSION_WRITES.get(request.getMethod());
		if (writes == null || !writes.matcher(path(request)).matches()) {
			return false;
		}
		String token = this.session.csrfToken(request);
		String sent = request.getHeader(CSRF_HEADER);
		return !token.isEmpty() && sent != null
				&& MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
	}

	private void signedCallback(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			String signed) throws ServletException, IOException {
		byte[] body = request.getInputStream().readAllBytes();
		if (!this.signature.matches(signed, body)) {
			if (this.signature.configured()) {
				refuse(request, response, "signature-mismatch",
						"The signature does not match the body: {0} must be sha256=<hex HMAC-SHA256 of the raw body"
								+ " under the shared secret>",
						CallbackSignature.HEADER);
			}
			else {
				refuse(request, response, "signed-callbacks-off",
						"Signed callbacks are not accepted: no callback secret is configured");
			}
			return;
		}
		this.identityService.setAuthentication(CALLBACK_USER, List.of(Roles.FINANCE, Roles.WAREHOUSE));
		try {
			chain.doFilter(new CachedBodyRequest(request, body), response);
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

	private static void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
		refuse(request, response, "credentials-needed", "Valid user credentials are required (HTTP basic)");
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, String code, String english,
			Object... args) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"salesops\"");
		FilterProblems.answer(request, response, HttpStatus.UNAUTHORIZED, code, english, args);
	}

}
