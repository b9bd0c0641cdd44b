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
import com.osb.salesops.receivables.LedgerHistory;
import com.osb.salesops.receivables.LedgerHistory.Settlement;
import com.osb.salesops.shared.web.Messages;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Computes the credit inputs from the receivables ledger (invoices, credit notes,
 * settlements and open items), for one customer or for every active customer at once (a
 * few set-based queries, whatever the number of customers).
 */
@Repository
class CreditLedger {

	private static final int AVERAGE_SCALE = 6;

	private final JdbcTemplate jdbc;

	private final LedgerHistory history;

	CreditLedger(JdbcTemplate jdbc, LedgerHistory history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	LedgerFigures figures(long customerId, LocalDate on) {
		Map<Long, LedgerFigures> figures = compute(on, customerId);
		LedgerFigures result = figures.get(customerId);
		if (result == null) {
			throw new IllegalArgumentException(
					Messages.incident("credit-no-active-customer", "No active customer {0}", customerId));
		}
		return result;
	}

	Map<Long, LedgerFigures> allActiveCustomers(LocalDate on) {
		return compute(on, null);
	}

	private Map<Long, LedgerFigures> compute(LocalDate on, Long customerId) {
		LocalDate to = on.withDayOfMonth(1);
		LocalDate from = to.minusMonths(12);
		Map<Long, BigDecimal> sales = this.history.invoiced(from, to, customerId);
		Map<Long, BigDecimal> credits = this.history.credited(from, to, customerId);
		Map<Long, BigDecimal[]> lateness = lateness(from, to, customerId);
		Map<Long, LocalDate> oldestOpen = this.history.oldestOverdueDueDates(on, customerId);
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
	private Map<Long, BigDecimal[]> lateness(LocalDate from, LocalDate to, Long customerId) {
		Map<Long, BigDecimal[]> lateness = new HashMap<>();
		for (Settlement settlement : this.history.settlements(from, to, customerId)) {
			long days = Math.max(0, ChronoUnit.DAYS.between(settlement.dueDate(), settlement.settledOn()));
			BigDecimal[] sums = lateness.computeIfAbsent(settlement.customerId(),
					(id) -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			sums[0] = sums[0].add(settlement.amount());
			sums[1] = sums[1].add(settlement.amount().multiply(BigDecimal.valueOf(days)));
		}
		return lateness;
	}

	private static BigDecimal averageDaysLate(BigDecimal[] sums) {
		if (sums == null || sums[0].signum() == 0) {
			return BigDecimal.ZERO;
		}
		return sums[1].divide(sums[0], AVERAGE_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
	}

}
