package com.osb.salesops.ordertocash.order;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import com.osb.salesops.integration.warehouse.Warehouse;
import com.osb.salesops.ordertocash.contract.Contracts;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.notification.Notifications;
import com.osb.salesops.shared.notification.Text;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an order ends: archived with its invoice, or cancelled (or rejected) before
 * dispatch, which releases the stock reservation and the credit commitment and voids the
 * contract.
 */
@Service
public class OrderClosing {

	private final Orders orders;

	private final OrderCredit credit;

	private final Warehouse warehouse;

	private final Contracts contracts;

	private final Notifications notifications;

	private final AuditLog audit;

	private final BusinessClock clock;

	OrderClosing(Orders orders, OrderCredit credit, Warehouse warehouse, Contracts contracts,
			Notifications notifications, AuditLog audit, BusinessClock clock) {
		this.clock = clock;
		this.orders = orders;
		this.credit = credit;
		this.warehouse = warehouse;
		this.contracts = contracts;
		this.notifications = notifications;
		this.audit = audit;
	}

	@Transactional
	public void archive(String number) {
		OrderSummary order = this.orders.summary(number);
		this.orders.status(number, "CLOSED");
		this.orders.set(number, "closed_at", this.clock.timestamp());
		this.audit.record(null, "ORDER_ARCHIVED", "order", number, null, null);
		this.notifications.notify(number,
				List.of(order.repUserId(), Roles.SALES_MANAGER, Roles.FINANCE, Roles.GENERAL_MANAGER),
				Text.of("order-completed.subject", "Order {0} completed", number),
				Text.of("order-completed.body", "Order {0} for {1} was delivered, invoiced and archived ({2} CNY).",
						number, order.customerName(), order.total().toPlainString()));
	}

	/**
	 * @param status CANCELLED or REJECTED
	 */
	@Transactional
	public void cancel(String number, String status, String reason) {
		// The lock comes before the warehouse's release, so a reservation call under way
		// for this order finds the order closed when it returns and withdraws it
		this.orders.lock(number);
		OrderSummary order = this.orders.summary(number);
		this.warehouse.release(number);
		this.credit.releaseCommitment(number);
		this.contracts.voidFor(number);
		this.orders.status(number, status);
		this.orders.set(number, "cancel_reason", reason);
		this.audit.record(null, "ORDER_" + status, "order", number, null, reason);
		this.notifications.notify(number, List.of(order.repUserId(), Roles.SALES_MANAGER, Roles.FINANCE),
				Text.of("order-closed.subject", "Order {0} {1}", number, statusText(status)),
				Text.of("order-closed.body", "Order {0} for {1} was {2}: {3}", number, order.customerName(),
						statusText(status), String.valueOf(reason)));
	}

	/** cancelled or rejected, in the reader's language. */
	private static Text statusText(String status) {
		return Text.of("order-status." + status.toLowerCase(java.util.Locale.ROOT), status.toLowerCase());
	}

}
