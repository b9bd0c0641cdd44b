package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a customer owes, for the credit check and the credit pages: open items not written
 * off, and what is unpaid on prepaid orders shipped before payment and not yet invoiced
 * (so that the exposure counts them); what of the open items is past due, the oldest open
 * due date, the latest payments, the customer's credit and whether collections put the
 * customer on credit hold.
 */
@Service
@Transactional(readOnly = true)
public class CustomerBalances {

	private final JdbcClient jdbc;

	CustomerBalances(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What is today unpaid on each order shipped before payment whose invoice is not yet
	 * posted, as the open items of an invoice would be; a query naming the customer
	 * {@code u.customer_id}.
	 */
	static final String SHIPPED_OPEN = "select u.customer_id, u.order_number, u.shipped_on,"
			+ " u.amount - coalesce((select sum(p.amount) from payment p where p.order_id = u.order_id), 0)"
			+ " as open_amount from shipped_not_invoiced u where not exists (select 1 from invoice i"
			+ " join receivable r on r.invoice_id = i.id where i.order_id = u.order_id)";

	public BigDecimal open(long customerId) {
		BigDecimal invoiced = this.jdbc.sql(
				"select coalesce(sum(open_amount), 0) from receivable where customer_id = ? and written_off_on is null")
			.param(customerId)
			.query(BigDecimal.class)
			.single();
		return invoiced.add(shippedNotInvoiced(customerId));
	}

	/**
	 * What is unpaid on the customer's orders shipped before payment and not yet
	 * invoiced.
	 */
	public BigDecimal shippedNotInvoiced(long customerId) {
		return this.jdbc.sql("select open_amount from (" + SHIPPED_OPEN + ") t where customer_id = ?")
			.param(customerId)
			.query(BigDecimal.class)
			.list()
			.stream()
			.filter((amount) -> amount.signum() > 0)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal overdue(long customerId, LocalDate on) {
		return this.jdbc
			.sql("select coalesce(sum(open_amount), 0) from receivable"
					+ " where customer_id = ? and written_off_on is null and due_date < ?")
			.params(customerId, Date.valueOf(on))
			.query(BigDecimal.class)
			.single();
	}

	/** The due date of the customer's oldest open item past due on the day, if any. */
	public Optional<LocalDate> oldestOverdueDueDate(long customerId, LocalDate on) {
		return this.jdbc
			.sql("select min(due_date) from receivable where customer_id = ?"
					+ " and open_amount > 0 and written_off_on is null and due_date < ?")
			.params(customerId, Date.valueOf(on))
			.query(LocalDate.class)
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst();
	}

	/**
	 * The open items of every customer that has any, by customer id, with what is unpaid
	 * on orders shipped before payment and not yet invoiced.
	 */
	public Map<Long, BigDecimal> openByCustomer() {
		Map<Long, BigDecimal> open = new HashMap<>();
		this.jdbc
			.sql("select customer_id, sum(open_amount) from receivable where written_off_on is null"
					+ " group by customer_id")
			.query((RowCallbackHandler) (rs) -> open.put(rs.getLong(1), rs.getBigDecimal(2)));
		this.jdbc.sql("select customer_id, open_amount from (" + SHIPPED_OPEN + ") t")
			.query((RowCallbackHandler) (rs) -> {
				if (rs.getBigDecimal(2).signum() > 0) {
					open.merge(rs.getLong(1), rs.getBigDecimal(2), BigDecimal::add);
				}
			});
		return open;
	}

	/** The customer's latest payments, newest first. */
	public List<ReceivedPayment> latestPayments(long customerId, int count) {
		return this.jdbc.sql(
				"select received_on, amount, nullif(reference, 'OPENING') as reference from payment where customer_id = ?"
						+ " order by received_on desc, id desc limit " + Math.max(1, count))
			.param(customerId)
			.query(ReceivedPayment.class)
			.list();
	}

	/** The customer's credit from overpayments and credit notes, not yet used. */
	public BigDecimal credit(long customerId) {
		return this.jdbc.sql("select coalesce(sum(amount), 0) from customer_credit where customer_id = ?")
			.param(customerId)
			.query(BigDecimal.class)
			.single();
	}

	/**
	 * The invoice whose collections case holds the customer's new orders, if any.
	 */
	public Optional<String> collectionsHold(long customerId) {
		return this.jdbc
			.sql("select i.number from collection_case k join invoice i on i.id = k.invoice_id"
					+ " where k.customer_id = ? and k.credit_hold = true and k.status <> 'CLOSED' order by i.due_date")
			.param(customerId)
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * @param receivedOn the day received
	 * @param amount the amount
	 * @param reference the bank or remittance reference
	 */
	public record ReceivedPayment(LocalDate receivedOn, BigDecimal amount, String reference) {
	}

}
