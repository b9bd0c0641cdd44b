package com.osb.salesops.ordertocash.order;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.osb.salesops.shared.security.Roles;

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
		if (roles.stream().anyMatch(SEE_EVERY_ORDER::contains)) {
			return all();
		}
		if (roles.contains(Roles.SALES_DIRECTOR)) {
			return new OrderScope(null, null, userId);
		}
		if (roles.contains(Roles.SALES_MANAGER)) {
			return new OrderScope(null, userId, null);
		}
		return new OrderScope(userId, null, null);
	}

	/** Whether the order, as {@link Orders#head} reads it, is in the scope. */
	boolean includes(Map<String, Object> head) {
		return (this.repUserId == null || Objects.equals(this.repUserId, head.get("rep_user_id")))
				&& (this.regionManager == null || Objects.equals(this.regionManager, head.get("region_manager")))
				&& (this.marketManager == null || Objects.equals(this.marketManager, head.get("market_manager")));
	}

	/**
	 * The scope as SQL conditions on a query that names the rep {@code r}, the region
	 * {@code g} and the market {@code m}.
	 */
	void appendTo(StringBuilder where, List<Object> arguments) {
		if (this.repUserId != null) {
			where.append(" and r.user_id = ?");
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
	}

}
