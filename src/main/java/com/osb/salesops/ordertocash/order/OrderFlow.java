package com.osb.salesops.ordertocash.order;

import java.util.Map;

/**
 * The order's running flow, as the rest of the application sees it.
 */
public interface OrderFlow {

	/** Starts the flow of a stored order; returns the process instance id. */
	String start(String orderNumber);

	/**
	 * Delivers an event to the order's flow if a step waits for it.
	 * @return false when no step of the order waits for this event now
	 */
	boolean deliver(String orderNumber, String event, Map<String, Object> variables);

	/** Whether the rep has been asked to revise the order. */
	boolean awaitingRevision(String orderNumber);

	/**
	 * Whether a step of the order is under way or due now (a job of its process), so that
	 * an event it does not wait for yet may be waited for once that step has committed.
	 */
	boolean moving(String orderNumber);

}
