package com.osb.salesops.home;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.osb.salesops.incentive.QuarterToDate;
import com.osb.salesops.incentive.QuarterToDate.RepQuarter;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the home page for a set of reps, each answer shaped for one chart and
 * its table.
 */
@Service
public class HomeFigures {

	private final OrderStates orders;

	private final QuarterToDate quarter;

	private final ReceivablesReader receivables;

	private final BusinessClock clock;

	HomeFigures(OrderStates orders, QuarterToDate quarter, ReceivablesReader receivables, BusinessClock clock) {
		this.orders = orders;
		this.quarter = quarter;
		this.receivables = receivables;
		this.clock = clock;
	}

	/** The reps' orders by state, rep by rep, with the totals per state. */
	@Transactional(readOnly = true)
	public Map<String, Object> orders(List<TeamRep> reps, LocalDate from, LocalDate to) {
		List<OrderStates.RepOrders> rows = this.orders.byRep(ids(reps), from, to);
		Map<String, Map<String, Object>> states = new LinkedHashMap<>();
		for (OrderStates.RepOrders row : rows) {
			Map<String, Object> state = states.computeIfAbsent(row.status(),
					(key) -> new LinkedHashMap<>(Map.of("status", key, "orders", 0L, "total", BigDecimal.ZERO)));
			state.put("orders", (Long) state.get("orders") + row.orders());
			state.put("total", ((BigDecimal) state.get("total")).add(row.total()));
		}
		return Map.of("reps", reps, "items", rows, "states", states.values());
	}

	/** Each rep's attainment and implied payout this quarter, with the team's sums. */
	@Transactional(readOnly = true)
	public Map<String, Object> attainment(List<TeamRep> reps) {
		List<RepQuarter> figures = this.quarter.figures(ids(reps), this.clock.today());
		BigDecimal quota = figures.stream().map(RepQuarter::quota).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal credited = figures.stream().map(RepQuarter::credited).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal payout = figures.stream().map(RepQuarter::payout).reduce(BigDecimal.ZERO, BigDecimal::add);
		return Map.of("reps", reps, "items", figures, "quarter", quarterOf(this.clock.today()), "quota", quota,
				"credited", credited, "payout", payout);
	}

	/** The overdue invoices of the reps' customers, with the sums per rep. */
	@Transactional(readOnly = true)
	public Map<String, Object> overdueInvoices(List<TeamRep> reps) {
		List<ReceivablesReader.OverdueInvoice> overdue = this.receivables.overdue(ids(reps), this.clock.today());
		Map<String, BigDecimal> byRep = overdue.stream()
			.collect(Collectors.groupingBy(ReceivablesReader.OverdueInvoice::repId, LinkedHashMap::new, Collectors
				.reducing(BigDecimal.ZERO, ReceivablesReader.OverdueInvoice::openAmount, BigDecimal::add)));
		return Map.of("reps", reps, "items", overdue, "byRep", byRep, "total",
				byRep.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	/**
	 * Receivables ageing, days sales outstanding, what is unpaid on orders shipped before
	 * payment and not yet invoiced, and the orders on credit hold.
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> receivables(List<TeamRep> reps) {
		LocalDate today = this.clock.today();
		List<OrderStates.RepOrders> held = this.orders.byRep(ids(reps), null, null)
			.stream()
			.filter((row) -> "CREDIT_HOLD".equals(row.status()))
			.toList();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("ageing", this.receivables.ageing(ids(reps), today));
		answer.put("daysSalesOutstanding", this.receivables.daysSalesOutstanding(ids(reps), today));
		ReceivablesReader.ShippedNotInvoiced shipped = this.receivables.shippedNotInvoiced(ids(reps), today);
		answer.put("shippedNotInvoiced", shipped.openAmount());
		answer.put("shippedNotInvoicedOrders", shipped.orders());
		answer.put("creditHolds", held.stream().mapToLong(OrderStates.RepOrders::orders).sum());
		answer.put("creditHoldAmount",
				held.stream().map(OrderStates.RepOrders::total).reduce(BigDecimal.ZERO, BigDecimal::add));
		return answer;
	}

	static String quarterOf(LocalDate day) {
		return day.getYear() + "-Q" + ((day.getMonthValue() + 2) / 3);
	}

	private static List<String> ids(List<TeamRep> reps) {
		return reps.stream().map(TeamRep::repId).toList();
	}

}
