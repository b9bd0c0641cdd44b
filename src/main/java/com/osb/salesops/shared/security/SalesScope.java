package com.osb.salesops.shared.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What part of the sales organisation a person's work covers, the one rule every
 * capability scopes its lists and reports by: a rep sees their own customers, a sales
 * manager their regions', a sales director their markets', the roles a capability names
 * every one. A person with several roles sees what the widest of them shows. Each part
 * that is not null narrows the scope; none narrows nothing.
 *
 * @param repUserId the rep (by user) whose customers alone are seen, or null
 * @param regionManager the manager whose regions alone are seen, or null
 * @param marketManager the director whose markets alone are seen, or null
 */
public record SalesScope(String repUserId, String regionManager, String marketManager) {

	public static SalesScope all() {
		return new SalesScope(null, null, null);
	}

	/**
	 * The scope of a person: everything for administrators and the roles that see
	 * everything, else the market of a director, the region of a manager, the own
	 * customers of anyone else.
	 */
	public static SalesScope of(String userId, Collection<String> roles, Collection<String> seeEverything) {
		if (roles.contains(Roles.ADMIN) || roles.stream().anyMatch(seeEverything::contains)) {
			return all();
		}
		if (roles.contains(Roles.SALES_DIRECTOR)) {
			return new SalesScope(null, null, userId);
		}
		if (roles.contains(Roles.SALES_MANAGER)) {
			return new SalesScope(null, userId, null);
		}
		return new SalesScope(userId, null, null);
	}

	/** Whether nothing is narrowed. */
	public boolean everything() {
		return this.repUserId == null && this.regionManager == null && this.marketManager == null;
	}

	/**
	 * Whether work of the rep (by user) in a region and market managed by those users is
	 * in the scope.
	 */
	public boolean includes(String repUser, String regionManagerUser, String marketManagerUser) {
		return (this.repUserId == null || Objects.equals(this.repUserId, repUser))
				&& (this.regionManager == null || Objects.equals(this.regionManager, regionManagerUser))
				&& (this.marketManager == null || Objects.equals(this.marketManager, marketManagerUser));
	}

	/**
	 * The scope as SQL conditions ({@code and ... = ?}) on the columns that hold the
	 * rep's user, the region's manager and the market's manager.
	 */
	public void appendTo(StringBuilder where, List<Object> arguments, String repUserColumn, String regionManagerColumn,
			String marketManagerColumn) {
		if (this.repUserId != null) {
			where.append(" and ").append(repUserColumn).append(" = ?");
			arguments.add(this.repUserId);
		}
		if (this.regionManager != null) {
			where.append(" and ").append(regionManagerColumn).append(" = ?");
			arguments.add(this.regionManager);
		}
		if (this.marketManager != null) {
			where.append(" and ").append(marketManagerColumn).append(" = ?");
			arguments.add(this.marketManager);
		}
	}

}
