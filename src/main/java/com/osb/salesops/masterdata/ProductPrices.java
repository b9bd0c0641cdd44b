package com.osb.salesops.masterdata;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The prices of a product on a date: the latest price change in effect by then, or the
 * product's own prices before any. An order is checked against the prices of the day it
 * is submitted and keeps its own unit prices, so a later change never touches it.
 */
@Service
public class ProductPrices {

	static final String IN_EFFECT = "coalesce((select pp.%1$s from product_price pp where pp.product_id = p.id"
			+ " and pp.effective_from = (select max(x.effective_from) from product_price x"
			+ " where x.product_id = p.id and x.effective_from <= :day)), p.%1$s)";

	private final JdbcClient jdbc;

	ProductPrices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The active product's id and prices on the day, if there is such a product. */
	public Optional<Price> onDate(String sku, LocalDate day) {
		return this.jdbc
			.sql("select p.id as product_id, " + IN_EFFECT.formatted("list_price") + " as list_price, "
					+ IN_EFFECT.formatted("floor_price") + " as floor_price from product p"
					+ " where p.sku = :sku and p.active = true")
			.param("day", Date.valueOf(day))
			.param("sku", sku)
			.query(Price.class)
			.optional();
	}

	/**
	 * @param productId the product
	 * @param listPrice list price
	 * @param floorPrice the lowest unit price an order may have
	 */
	public record Price(long productId, BigDecimal listPrice, BigDecimal floorPrice) {
	}

}
