package com.osb.salesops.masterdata.process;

import java.util.List;
import java.util.Optional;

import com.osb.salesops.masterdata.UserAccounts;
import com.osb.salesops.shared.process.SystemActions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

import org.springframework.stereotype.Component;

/**
 * Users and group memberships in the engine's identity store. Created by the application
 * for sales ops, who may enter the organisation but not administer users; an
 * administrator gives each new user a password in Camunda Admin.
 */
@Component
class CamundaUserAccounts implements UserAccounts {

	private final IdentityService identityService;

	private final SystemActions system;

	CamundaUserAccounts(IdentityService identityService, SystemActions system) {
		this.identityService = identityService;
		this.system = system;
	}

	@Override
	public boolean ensure(String userId, String name, String email, String group) {
		return this.system.run(() -> {
			boolean created = false;
			if (this.identityService.createUserQuery().userId(userId).count() == 0) {
				User user = this.identityService.newUser(userId);
				int space = (name != null) ? name.lastIndexOf(' ') : -1;
				user.setFirstName((space > 0) ? name.substring(0, space) : name);
				user.setLastName((space > 0) ? name.substring(space + 1) : "");
				user.setEmail(email);
				this.identityService.saveUser(user);
				created = true;
			}
			if (this.identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
				this.identityService.createMembership(userId, group);
				created = true;
			}
			return created;
		});
	}

	@Override
	public boolean exists(String userId) {
		return this.system.run(() -> this.identityService.createUserQuery().userId(userId).count() > 0);
	}

	@Override
	public List<String> leave(String userId) {
		return this.system.run(() -> {
			List<String> groups = this.identityService.createGroupQuery()
				.groupMember(userId)
				.list()
				.stream()
				.map(Group::getId)
				.sorted()
				.toList();
			groups.forEach((group) -> this.identityService.deleteMembership(userId, group));
			return groups;
		});
	}

	@Override
	public Optional<String> email(String userId) {
		return this.system
			.run(() -> Optional.ofNullable(this.identityService.createUserQuery().userId(userId).singleResult())
				.map(User::getEmail)
				.filter((email) -> !email.isBlank()));
	}

	@Override
	public Optional<String> name(String userId) {
		return this.system
			.run(() -> Optional.ofNullable(this.identityService.createUserQuery().userId(userId).singleResult())
				.map((user) -> ((user.getFirstName() != null) ? user.getFirstName() : "") + " "
						+ ((user.getLastName() != null) ? user.getLastName() : ""))
				.map(String::strip)
				.filter((name) -> !name.isEmpty()));
	}

	@Override
	public void setPassword(String userId, String password) {
		this.system.run(() -> {
			User user = this.identityService.createUserQuery().userId(userId).singleResult();
			user.setPassword(password);
			this.identityService.saveUser(user);
			return userId;
		});
	}

}
