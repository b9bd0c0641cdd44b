package com.osb.salesops.receivables;

import java.util.List;

import com.osb.salesops.shared.security.Roles;

/**
 * Whose receivables a person may see: a rep their own customers', a sales manager their
 * regions', a sales director their markets', finance, sales ops and the general manager
 * every customer's. A person with several roles sees what the widest of them shows.
 *
 * @param repUserId the rep whose customers alone are seen, or null
 * @param regionManager the manager whose regions alone are seen, or null
 * @param marketManager the director whose markets alone are seen, or null
 */
public record ReceivablesScope(String repUserId, String regionManager, String marketManager) {

	private static final List<String> SEE_EVERY_CUSTOMER = List.of(Roles.ADMIN, Roles.GENERAL_MANAGER, Roles.FINANCE,
			Roles.SALES_OPS);

	public static ReceivablesScope all() {
		return new ReceivablesScope(null, null, null);
	}

	public static ReceivablesScope of(String userId, List<String> roles) {
		if (roles.stream().anyMatch(SEE_EVERY_CUSTOMER::contains)) {
			return all();
		}
		if (roles.contains(Roles.SALES_DIRECTOR)) {
			return new ReceivablesScope(null, null, userId);
		}
		if (roles.contains(Roles.SALES_MANAGER)) {
			return new ReceivablesScope(null, userId, null);
		}
		return new ReceivablesScope(userId, null, null);
	}

	/**
	 * The scope as SQL on a query naming the rep {@code s}, region {@code g} and market
	 * {@code m}.
	 */
	String where(List<Object> arguments) {
		StringBuilder where = new StringBuilder();
		if (this.repUserId != null) {
			where.append(" and s.user_id = ?");
			arguments.add(this.repUserId);
		}
		if (this.regionManager != null) {
			where.append(" and g.manager_user_id = ?");
			arguments.add(this.regionManager);
		}
		if (this.marketManager != null) {
			where.append(" and m.manager_user_id = ?");
			arguments.add(this.marketManager);
		}
		return where.toString();
	}

}
