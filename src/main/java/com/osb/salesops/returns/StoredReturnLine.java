package com.osb.salesops.returns;

import java.math.BigDecimal;

/** A returned line as stored: what was asked for and, once inspected, what was found. */
record StoredReturnLine(int lineNo, String sku, String name, int quantity, BigDecimal netUnitPrice, Integer restock,
		Integer scrap, Integer refused, String note, BigDecimal creditAmount) {
}
