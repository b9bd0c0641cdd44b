package com.osb.salesops.returns;

import java.math.BigDecimal;

/**
 * The order a return is made against, with who may see it.
 *
 * @param netTotal the order's total after discounts
 * @param delivered whether the customer has received the goods
 */
record ReturnOrder(long id, String number, long customerId, String customerCode, String customerName,
		String customerEmail, String repId, String repUserId, String regionManager, String marketManager,
		BigDecimal netTotal, boolean delivered) {
}
