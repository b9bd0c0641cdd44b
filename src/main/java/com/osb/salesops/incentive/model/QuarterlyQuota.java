package com.osb.salesops.incentive.model;

import java.math.BigDecimal;

/**
 * A rep's quota for a quarter and where it came from, so that a statement can name the
 * source of its quota as it names the documents of its lines.
 *
 * @param amount the quota
 * @param source where it came from: {@code quota plan QP-2026-1}, or
 * {@code entered by sales ops}
 */
public record QuarterlyQuota(BigDecimal amount, String source) {
}
