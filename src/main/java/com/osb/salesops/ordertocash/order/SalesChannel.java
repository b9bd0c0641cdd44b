package com.osb.salesops.ordertocash.order;

/**
 * The channel an order was sold through; the quota plan reads each rep's sales by channel
 * from the orders invoiced last year (POLICY section 4).
 */
public enum SalesChannel {

	DIRECT, DISTRIBUTOR, ONLINE

}
