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

}
