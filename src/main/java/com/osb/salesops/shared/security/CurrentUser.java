package com.osb.salesops.shared.security;

import java.util.Collection;
import java.util.List;

import com.osb.salesops.shared.web.ForbiddenException;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

/**
 * The user a request was authenticated as, and the roles they hold.
 */
@Component
public class CurrentUser {

	private final IdentityService identityService;

	CurrentUser(IdentityService identityService) {
		this.identityService = identityService;
	}

	public String id() {
		Authentication authentication = this.identityService.getCurrentAuthentication();
		return (authentication != null) ? authentication.getUserId() : null;
	}

	public List<String> roles() {
		Authentication authentication = this.identityService.getCurrentAuthentication();
		return (authentication != null && authentication.getGroupIds() != null) ? authentication.getGroupIds()
				: List.of();
	}

	public boolean hasRole(String role) {
		return roles().contains(role);
	}

	/**
	 * Refuses the request unless the caller holds one of the roles (administrators may).
	 */
	public void requireAnyRole(Collection<String> allowed) {
		List<String> roles = roles();
		if (roles.contains(Roles.ADMIN) || allowed.stream().anyMatch(roles::contains)) {
			return;
		}
		throw ForbiddenException.of("role-needed", "This needs one of the roles {0}", Roles.inLanguage(allowed));
	}

}
