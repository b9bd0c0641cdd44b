package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoiced amounts over a period, as quota planning reads last year's actuals: by rep of
 * the customer, by calendar month, and by rep and the channel of the order.
 */
@Service
@Transactional(readOnly = true)
public class InvoicedSales {

	private static final String BY_REP = """
			select c.rep_id, sum(i.amount) from invoice i join customer c on c.id = i.customer_id
			where i.issue_date >= ? and i.issue_date < ? group by c.rep_id""";

	private static final String BY_MONTH = """
			select extract(month from i.issue_date), sum(i.amount) from invoice i
			where i.issue_date >= ? and i.issue_date < ? group by extract(month from i.issue_date)""";

	private static final String BY_REP_AND_CHANNEL = """
			select c.rep_id, o.channel, sum(i.amount) from invoice i
			join customer c on c.id = i.customer_id join sales_order o on o.id = i.order_id
			where o.channel is not null and i.issue_date >= ? and i.issue_date < ?
			group by c.rep_id, o.channel""";

	private final JdbcClient jdbc;

	InvoicedSales(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** By rep id, issued from (inclusive) to (exclusive). */
	public Map<String, BigDecimal> byRep(LocalDate from, LocalDate to) {
		Map<String, BigDecimal> sums = new HashMap<>();
		query(BY_REP, from, to, (rs) -> sums.put(rs.getString(1), rs.getBigDecimal(2)));
		return sums;
	}

	/** By month number (1 to 12), issued from (inclusive) to (exclusive). */
	public Map<Integer, BigDecimal> byMonth(LocalDate from, LocalDate to) {
		Map<Integer, BigDecimal> sums = new HashMap<>();
		query(BY_MONTH, from, to, (rs) -> sums.put(rs.getInt(1), rs.getBigDecimal(2)));
		return sums;
	}

	/** By rep id, then channel name, for orders with a known channel. */
	public Map<String, Map<String, BigDecimal>> byRepAndChannel(LocalDate from, LocalDate to) {
		Map<String, Map<String, BigDecimal>> sums = new HashMap<>();
		query(BY_REP_AND_CHANNEL, from, to, (rs) -> sums.computeIfAbsent(rs.getString(1), (rep) -> new HashMap<>())
			.put(rs.getString(2), rs.getBigDecimal(3)));
		return sums;
	}

	private void query(String sql, LocalDate from, LocalDate to, RowCallbackHandler handler) {
		this.jdbc.sql(sql).params(Date.valueOf(from), Date.valueOf(to)).query(handler);
	}

}
