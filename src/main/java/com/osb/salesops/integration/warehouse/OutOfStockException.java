package com.osb.salesops.integration.warehouse;

import java.util.List;

/**
 * Some lines of an order cannot be served from stock: a business outcome the order flow
 * routes on, not a technical fault.
 */
public class OutOfStockException extends Exception {

	private final List<String> skus;

	public OutOfStockException(List<String> skus) {
		super("Not enough stock for " + String.join(", ", skus));
		this.skus = List.copyOf(skus);
	}

	public List<String> skus() {
		return this.skus;
	}

}
