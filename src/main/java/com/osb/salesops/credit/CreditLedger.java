package com.osb.salesops.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.osb.salesops.credit.model.GrowthPotential;
import com.osb.salesops.credit.model.LedgerFigures;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Computes the credit inputs from invoices, credit notes, settlements and open items, for
 * one customer or for every active customer at once (a few set-based queries, whatever
 * the number of customers).
 */
@Repository
class CreditLedger {

	private static final int AVERAGE_SCALE = 6;

	private final JdbcTemplate jdbc;

	CreditLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	LedgerFigures figures(long customerId, LocalDate on) {
		Map<Long, LedgerFigures> figures = compute(on, customerId);
		LedgerFigures result = figures.get(customerId);
		if (result == null) {
			throw new IllegalArgumentException("No active customer " + customerId);
		}
		return result;
	}

	Map<Long, LedgerFigures> allActiveCustomers(LocalDate on) {
		return compute(on, null);
	}

	private Map<Long, LedgerFigures> compute(LocalDate on, Long customerId) {
		LocalDate to = on.withDayOfMonth(1);
		LocalDate from = to.minusMonths(12);
		String one = (customerId != null) ? " and customer_id = " + customerId : "";
		Map<Long, BigDecimal> sales = sums("select customer_id, sum(amount) from invoice"
				+ " where issue_date >= ? and issue_date < ?" + one + " group by customer_id", from, to);
		Map<Long, BigDecimal> credits = sums("select customer_id, sum(amount) from credit_note"
				+ " where issue_date >= ? and issue_date < ?" + one + " group by customer_id", from, to);
		Map<Long, BigDecimal[]> lateness = lateness(from, to, one);
		Map<Long, LocalDate> oldestOpen = new HashMap<>();
		this.jdbc.query(
				"select customer_id, min(due_date) from receivable where open_amount > 0"
						+ " and written_off_on is null and due_date < ?" + one + " group by customer_id",
				(RowCallbackHandler) (rs) -> oldestOpen.put(rs.getLong(1), rs.getDate(2).toLocalDate()),
				Date.valueOf(on));
		Map<Long, LedgerFigures> figures = new LinkedHashMap<>();
		this.jdbc.query(
				"select id, growth_potential, first_order_date from customer where active = true"
						+ ((customerId != null) ? " and id = " + customerId : "") + " order by id",
				(RowCallbackHandler) (rs) -> {
					long id = rs.getLong(1);
					Date first = rs.getDate(3);
					int years = (first != null) ? Math.max(0, Period.between(first.toLocalDate(), on).getYears()) : 0;
					LocalDate due = oldestOpen.get(id);
					int overdue = (due != null) ? (int) ChronoUnit.DAYS.between(due, on) : 0;
					BigDecimal net = sales.getOrDefault(id, BigDecimal.ZERO)
						.subtract(credits.getOrDefault(id, BigDecimal.ZERO));
					figures.put(id, new LedgerFigures(id, net, averageDaysLate(lateness.get(id)), overdue, years,
							GrowthPotential.valueOf(rs.getString(2))));
				});
		return figures;
	}

	/** Per customer: the amount settled and the amount times days late. */
	private Map<Long, BigDecimal[]> lateness(LocalDate from, LocalDate to, String one) {
		Map<Long, BigDecimal[]> lateness = new HashMap<>();
		this.jdbc.query("select customer_id, due_date, settled_on, amount from receivable"
				+ " where settled_on >= ? and settled_on < ?" + one, (RowCallbackHandler) (rs) -> {
					long days = Math.max(0,
							ChronoUnit.DAYS.between(rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate()));
					BigDecimal amount = rs.getBigDecimal(4);
					BigDecimal[] sums = lateness.computeIfAbsent(rs.getLong(1),
							(id) -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
					sums[0] = sums[0].add(amount);
					sums[1] = sums[1].add(amount.multiply(BigDecimal.valueOf(days)));
				}, Date.valueOf(from), Date.valueOf(to));
		return lateness;
	}

	private static BigDecimal averageDaysLate(BigDecimal[] sums) {
		if (sums == null || sums[0].signum() == 0) {
			return BigDecimal.ZERO;
		}
		return sums[1].divide(sums[0], AVERAGE_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
	}

	private Map<Long, BigDecimal> sums(String sql, LocalDate from, LocalDate to) {
		Map<Long, BigDecimal> sums = new HashMap<>();
		this.jdbc.query(sql, (RowCallbackHandler) (rs) -> sums.put(rs.getLong(1), rs.getBigDecimal(2)),
				Date.valueOf(from), Date.valueOf(to));
		return sums;
	}

}
