package com.osb.salesops.approvals.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.osb.salesops.masterdata.SalesOrganisation;
import com.osb.salesops.masterdata.UserAccounts;
import com.osb.salesops.shared.language.Localized;
import com.osb.salesops.shared.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

import org.springframework.stereotype.Component;

/**
 * The people of the sales organisation a task concerns: the sales manager of the order's
 * region, the sales director of its market, the general management. A task waiting too
 * long is offered to them as the next level up; a group task belongs to them while they
 * are absent.
 */
@Component
class NextLevel {

	static final String REGION_MANAGER = "REGION_MANAGER";

	static final String MARKET_DIRECTOR = "MARKET_DIRECTOR";

	static final String GENERAL_MANAGER = "GENERAL_MANAGER";

	static final String NONE = "NONE";

	private final SalesOrganisation organisation;

	private final IdentityService identityService;

	private final UserAccounts accounts;

	NextLevel(SalesOrganisation organisation, IdentityService identityService, UserAccounts accounts) {
		this.organisation = organisation;
		this.identityService = identityService;
		this.accounts = accounts;
	}

	/**
	 * The person as a reader knows them, written in the reader's language: their name
	 * with their role, {@code 周明（销售经理）}.
	 */
	Localized named(String userId) {
		return (language) -> this.accounts.shownName(userId, language);
	}

	/** The users who are that level for the order of the rep (empty when nobody is). */
	List<String> users(String level, Object repUserId) {
		return switch (level) {
			case REGION_MANAGER -> rep(repUserId).flatMap(this.organisation::managerOfRep).stream().toList();
			case MARKET_DIRECTOR -> rep(repUserId).flatMap(this.organisation::directorOfRep).stream().toList();
			case GENERAL_MANAGER -> members(Roles.GENERAL_MANAGER);
			default -> List.of();
		};
	}

	/**
	 * The level above a level of the sales organisation (POLICY section 8: a director for
	 * a sales manager, the general manager for a director), NONE above the general
	 * manager. Escalation climbs one level at a time and never skips one.
	 */
	static String above(String level) {
		return switch (level) {
			case REGION_MANAGER -> MARKET_DIRECTOR;
			case MARKET_DIRECTOR -> GENERAL_MANAGER;
			default -> NONE;
		};
	}

	/**
	 * The role group of the level, offered the task when the organisation names nobody.
	 */
	static String group(String level) {
		return switch (level) {
			case REGION_MANAGER -> Roles.SALES_MANAGER;
			case MARKET_DIRECTOR -> Roles.SALES_DIRECTOR;
			default -> Roles.GENERAL_MANAGER;
		};
	}

	/**
	 * The person in charge of a role group's task about the rep's order: the region's
	 * sales manager, the market's sales director; nobody for other groups.
	 */
	List<String> inCharge(String group, Object repUserId) {
		return switch (group) {
			case Roles.SALES_MANAGER -> users(REGION_MANAGER, repUserId);
			case Roles.SALES_DIRECTOR -> users(MARKET_DIRECTOR, repUserId);
			default -> List.of();
		};
	}

	List<String> members(String group) {
		return this.identityService.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).toList();
	}

	/** The roles a user holds. */
	/** Each user who holds a group, with the groups they hold, by login. */
	Map<String, List<String>> everyonesRoles() {
		Map<String, List<String>> roles = new TreeMap<>();
		for (Group group : this.identityService.createGroupQuery().list()) {
			this.identityService.createUserQuery()
				.memberOfGroup(group.getId())
				.list()
				.forEach((user) -> roles.computeIfAbsent(user.getId(), (id) -> new ArrayList<>()).add(group.getId()));
		}
		return roles;
	}

	List<String> roles(String userId) {
		return this.identityService.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map((group) -> group.getId())
			.toList();
	}

	private Optional<String> rep(Object repUserId) {
		return (repUserId != null) ? this.organisation.repOfUser(repUserId.toString()) : Optional.empty();
	}

}
