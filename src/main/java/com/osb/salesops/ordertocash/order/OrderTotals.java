package com.osb.salesops.ordertocash.order;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.osb.salesops.masterdata.RepLocks;
import com.osb.salesops.shared.transaction.Database;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orders counted and summed per rep, month, state and channel
 * ({@code order_month_totals}), so that the report pages need not read a million orders
 * to count them. Every change to an order's rep, state, total or channel recounts the
 * rep's month in the same transaction, just before it commits, from the orders
 * themselves, so the sums are exact; a rep's row is locked from its recount to the
 * commit, so that two changes take turns. A period's whole months are read from the sums,
 * the days before and after them from the orders.
 */
@Service
public class OrderTotals {

	private static final String RECOUNT = "insert into order_month_totals (rep_id, year_month, status, channel,"
			+ " orders, total) select rep_id, cast(? as integer), status, channel, count(*), sum(total_amount) from sales_order"
			+ " where rep_id = ? and order_date >= ? and order_date < ? group by rep_id, status, channel";

	private static final String FORGET = "delete from order_month_totals where rep_id = ? and year_month = ?";

	/**
	 * On PostgreSQL, the month's sums forgotten and counted again in one statement: the
	 * count reads the orders, which the forgetting does not touch.
	 */
	private static final String RECOUNT_IN_ONE = "with forgotten as (" + FORGET + ") " + RECOUNT;

	private static final String YEAR_MONTH = "extract(year from order_date) * 100 + extract(month from order_date)";

	private final JdbcTemplate jdbc;

	private final OrderCycleTimes cycleTimes;

	private final RepLocks repLocks;

	private final Database database;

	OrderTotals(JdbcTemplate jdbc, OrderCycleTimes cycleTimes, RepLocks repLocks, Database database) {
		this.jdbc = jdbc;
		this.cycleTimes = cycleTimes;
		this.repLocks = repLocks;
		this.database = database;
	}

	/**
	 * Recounts the month of the order (after it was changed), and hands its cycle times
	 * to its rep and channel.
	 */
	@Transactional
	public void follow(String orderNumber) {
		recount(cellsOf(List.of(orderNumber)));
		this.cycleTimes.follow(List.of(orderNumber));
	}

	/**
	 * Recounts the month of the order after it was created or its state changed: its rep
	 * and channel are what they were, so its cycle times stay where they are counted.
	 */
	@Transactional
	public void followState(String orderNumber) {
		recount(cellsOf(List.of(orderNumber)));
	}

	/**
	 * Recounts every month of every rep from the orders: for orders written in bulk
	 * outside the order code, such as a data load.
	 */
	@Transactional
	public void recountAll() {
		this.repLocks.lockEvery();
		this.jdbc.update("delete from order_month_totals");
		this.jdbc.update("insert into order_month_totals (rep_id, year_month, status, channel, orders, total)"
				+ " select rep_id, " + YEAR_MONTH + ", status, channel, count(*), sum(total_amount) from sales_order"
				+ " group by rep_id, " + YEAR_MONTH + ", status, channel");
	}

	/** The rep and month of each of the orders, as {@code repId/yearMonth}. */
	Collection<String> cellsOf(Collection<String> orderNumbers) {
		TreeSet<String> cells = new TreeSet<>();
		for (String number : orderNumbers) {
			this.jdbc.query("select rep_id, order_date from sales_order where number = ?",
					(RowCallbackHandler) (rs) -> cells
						.add(rs.getString(1) + "/" + MonthSpan.yearMonth(rs.getDate(2).toLocalDate())),
					number);
		}
		return cells;
	}

	/**
	 * Recounts each rep's month just before the transaction commits
	 * ({@link RepLocks#recountAtCommit}).
	 */
	void recount(Collection<String> cells) {
		for (String cell : new TreeSet<>(cells)) {
			String repId = cell.substring(0, cell.lastIndexOf('/'));
			int yearMonth = Integer.parseInt(cell.substring(cell.lastIndexOf('/') + 1));
			LocalDate first = LocalDate.of(yearMonth / 100, yearMonth % 100, 1);
			Object[] month = { yearMonth, repId, Date.valueOf(first), Date.valueOf(first.plusMonths(1)) };
			this.repLocks.recountAtCommit(repId, List.of("order_month_totals", cell), () -> {
				if (this.database.isPostgres()) {
					this.jdbc.update(RECOUNT_IN_ONE, repId, yearMonth, month[0], month[1], month[2], month[3]);
					return;
				}
				this.jdbc.update(FORGET, repId, yearMonth);
				this.jdbc.update(RECOUNT, month);
			});
		}
	}

	/**
	 * How many orders each rep has in each state, and for how much, ordered by rep and
	 * state.
	 * @param repIds the reps
	 * @param from the first order date counted, or null
	 * @param to the last order date counted, or null
	 */
	@Transactional(readOnly = true)
	public List<RepStateTotal> byRepAndState(Collection<String> repIds, LocalDate from, LocalDate to) {
		if (repIds.isEmpty()) {
			return List.of();
		}
		String in = " rep_id in (" + String.join(", ", repIds.stream().map((id) -> "?").toList()) + ")";
		Map<String, RepStateTotal> sums = new TreeMap<>();
		MonthSpan span = MonthSpan.of(from, to);
		if (span.hasWholeMonths()) {
			List<Object> arguments = new ArrayList<>(repIds);
			String months = span.monthsCondition("year_month", arguments);
			add(sums, "select rep_id, status, sum(orders), sum(total) from order_month_totals where" + in + months
					+ " group by rep_id, status", arguments);
		}
		for (LocalDate[] days : span.partialDays()) {
			List<Object> arguments = new ArrayList<>(repIds);
			arguments.add(Date.valueOf(days[0]));
			arguments.add(Date.valueOf(days[1]));
			add(sums, "select rep_id, status, count(*), sum(total_amount) from sales_order where" + in
					+ " and order_date >= ? and order_date <= ? group by rep_id, status", arguments);
		}
		return List.copyOf(sums.values());
	}

	/**
	 * How many orders answer the conditions, which name the order {@code o} (its rep,
	 * state and channel only), the rep {@code r}, the region {@code g} and the market
	 * {@code m}.
	 */
	long count(String where, List<Object> arguments, LocalDate from, LocalDate to) {
		String joins = " join sales_rep r on r.id = o.rep_id join region g on g.id = r.region_id"
				+ " join market m on m.id = g.market_id";
		MonthSpan span = MonthSpan.of(from, to);
		long count = 0;
		if (span.hasWholeMonths()) {
			List<Object> summed = new ArrayList<>(arguments);
			String months = span.monthsCondition("o.year_month", summed);
			count += this.jdbc.queryForObject(
					"select coalesce(sum(o.orders), 0) from order_month_totals o" + joins + where + months, Long.class,
					summed.toArray());
		}
		for (LocalDate[] days : span.partialDays()) {
			List<Object> counted = new ArrayList<>(arguments);
			counted.add(Date.valueOf(days[0]));
			counted.add(Date.valueOf(days[1]));
			count += this.jdbc.queryForObject("select count(*) from sales_order o" + joins + where
					+ " and o.order_date >= ? and o.order_date <= ?", Long.class, counted.toArray());
		}
		return count;
	}

	private void add(Map<String, RepStateTotal> sums, String sql, List<Object> arguments) {
		this.jdbc.query(sql, (RowCallbackHandler) (rs) -> {
			RepStateTotal row = new RepStateTotal(rs.getString(1), rs.getString(2), rs.getLong(3),
					(rs.getBigDecimal(4) != null) ? rs.getBigDecimal(4) : new BigDecimal("0.00"));
			sums.merge(row.repId() + "\u0000" + row.status(), row, RepStateTotal::plus);
		}, arguments.toArray());
	}

	/**
	 * @param repId the rep
	 * @param status the order state
	 * @param orders how many orders
	 * @param total their total amount
	 */
	public record RepStateTotal(String repId, String status, long orders, BigDecimal total) {

		RepStateTotal plus(RepStateTotal other) {
			return new RepStateTotal(this.repId, this.status, this.orders + other.orders, this.total.add(other.total));
		}

	}

}
