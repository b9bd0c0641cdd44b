package com.osb.salesops.masterdata;

/**
 * The open work of a sales team that its manager holds: when a region or a market gets
 * another manager, the tasks about that team go with it.
 */
public interface TeamWork {

	/**
	 * Gives the successor the open tasks the previous manager has or is offered directly
	 * that concern the team: a task about the region or market itself, or about an order
	 * of one of its reps.
	 * @param level {@code REGION} or {@code MARKET}
	 * @return how many tasks were moved
	 */
	int handOver(String level, String teamId, String previousUserId, String successorUserId);

}
