package com.osb.salesops.ordertocash.order;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.web.Messages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's orders that are still in the flow, not yet invoiced, closed, cancelled or
 * rejected: they go with the customer when another rep takes the account over. Invoiced
 * orders stay with the rep who sold them, as their credited revenue does.
 */
@Service
public class OpenOrders {

	private static final String OPEN = "status not in ('INVOICED', 'CLOSED', 'CANCELLED', 'REJECTED')";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final OrderTotals totals;

	private final OrderCycleTimes cycleTimes;

	OpenOrders(JdbcClient jdbc, AuditLog audit, OrderTotals totals, OrderCycleTimes cycleTimes) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.totals = totals;
		this.cycleTimes = cycleTimes;
	}

	/** Hands the customer's open orders to the rep; returns their numbers. */
	@Transactional
	public List<String> handOver(long customerId, String repId, String actor, String requestId) {
		List<String> numbers = this.jdbc
			.sql("select number from sales_order where customer_id = ? and rep_id <> ? and " + OPEN
					+ " order by number")
			.params(customerId, repId)
			.query(String.class)
			.list();
		Set<String> months = new TreeSet<>(this.totals.cellsOf(numbers));
		this.jdbc.sql("update sales_order set rep_id = ? where customer_id = ? and " + OPEN)
			.params(repId, customerId)
			.update();
		months.addAll(this.totals.cellsOf(numbers));
		this.totals.recount(months);
		this.cycleTimes.follow(numbers);
		for (String number : numbers) {
			this.audit.record(actor, "ORDER_REASSIGNED", "order", number, requestId,
					Messages.text(Locale.ENGLISH, "audit-detail.ORDER_REASSIGNED", "to rep {0}", repId));
		}
		return numbers;
	}

}
