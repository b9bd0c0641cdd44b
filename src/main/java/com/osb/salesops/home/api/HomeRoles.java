package com.osb.salesops.home.api;

import java.util.List;

import com.osb.salesops.shared.security.Roles;

/** Which roles see which part of the home page. */
final class HomeRoles {

	/** Orders, attainment and overdue invoices: one's own or one's team's. */
	static final List<String> SALES = List.of(Roles.SALES_REP, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR,
			Roles.GENERAL_MANAGER, Roles.SALES_OPS, Roles.ADMIN);

	/** Receivables ageing, credit holds, payments to confirm, days sales outstanding. */
	static final List<String> FINANCE = List.of(Roles.FINANCE, Roles.SALES_OPS, Roles.GENERAL_MANAGER, Roles.ADMIN);

	/** The order list and its search, as {@code GET /api/orders} answers them. */
	static final List<String> ORDERS = List.of(Roles.SALES_REP, Roles.SALES_ASSISTANT, Roles.SALES_MANAGER,
			Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER, Roles.FINANCE, Roles.WAREHOUSE, Roles.SALES_OPS, Roles.ADMIN);

	private HomeRoles() {
	}

	static boolean any(List<String> roles, List<String> of) {
		return roles.stream().anyMatch(of::contains);
	}

	/** Whether the person sees only their own figures, as a rep. */
	static boolean isRepOnly(List<String> roles) {
		return roles.contains(Roles.SALES_REP) && roles.stream()
			.noneMatch(List.of(Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER, Roles.SALES_OPS,
					Roles.ADMIN)::contains);
	}

}
