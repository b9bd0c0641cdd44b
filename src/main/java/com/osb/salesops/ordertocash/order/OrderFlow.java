package com.osb.salesops.ordertocash.order;

/**
 * Starts the order-to-remittance process for a stored order.
 */
public interface OrderFlow {

	/**
	 * @return the process instance id
	 */
	String start(String orderNumber);

}
