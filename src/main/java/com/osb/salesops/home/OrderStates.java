package com.osb.salesops.home;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * How many orders each rep has in each state, and for how much: the counts that
 * {@code GET /api/orders?status=...&rep=...} lists one by one.
 */
@Service
public class OrderStates {

	private final JdbcTemplate jdbc;

	OrderStates(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param repIds the reps
	 * @param from the first order date counted, or null for every order
	 * @param to the last order date counted, or null
	 */
	public List<RepOrders> byRep(Collection<String> repIds, LocalDate from, LocalDate to) {
		if (repIds.isEmpty()) {
			return List.of();
		}
		List<Object> arguments = new ArrayList<>(repIds);
		StringBuilder sql = new StringBuilder("select rep_id, status, count(*), coalesce(sum(total_amount), 0)"
				+ " from sales_order where rep_id in (" + String.join(", ", repIds.stream().map((id) -> "?").toList())
				+ ")");
		if (from != null) {
			sql.append(" and order_date >= ?");
			arguments.add(Date.valueOf(from));
		}
		if (to != null) {
			sql.append(" and order_date <= ?");
			arguments.add(Date.valueOf(to));
		}
		sql.append(" group by rep_id, status order by rep_id, status");
		return this.jdbc.query(sql.toString(),
				(rs, row) -> new RepOrders(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4)),
				arguments.toArray());
	}

	/**
	 * @param repId the rep
	 * @param status the order state
	 * @param orders how many orders
	 * @param total their total amount
	 */
	public record RepOrders(String repId, String status, long orders, BigDecimal total) {
	}

}
