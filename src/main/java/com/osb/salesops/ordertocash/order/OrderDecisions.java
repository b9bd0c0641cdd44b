package com.osb.salesops.ordertocash.order;

import java.util.List;
import java.util.Map;

/**
 * The decisions the rules made for an order, each with the version of the table that made
 * it, its inputs, its outputs and the rules that fired, in words.
 */
public interface OrderDecisions {

	/** Oldest first; empty when no rule has decided anything for the order yet. */
	List<Map<String, Object>> of(String orderNumber);

}
