package com.osb.salesops.quota;

/**
 * A quota plan's identity and state.
 *
 * @param id the plan id
 * @param year the plan year
 * @param target the company target
 * @param status UPLOADED, DRAFT, SENT_BACK, APPROVED or PUBLISHED
 * @param version how many times it was drafted
 * @param inputSource DATABASE or CSV
 */
public record PlanHeader(String id, int year, long target, String status, int version, String inputSource) {

	public boolean published() {
		return "PUBLISHED".equals(this.status);
	}

}
