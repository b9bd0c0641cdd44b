package com.osb.salesops.approvals.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Who may stand in for whom ("定岗定权，禁止跨岗越权"): a substitute or a delegate holds each
 * business role of the person they stand in for, or a higher one in the sales chain
 * (sales rep, sales manager, sales director, general manager). Roles outside the chain
 * (assistant, finance, warehouse, sales ops, HR) need the same role.
 */
public final class StandInRule {

	/** The sales chain, lowest first. */
	public static final List<String> CHAIN = List.of("sales-rep", "sales-manager", "sales-director", "general-manager");

	/** The business roles a stand-in is checked against. */
	public static final List<String> BUSINESS_ROLES = List.of("sales-rep", "sales-assistant", "sales-manager",
			"sales-director", "general-manager", "finance", "warehouse", "sales-ops", "hr");

	private StandInRule() {
	}

	/** The roles of the person that the stand-in lacks (neither held nor held higher). */
	public static List<String> missing(Collection<String> personRoles, Collection<String> standInRoles) {
		List<String> missing = new ArrayList<>();
		for (String role : personRoles) {
			if (BUSINESS_ROLES.contains(role) && !covers(standInRoles, role)) {
				missing.add(role);
			}
		}
		return missing;
	}

	/** Whether someone holding the roles may act where the role is required. */
	public static boolean covers(Collection<String> roles, String required) {
		if (roles.contains(required)) {
			return true;
		}
		int level = CHAIN.indexOf(required);
		return level >= 0 && roles.stream().anyMatch((role) -> CHAIN.indexOf(role) > level);
	}

	/**
	 * Whether someone holding the roles stands above each role of the sales chain the
	 * other person holds (a sales manager above a rep, a director above both), and the
	 * other holds at least one.
	 */
	public static boolean above(Collection<String> roles, Collection<String> otherRoles) {
		int own = roles.stream().mapToInt(CHAIN::indexOf).max().orElse(-1);
		int other = otherRoles.stream().mapToInt(CHAIN::indexOf).max().orElse(-1);
		return other >= 0 && own > other;
	}

}
