package com.osb.salesops.returns.model;

/**
 * How the warehouse found the returned units of one order line.
 *
 * @param lineNo the order line
 * @param restock units accepted back into stock
 * @param scrap units accepted and scrapped
 * @param refused units refused and sent back to the customer
 * @param note the reasons given, for scrapped and refused units
 */
public record LineInspection(int lineNo, int restock, int scrap, int refused, String note) {

	/** The units credited: those accepted, to stock or as scrap. */
	public int accepted() {
		return this.restock + this.scrap;
	}

}
