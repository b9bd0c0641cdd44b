package com.osb.salesops.incentive.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A region or market manager's statement for a quarter: the manager's own target
 * incentive paid on the team's attainment, with every rep of the team and the figures
 * taken from the rep's statement.
 *
 * @param quarter the period, like {@code 2026-Q3}
 * @param userId the manager's user, the employee in the payroll export
 * @param level {@code REGION} or {@code MARKET}
 * @param name the manager's name
 * @param teams the regions or markets the manager manages
 * @param status {@code COMPUTED} once the run computed it, {@code NOT_ISSUED} before
 * @param payout the team payout: figures, curve and rules
 * @param reps the reps of the team
 */
public record ManagerStatement(String quarter, String userId, String level, String name, List<String> teams,
		String status, TeamPayout payout, List<TeamRep> reps) {

	/**
	 * A rep of the team as the manager's statement counts them.
	 *
	 * @param repId the rep
	 * @param regionId the rep's region on the run
	 * @param credited the rep's credited revenue
	 * @param quota the rep's quota
	 */
	public record TeamRep(String repId, String regionId, BigDecimal credited, BigDecimal quota) {
	}

}
