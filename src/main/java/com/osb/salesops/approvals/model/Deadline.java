package com.osb.salesops.approvals.model;

/**
 * How long a task may wait and who is offered it once it has waited too long, as the
 * decision task-deadline answered.
 *
 * @param businessDays business days until the deadline
 * @param businessHours business hours on top of the days
 * @param escalationFactor after how many times the deadline the task is offered to the
 * next level up as well (0: never)
 * @param escalateTo who that is: REGION_MANAGER, MARKET_DIRECTOR, GENERAL_MANAGER or NONE
 * @param rule the rule that fired, as the analyst described it
 */
public record Deadline(int businessDays, int businessHours, int escalationFactor, String escalateTo, String rule) {

	/** The answer for a task that has no deadline. */
	public boolean none() {
		return this.businessDays == 0 && this.businessHours == 0;
	}

	/** Whether the task is offered to someone else once it waited too long. */
	public boolean escalates() {
		return !none() && this.escalationFactor > 0 && !"NONE".equals(this.escalateTo);
	}

}
