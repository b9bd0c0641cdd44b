package com.osb.salesops.forecast;

import java.math.BigDecimal;

/**
 * A stored forecast line with what its spot-check found.
 *
 * @param horizon months from the cycle to the month forecast: 1, 2 or 3
 * @param pipelineExpectation open orders of the month plus the average monthly sales of
 * the 3 months before the cycle
 * @param lastYearAmount net invoiced in the same month last year
 * @param flagReason why the line is flagged, in words, or null
 * @param flagRules the rules that decided, with their versions
 * @param flagInputs the inputs they decided on
 * @param pipelineReason the reason the pipeline check gave when it flagged the line, or
 * null
 * @param lastYearReason the reason the same-month-last-year check gave when it flagged
 * the line, or null
 */
public record StoredLine(long submissionId, String targetMonth, int horizon, String sku, String channel, int quantity,
		BigDecimal amount, BigDecimal pipelineExpectation, BigDecimal lastYearAmount, boolean flagged,
		String flagReason, String flagRules, String flagInputs, String pipelineReason, String lastYearReason) {
}
