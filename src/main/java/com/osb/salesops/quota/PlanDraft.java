package com.osb.salesops.quota;

/**
 * A drafted plan as the review needs it.
 *
 * @param planId the plan id, e.g. {@code QP-2027-1}
 * @param version how many times the plan has been drafted
 * @param summary per rep: quota, weight, ramp, the bound that decided it and the change
 * against last year
 */
public record PlanDraft(String planId, int version, String summary) {
}
