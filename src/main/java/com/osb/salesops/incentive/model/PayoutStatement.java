package com.osb.salesops.incentive.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A rep's incentive statement for a quarter: every line with its source documents and
 * rule, then the totals. Attainment and payout rate are unrounded; only the payout is
 * rounded to cents.
 *
 * @param repId the rep
 * @param quarter the quarter
 * @param quota the rep's quarterly quota
 * @param quotaSource where the quota came from: the published quota plan, or sales ops
 * @param targetIncentive the rep's target incentive (TI)
 * @param credited credited revenue, including any negative amount carried in
 * @param attainment credited revenue over quota
 * @param payoutRate the payout curve's rate of the target incentive
 * @param spiffs the SPIFFs earned
 * @param payout target incentive times payout rate plus SPIFFs, in cents
 * @param carryForward the negative credited revenue carried into the next quarter
 * @param lines the documents and how each counted
 * @param rulesFired the rules that set the payout rate and the carry-forward
 * @param rulesVersion the version of the incentive rules that computed the statement
 */
public record PayoutStatement(String repId, Quarter quarter, BigDecimal quota, String quotaSource,
		BigDecimal targetIncentive, BigDecimal credited, BigDecimal attainment, BigDecimal payoutRate,
		BigDecimal spiffs, BigDecimal payout, BigDecimal carryForward, List<StatementLine> lines,
		List<String> rulesFired, String rulesVersion) {
}
