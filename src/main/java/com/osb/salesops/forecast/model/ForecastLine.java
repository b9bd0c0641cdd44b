package com.osb.salesops.forecast.model;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One line of a rep's forecast: how much of a product they expect to sell through a
 * channel in a month.
 *
 * @param month the month forecast
 * @param sku the product
 * @param channel {@code DIRECT}, {@code DISTRIBUTOR} or {@code ONLINE}
 * @param quantity units, 0 or more
 * @param amount CNY, 0 or more, to the fen
 */
public record ForecastLine(YearMonth month, String sku, String channel, int quantity, BigDecimal amount) {

	/** Month, product and channel: no two lines of a forecast share them. */
	public String key() {
		return this.month + "," + this.sku + "," + this.channel;
	}

}
