package com.osb.salesops.incentive.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The payout the rules give for typed-in figures, and why.
 *
 * @param attainment credited revenue over quota, a ratio (1.7 for 170%)
 * @param payoutRate the rate of the target incentive, a ratio (2.2 for 220%)
 * @param spiffs the SPIFFs for the new customers
 * @param payout target incentive times payout rate plus SPIFFs, in cents
 * @param carryForward the negative credited revenue that would move to the next quarter
 * @param rulesFired every rule that fired, in firing order
 */
public record PayoutSimulation(BigDecimal attainment, BigDecimal payoutRate, BigDecimal spiffs, BigDecimal payout,
		BigDecimal carryForward, List<String> rulesFired) {
}
