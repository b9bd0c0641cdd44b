package com.osb.salesops.shared.security;

import java.util.LinkedHashMap;
import java.util.Map;

import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo user per role (password = user id), only when demo data is switched on. Other
 * profiles hold no demo password at all.
 */
@Component
@ConditionalOnProperty(name = "salesops.demo.enabled", havingValue = "true")
class DemoUsers {

	static final Map<String, String> USERS;

	static {
		Map<String, String> users = new LinkedHashMap<>();
		for (int i = 1; i <= 8; i++) {
			users.put("rep" + i, Roles.SALES_REP);
		}
		users.put("assistant", Roles.SALES_ASSISTANT);
		users.put("manager", Roles.SALES_MANAGER);
		users.put("director", Roles.SALES_DIRECTOR);
		users.put("gm", Roles.GENERAL_MANAGER);
		users.put("accountant", Roles.FINANCE);
		users.put("keeper", Roles.WAREHOUSE);
		users.put("analyst", Roles.SALES_OPS);
		users.put("hr", Roles.HR);
		USERS = Map.copyOf(users);
	}

	private final IdentityService identityService;

	DemoUsers(IdentityService identityService) {
		this.identityService = identityService;
	}

	@EventListener
	@Order(2)
	public void createDemoUsers(PostDeployEvent event) {
		USERS.forEach((userId, role) -> {
			User existing = this.identityService.createUserQuery().userId(userId).singleResult();
			if (existing != null) {
				if (("(" + role + ")").equals(existing.getLastName())) {
					// earlier demo users carried the group's key as their name
					existing.setLastName("(" + Roles.displayName(role) + ")");
					this.identityService.saveUser(existing);
				}
				return;
			}
			User user = this.identityService.newUser(userId);
			// named in the company's language, as its own people are
			user.setFirstName(Messages.inCompanyLanguage("demo.user." + userId,
					Character.toUpperCase(userId.charAt(0)) + userId.substring(1)));
			user.setLastName("(" + Roles.displayName(role) + ")");
			user.setEmail(userId + "@salesops.example");
			user.setPassword(userId);
			this.identityService.saveUser(user);
			this.identityService.createMembership(userId, role);
		});
	}

}
