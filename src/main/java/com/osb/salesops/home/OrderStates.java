package com.osb.salesops.home;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import com.osb.salesops.ordertocash.order.OrderTotals;

import org.springframework.stereotype.Service;

/**
 * How many orders each rep has in each state, and for how much: the counts that
 * {@code GET /api/orders?status=...&rep=...} lists one by one, read from the order
 * capability's monthly sums.
 */
@Service
public class OrderStates {

	private final OrderTotals totals;

	OrderStates(OrderTotals totals) {
		this.totals = totals;
	}

	/**
	 * @param repIds the reps
	 * @param from the first order date counted, or null for every order
	 * @param to the last order date counted, or null
	 */
	public List<RepOrders> byRep(Collection<String> repIds, LocalDate from, LocalDate to) {
		return this.totals.byRepAndState(repIds, from, to)
			.stream()
			.map((row) -> new RepOrders(row.repId(), row.status(), row.orders(), row.total()))
			.toList();
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
