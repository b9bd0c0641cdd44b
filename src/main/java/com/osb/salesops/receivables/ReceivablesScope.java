package com.osb.salesops.receivables;

import java.util.List;

import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.security.SalesScope;

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
		SalesScope scope = SalesScope.of(userId, roles, SEE_EVERY_CUSTOMER);
		return new ReceivablesScope(scope.repUserId(), scope.regionManager(), scope.marketManager());
	}

	/**
	 * The scope as SQL on a query naming the rep {@code s}, region {@code g} and market
	 * {@code m}.
	 */
	String where(List<Object> arguments) {
		StringBuilder where = new StringBuilder();
		new SalesScope(this.repUserId, this.regionManager, this.marketManager).appendTo(where, arguments, "s.user_id",
				"g.manager_user_id", "m.manager_user_id");
		return where.toString();
	}

}
