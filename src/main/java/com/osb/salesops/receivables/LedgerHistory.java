package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of the ledger for credit ratings, set-based for one customer or all of them
 * at once: invoiced and credited amounts over a period, the items settled in a period
 * with how late, and the oldest open item past due of each customer.
 */
@Service
@Transactional(readOnly = true)
public class LedgerHistory {

	private final JdbcClient jdbc;

	LedgerHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Invoiced amounts by customer, issued from (inclusive) to (exclusive). */
	public Map<Long, BigDecimal> invoiced(LocalDate from, LocalDate to, Long customerId) {
		return sums("select customer_id, sum(amount) from invoice where issue_date >= ? and issue_date < ?"
				+ one(customerId) + " group by customer_id", from, to);
	}

	/** Credit-note amounts by customer, issued from (inclusive) to (exclusive). */
	public Map<Long, BigDecimal> credited(LocalDate from, LocalDate to, Long customerId) {
		return sums("select customer_id, sum(amount) from credit_note where issue_date >= ? and issue_date < ?"
				+ one(customerId) + " group by customer_id", from, to);
	}

	/** The open items settled from (inclusive) to (exclusive). */
	public List<Settlement> settlements(LocalDate from, LocalDate to, Long customerId) {
		return this.jdbc
			.sql("select customer_id, due_date, settled_on, amount from receivable"
					+ " where settled_on >= ? and settled_on < ?" + one(customerId))
			.params(Date.valueOf(from), Date.valueOf(to))
			.query(Settlement.class)
			.list();
	}

	/** Per customer, the due date of its oldest open item past due on the day. */
	public Map<Long, LocalDate> oldestOverdueDueDates(LocalDate on, Long customerId) {
		Map<Long, LocalDate> oldest = new HashMap<>();
		this.jdbc
			.sql("select customer_id, min(due_date) from receivable where open_amount > 0"
					+ " and written_off_on is null and due_date < ?" + one(customerId) + " group by customer_id")
			.param(Date.valueOf(on))
			.query((RowCallbackHandler) (rs) -> oldest.put(rs.getLong(1), rs.getDate(2).toLocalDate()));
		return oldest;
	}

	private Map<Long, BigDecimal> sums(String sql, LocalDate from, LocalDate to) {
		Map<Long, BigDecimal> sums = new HashMap<>();
		this.jdbc.sql(sql)
			.params(Date.valueOf(from), Date.valueOf(to))
			.query((RowCallbackHandler) (rs) -> sums.put(rs.getLong(1), rs.getBigDecimal(2)));
		return sums;
	}

	private static String one(Long customerId) {
		return (customerId != null) ? " and customer_id = " + customerId.longValue() : "";
	}

	/**
	 * @param customerId the customer
	 * @param dueDate the day it was due
	 * @param settledOn the day it was settled
	 * @param amount the invoiced amount
	 */
	public record Settlement(long customerId, LocalDate dueDate, LocalDate settledOn, BigDecimal amount) {
	}

}
