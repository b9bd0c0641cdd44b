package com.osb.salesops.forecast;

/**
 * A rep's forecast of a cycle, in one version.
 *
 * @param period the cycle's month, like {@code 2026-12}
 * @param status {@code OPEN}, {@code SUBMITTED}, {@code SENT_BACK}, {@code ACCEPTED},
 * {@code APPROVED} (frozen) or {@code SUPERSEDED} (an approved version revised since)
 */
public record Submission(long id, String period, String repId, String regionId, String marketId, int version,
		String status, String processInstanceId, boolean late, String reviewComment) {

	/** Whether the rep may still change its lines. */
	public boolean open() {
		return "OPEN".equals(this.status) || "SENT_BACK".equals(this.status);
	}

}
