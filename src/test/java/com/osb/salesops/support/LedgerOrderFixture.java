package com.osb.salesops.support;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Products and approved orders written straight into the tables, for tests of the
 * warehouse and finance ledgers that must not depend on order submission. Skus and order
 * numbers are unique per call, so tests share one database without clearing it.
 */
public final class LedgerOrderFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final BigDecimal UNIT_PRICE = new BigDecimal("10.00");

	private final JdbcTemplate jdbc;

	private final CustomerFixture customers;

	public LedgerOrderFixture(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.customers = new CustomerFixture(jdbc);
	}

	/** A new product with a unique sku and the given stock on hand, nothing reserved. */
	public Product product(int stockOnHand) {
		String sku = "SKU-" + unique();
		this.jdbc.update(
				"insert into product (sku, name, list_price, floor_price, stock_on_hand)" + " values (?, ?, ?, ?, ?)",
				sku, "Product " + sku, UNIT_PRICE, UNIT_PRICE, stockOnHand);
		return new Product(this.jdbc.queryForObject("select id from product where sku = ?", Long.class, sku), sku);
	}

	public static Line line(Product product, int quantity) {
		return new Line(product, quantity);
	}

	/** An approved order of a new customer of rep T01, priced at 10.00 a unit. */
	public String order(Line... lines) {
		BigDecimal total = BigDecimal.ZERO;
		for (Line line : lines) {
			total = total.add(UNIT_PRICE.multiply(BigDecimal.valueOf(line.quantity())));
		}
		String number = order(this.customers.customer("T01"), null, total);
		long orderId = orderId(number);
		int lineNo = 0;
		for (Line line : lines) {
			this.jdbc.update(
					"insert into sales_order_line (order_id, line_no, product_id, quantity, unit_price,"
							+ " line_amount) values (?, ?, ?, ?, ?, ?)",
					orderId, ++lineNo, line.product().id(), line.quantity(), UNIT_PRICE,
					UNIT_PRICE.multiply(BigDecimal.valueOf(line.quantity())));
		}
		return number;
	}

	/** An approved order without lines of a given customer, total and payment terms. */
	public String order(long customerId, String paymentTerms, String total) {
		return order(customerId, paymentTerms, new BigDecimal(total));
	}

	public long customer() {
		return this.customers.customer("T01");
	}

	public int stockOnHand(Product product) {
		return this.jdbc.queryForObject("select stock_on_hand from product where id = ?", Integer.class, product.id());
	}

	public int stockReserved(Product product) {
		return this.jdbc.queryForObject("select stock_reserved from product where id = ?", Integer.class, product.id());
	}

	/** The order's reservations as "STATUS quantity", in product order. */
	public List<String> reservations(String order) {
		return this.jdbc.queryForList(
				"select status || ' ' || quantity from stock_reservation where order_id = ? order by product_id",
				String.class, orderId(order));
	}

	/** The actions audited on the order, oldest first. */
	public List<String> auditedActions(String order) {
		return this.jdbc.queryForList(
				"select action from audit_log where subject_type = 'order' and subject_id = ? order by id",
				String.class, order);
	}

	public long orderId(String number) {
		return this.jdbc.queryForObject("select id from sales_order where number = ?", Long.class, number);
	}

	private String order(long customerId, String paymentTerms, BigDecimal total) {
		String number = "TO" + unique();
		this.jdbc.update(
				"insert into sales_order (number, customer_id, rep_id, status, order_date, total_amount,"
						+ " payment_terms, created_by) values (?, ?, 'T01', 'APPROVED', ?, ?, ?, 'tina')",
				number, customerId, Date.valueOf(TestClock.today()), total, paymentTerms);
		return number;
	}

	private static String unique() {
		return System.nanoTime() % 1_000_000_000_000L + "-" + SEQUENCE.incrementAndGet();
	}

	public record Product(long id, String sku) {
	}

	public record Line(Product product, int quantity) {
	}

}
