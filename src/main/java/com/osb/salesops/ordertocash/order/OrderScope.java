package com.osb.salesops.ordertocash.order;

import java.util.List;
import java.util.Map;

import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.security.SalesScope;

/**
 * Which orders a person may see, for every way of reaching an order (the list, one order,
 * an event): a rep their own, a sales manager their regions', a sales director their
 * markets', the other roles that work on orders every one. A person with several roles
 * sees what the widest of them shows. An order outside the scope does not exist for them.
 *
 * @param repUserId the rep whose orders alone are seen, or null
 * @param regionManager the manager whose regions' orders alone are seen, or null
 * @param marketManager the director whose markets' orders alone are seen, or null
 */
public record OrderScope(String repUserId, String regionManager, String marketManager) {

	private static final List<String> SEE_EVERY_ORDER = List.of(Roles.ADMIN, Roles.GENERAL_MANAGER, Roles.FINANCE,
			Roles.WAREHOUSE, Roles.SALES_OPS, Roles.SALES_ASSISTANT);

	public static OrderScope all() {
		return new OrderScope(null, null, null);
	}

	public static OrderScope of(String userId, List<String> roles) {
		SalesScope scope = SalesScope.of(userId, roles, SEE_EVERY_ORDER);
		return new OrderScope(scope.repUserId(), scope.regionManager(), scope.marketManager());
	}

	/** Whether the order, as {@link Orders#head} reads it, is in the scope. */
	boolean includes(Map<String, Object> head) {
		return sales().includes(text(head.get("rep_user_id")), text(head.get("region_manager")),
				text(head.get("market_manager")));
	}

	/**
	 * The scope as SQL conditions on a query that names the rep {@code r}, the region
	 * {@code g} and the market {@code m}.
	 */
	void appendTo(StringBuilder where, List<Object> arguments) {
		sales().appendTo(where, arguments, "r.user_id", "g.manager_user_id", "m.manager_user_id");
	}

	/** The scope as the sales organisation's one rule states it. */
	public SalesScope sales() {
		return new SalesScope(this.repUserId, this.regionManager, this.marketManager);
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
