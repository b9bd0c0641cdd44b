package com.osb.salesops.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Users for tests on a database without demo users. The password is the user id followed
 * by {@code -secret-1}.
 */
public final class TestUsers {

	private TestUsers() {
	}

	public static String password(String userId) {
		return userId + "-secret-1";
	}

	/** Creates the user in the role unless it exists. */
	public static void ensure(IdentityService identityService, String userId, String role) {
		if (identityService.createUserQuery().userId(userId).count() > 0) {
			return;
		}
		User user = identityService.newUser(userId);
		user.setPassword(password(userId));
		identityService.saveUser(user);
		if (role != null) {
			identityService.createMembership(userId, role);
		}
	}

}
