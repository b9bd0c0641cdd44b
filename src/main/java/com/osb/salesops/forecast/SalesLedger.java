package com.osb.salesops.forecast;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * What the forecast is checked and measured against: amounts invoiced net of credit
 * notes, and open orders, by rep, product, channel and month. The forecast reads sales
 * only through this, so that the ledger's owner can answer it.
 */
public interface SalesLedger {

	/**
	 * Invoiced in each month, less the credit notes issued in that month, from the first
	 * month to the last, both included. An amount not tied to an order's lines has no
	 * product and no channel.
	 */
	List<Amount> netInvoiced(YearMonth first, YearMonth last);

	/**
	 * Orders not yet invoiced, cancelled or closed, by the month they are wanted in (the
	 * requested date, else the order date), from the first month to the last.
	 */
	List<Amount> openOrders(YearMonth first, YearMonth last);

	/**
	 * An amount of a rep's sales.
	 *
	 * @param sku the product, or null when not known
	 * @param channel the channel, or null when not known
	 */
	record Amount(String repId, String sku, String channel, YearMonth month, BigDecimal amount) {
	}

}
