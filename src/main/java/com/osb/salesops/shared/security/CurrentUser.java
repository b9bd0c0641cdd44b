package com.osb.salesops.shared.security;

import java.util.List;

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

}
