package com.osb.salesops.shared.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups and what each role may do in the engine, in every environment.
 * Tasks themselves are authorized per candidate group by the engine; these grants only
 * open the applications and let each role see definitions and start its own processes.
 */
@Component
class RoleAuthorizations {

	private static final List<String> COCKPIT_ROLES = List.of(Roles.SALES_OPS, Roles.FINANCE);

	private static final List<String> DECISION_ROLES = List.of(Roles.SALES_OPS, Roles.FINANCE, Roles.GENERAL_MANAGER);

	/** The processes each role may start. */
	private static final Map<String, List<String>> STARTERS = Map.of(Roles.SALES_OPS,
			List.of("credit-refresh", "quota-plan", "incentive-statement-run", "customer-account", "sales-forecast"),
			Roles.FINANCE, List.of("credit-refresh", "incentive-statement-run", "bad-debt-write-off"),
			Roles.SALES_MANAGER, List.of("credit-adjustment", "customer-account"), Roles.SALES_DIRECTOR,
			List.of("credit-adjustment"), Roles.GENERAL_MANAGER, List.of("credit-adjustment"), Roles.SALES_REP,
			List.of("customer-account", "customer-contact"), Roles.SALES_ASSISTANT, List.of("customer-contact"));

	private final IdentityService identityService;

	private final AuthorizationService authorizationService;

	RoleAuthorizations(IdentityService identityService, AuthorizationService authorizationService) {
		this.identityService = identityService;
		this.authorizationService = authorizationService;
	}

	@EventListener
	@Order(1)
	public void createRoles(PostDeployEvent event) {
		if (this.identityService.createGroupQuery().groupId(Roles.OPERATIONS).count() == 0) {
			Group operations = this.identityService.newGroup(Roles.OPERATIONS);
			operations.setName(Roles.displayName(Roles.OPERATIONS));
			operations.setType("SYSTEM");
			this.identityService.saveGroup(operations);
		}
		for (String role : Roles.ALL) {
			if (this.identityService.createGroupQuery().groupId(role).count() == 0) {
				Group group = this.identityService.newGroup(role);
				group.setName(Roles.displayName(role));
				group.setType("WORKFLOW");
				this.identityService.saveGroup(group);
			}
			grant(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			revokeReadingEveryFilter(role);
			grant(role, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
		}
		for (String role : COCKPIT_ROLES) {
			grant(role, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
			grant(role, Resources.PROCESS_DEFINITION, "*", Permissions.READ_HISTORY, Permissions.READ_INSTANCE);
			grant(role, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
		}
		STARTERS.forEach((role, processKeys) -> {
			grant(role, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
			processKeys.forEach((key) -> grant(role, Resources.PROCESS_DEFINITION, key, Permissions.READ,
					Permissions.CREATE_INSTANCE));
		});
		// analysts deploy decision tables and forms; the deployment guard refuses them
		// the rest
		grant(Roles.SALES_OPS, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
		for (String role : DECISION_ROLES) {
			grant(role, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.CREATE_INSTANCE,
					Permissions.READ_HISTORY);
			grant(role, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
		}
	}

	private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
		Authorization authorization = this.authorizationService.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(resource)
			.resourceId(resourceId)
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.singleResult();
		if (authorization == null) {
			authorization = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			authorization.setGroupId(group);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
		}
		else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
			return;
		}
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		this.authorizationService.saveAuthorization(authorization);
	}

	/**
	 * Each role reads the task lists made for it (see RoleTaskFilters), not every list;
	 * an earlier grant to read them all is taken back.
	 */
	private void revokeReadingEveryFilter(String role) {
		this.authorizationService.createAuthorizationQuery()
			.groupIdIn(role)
			.resourceType(Resources.FILTER)
			.resourceId("*")
			.list()
			.forEach((authorization) -> this.authorizationService.deleteAuthorization(authorization.getId()));
	}

}
