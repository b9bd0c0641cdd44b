package com.osb.salesops.shared.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

import org.springframework.stereotype.Component;

/**
 * The user logged in to the webapps (Tasklist, Cockpit, Admin) in this browser session,
 * so that the home page and the reads behind it need no second login. The user must still
 * exist: a removed user's old session opens nothing.
 */
@Component
public class WebappSession {

	private final ProcessEngine processEngine;

	private final IdentityService identityService;

	WebappSession(ProcessEngine processEngine) {
		this.processEngine = processEngine;
		this.identityService = processEngine.getIdentityService();
	}

	/** The id of the user logged in to the webapps in the request's session, if any. */
	public Optional<String> userId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return Optional.empty();
		}
		Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
		Authentication authentication = (authentications != null)
				? authentications.getAuthenticationForProcessEngine(this.processEngine.getName()) : null;
		if (authentication == null || authentication.getIdentityId() == null) {
			return Optional.empty();
		}
		String userId = authentication.getIdentityId();
		return (this.identityService.createUserQuery().userId(userId).count() > 0) ? Optional.of(userId)
				: Optional.empty();
	}

	/**
	 * The webapps' CSRF token of the request's session, which their login and logout
	 * want; empty before the session has one.
	 */
	public String csrfToken(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object token = (session != null) ? session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME) : null;
		return (token instanceof String text && text.matches("[0-9A-Fa-f]+")) ? text : "";
	}

}
