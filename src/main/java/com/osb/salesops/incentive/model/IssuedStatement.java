package com.osb.salesops.incentive.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A rep's statement as the statement run issued it: the computed figures, every line with
 * its documents and rule, where its review stands, and the disputes with their
 * arbitration. The final payout is the computed payout plus any adjustment sales ops made
 * on a dispute.
 *
 * @param quarter the period, like {@code 2026-Q3}
 * @param repId the rep
 * @param repName the rep's name
 * @param userId the rep's user, the employee in the payroll export
 * @param regionId the rep's region
 * @param status {@code IN_REVIEW}, {@code ACCEPTED}, {@code ACCEPTED_BY_TIMEOUT},
 * {@code DISPUTED}, {@code ARBITRATED} or {@code SETTLED}
 * @param statement the computed figures, lines and rules
 * @param adjustment what arbitration added to the payout (negative: took off)
 * @param finalPayout payout plus adjustment
 * @param disputes the disputes raised on the statement
 */
public record IssuedStatement(String quarter, String repId, String repName, String userId, String regionId,
		String status, PayoutStatement statement, BigDecimal adjustment, BigDecimal finalPayout,
		List<Dispute> disputes) {

	/**
	 * A dispute on a statement and what came of it.
	 *
	 * @param reason what the rep disputes
	 * @param raisedBy the rep's user
	 * @param decision {@code ADJUST} or {@code REJECT}, empty while open
	 * @param adjustment the amount added to the payout on {@code ADJUST}
	 * @param decisionReason why sales ops decided so
	 * @param decidedBy the sales ops user
	 * @param approvedBy the manager who approved the outcome
	 * @param lines each disputed line with its reason and its outcome
	 */
	public record Dispute(String reason, String raisedBy, String decision, BigDecimal adjustment, String decisionReason,
			String decidedBy, String approvedBy, List<LineDispute> lines) {
	}

	/**
	 * One disputed line of the statement and what came of it.
	 *
	 * @param lineNo the statement's line, from 1
	 * @param reason why the rep disputes it
	 * @param decision {@code ADJUST} or {@code REJECT}, empty while open
	 * @param adjustment the amount the line adds to the payout
	 * @param decisionReason why sales ops decided so
	 * @param decidedBy the sales ops user
	 */
	public record LineDispute(int lineNo, String reason, String decision, BigDecimal adjustment, String decisionReason,
			String decidedBy) {
	}

}
