package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A prepaid order that management let ship before it was paid is invoiced only once it is
 * paid in full (POLICY section 3.8). From its shipment day until its invoice, what is
 * unpaid on it is a receivable all the same: shipped, not yet invoiced, aged from the
 * shipment day in the ageing, on the statement of account, in the customer's open
 * receivables that the credit check adds to the exposure, and on the home page.
 */
@Service
@Transactional
public class ShippedBeforePayment {

	private final JdbcClient jdbc;

	ShippedBeforePayment(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the shipment of an order not yet invoiced, once per order.
	 * @param amount the order's total; payments on the order reduce what is unpaid
	 */
	public void record(long customerId, long orderId, String orderNumber, BigDecimal amount, LocalDate shippedOn) {
		this.jdbc
			.sql("insert into shipped_not_invoiced (order_id, order_number, customer_id, amount, shipped_on)"
					+ " select ?, ?, ?, ?, ? where not exists (select 1 from shipped_not_invoiced where order_id = ?)")
			.params(orderId, orderNumber, customerId, amount, Date.valueOf(shippedOn), orderId)
			.update();
	}

}
