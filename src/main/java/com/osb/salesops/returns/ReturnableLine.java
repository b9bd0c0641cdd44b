package com.osb.salesops.returns;

import java.math.BigDecimal;

import com.osb.salesops.returns.model.ReturnCredit;

/**
 * An order line as a return sees it: what was delivered and what is already on its way
 * back or taken back.
 *
 * @param delivered units delivered (all of the line once the order is delivered)
 * @param returned units of returns not rejected: asked for while undecided or not yet
 * inspected, accepted once inspected
 */
record ReturnableLine(int lineNo, long productId, String sku, String name, int quantity, BigDecimal unitPrice,
		BigDecimal discountPercent, int delivered, int returned) {

	int returnable() {
		return Math.max(0, this.delivered - this.returned);
	}

	BigDecimal netUnitPrice() {
		return ReturnCredit.netUnitPrice(this.unitPrice, this.discountPercent);
	}

}
