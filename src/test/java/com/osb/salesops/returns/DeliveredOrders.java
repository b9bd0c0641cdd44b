package com.osb.salesops.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.TestClock;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An order of tina's written straight into the tables, delivered and invoiced: each line
 * a new product with 100 in stock, the invoice open for a given amount. Numbers are
 * unique per call, so tests share one database.
 */
public final class DeliveredOrders {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final JdbcTemplate jdbc;

	private final long customerId;

	private final String number;

	private final List<String> skus = new ArrayList<>();

	private BigDecimal total = BigDecimal.ZERO;

	public DeliveredOrders(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.customerId = new CustomerFixture(jdbc).customer("T01");
		this.jdbc.update("update customer set email = 'buyer@example.com' where id = ?", this.customerId);
		this.number = "RO" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
		this.jdbc.update(
				"insert into sales_order (number, customer_id, rep_id, status, order_date, total_amount,"
						+ " payment_terms, created_by) values (?, ?, 'T01', 'CLOSED', ?, 0, 'NET30', 'tina')",
				this.number, this.customerId, Date.valueOf(TestClock.today().minusDays(20)));
	}

	/** Adds a line of a new product: quantity at a unit price less a discount. */
	public DeliveredOrders line(int quantity, String unitPrice, String discountPercent) {
		String sku = "RT-" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
		this.skus.add(sku);
		this.jdbc.update("insert into product (sku, name, list_price, floor_price, stock_on_hand)"
				+ " values (?, 'Return test valve', ?, 1, 100)", sku, new BigDecimal(unitPrice));
		BigDecimal amount = new BigDecimal(unitPrice).multiply(BigDecimal.valueOf(quantity))
			.multiply(BigDecimal.valueOf(100).subtract(new BigDecimal(discountPercent)))
			.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
		this.jdbc.update(
				"insert into sales_order_line (order_id, line_no, product_id, quantity, unit_price,"
						+ " discount_percent, line_amount) values (?, ?, (select id from product where sku = ?),"
						+ " ?, ?, ?, ?)",
				orderId(), this.skus.size(), sku, quantity, new BigDecimal(unitPrice), new BigDecimal(discountPercent),
				amount);
		this.total = this.total.add(amount);
		this.jdbc.update("update sales_order set total_amount = ? where id = ?", this.total, orderId());
		return this;
	}

	/** Delivered, and invoiced with the given amount still open. */
	public Order invoicedOpen(String openAmount) {
		this.jdbc.update("insert into shipment (number, order_id, status, delivered_at) values (?, ?, 'DELIVERED', ?)",
				"SN" + this.number, orderId(), Timestamp.from(TestClock.now().minusSeconds(86_400)));
		String invoice = "IV" + this.number;
		BigDecimal open = new BigDecimal(openAmount);
		this.jdbc.update(
				"insert into invoice (number, customer_id, order_id, issue_date, due_date, amount, status)"
						+ " values (?, ?, ?, ?, ?, ?, ?)",
				invoice, this.customerId, orderId(), Date.valueOf(TestClock.today().minusDays(15)),
				Date.valueOf(TestClock.today().plusDays(15)), this.total, (open.signum() == 0) ? "SETTLED" : "OPEN");
		this.jdbc.update(
				"insert into receivable (invoice_id, customer_id, due_date, amount, open_amount)"
						+ " values ((select id from invoice where number = ?), ?, ?, ?, ?)",
				invoice, this.customerId, Date.valueOf(TestClock.today().plusDays(15)), this.total, open);
		return new Order(this.jdbc, this.number, invoice, List.copyOf(this.skus));
	}

	/** Dispatched, not yet delivered; the order's number. */
	public String dispatched() {
		this.jdbc.update("insert into shipment (number, order_id, status) values (?, ?, 'DISPATCHED')",
				"SN" + this.number, orderId());
		return this.number;
	}

	private long orderId() {
		return this.jdbc.queryForObject("select id from sales_order where number = ?", Long.class, this.number);
	}

	/** A delivered order, read back. */
	public record Order(JdbcTemplate jdbc, String number, String invoice, List<String> skus) {

		/** Stock on hand of the product of a line. */
		public int stock(int lineNo) {
			return this.jdbc.queryForObject("select stock_on_hand from product where sku = ?", Integer.class,
					this.skus.get(lineNo - 1));
		}

		/** What is still open of the order's invoice. */
		public BigDecimal openAmount() {
			return this.jdbc.queryForObject("select r.open_amount from receivable r join invoice i"
					+ " on i.id = r.invoice_id where i.number = ?", BigDecimal.class, this.invoice);
		}

	}

}
