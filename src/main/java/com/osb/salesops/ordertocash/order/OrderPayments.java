package com.osb.salesops.ordertocash.order;

import java.math.BigDecimal;
import java.util.List;

import com.osb.salesops.integration.finance.Finance;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.notification.Notifications;
import com.osb.salesops.shared.notification.Text;
import com.osb.salesops.shared.security.Roles;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment gate of a prepaid order: payments recorded through finance, the reminder to
 * the rep and a management exception to ship before payment.
 */
@Service
public class OrderPayments {

	private final Orders orders;

	private final Finance finance;

	private final Notifications notifications;

	private final AuditLog audit;

	OrderPayments(Orders orders, Finance finance, Notifications notifications, AuditLog audit) {
		this.orders = orders;
		this.finance = finance;
		this.notifications = notifications;
		this.audit = audit;
	}

	/** Records a payment and tells whether the order is now paid in full. */
	@Transactional
	public boolean record(String number, BigDecimal amount, String reference) {
		this.finance.confirmPayment(number, amount, reference);
		return fullyPaid(number);
	}

	/** What the order's customer has paid on it so far. */
	public BigDecimal paid(String number) {
		return this.finance.paidAmount(number);
	}

	/** What is still to be paid on the order, never below zero. */
	public BigDecimal outstanding(String number) {
		return this.orders.summary(number).total().subtract(paid(number)).max(BigDecimal.ZERO);
	}

	public boolean fullyPaid(String number) {
		return this.finance.paidAmount(number).compareTo(this.orders.summary(number).total()) >= 0;
	}

	@Transactional
	public void remindRep(String number) {
		OrderSummary order = this.orders.summary(number);
		this.notifications.notify(number, List.of(order.repUserId(), Roles.FINANCE),
				Text.of("order-unpaid.subject", "Order {0} is still unpaid", number),
				Text.of("order-unpaid.body",
						"Order {0} for {1} ({2} CNY) waits for payment. It is cancelled if it"
								+ " stays unpaid past the payment deadline of its flow.",
						number, order.customerName(), order.total().toPlainString()));
		this.audit.record(null, "PAYMENT_REMINDER_SENT", "order", number, null, null);
	}

	/**
	 * Tells finance that an order shipped on a management exception left the warehouse
	 * before it was invoiced, so that its unpaid balance counts as a receivable from now.
	 */
	@Transactional
	public void shipped(String number) {
		if (Boolean.TRUE.equals(this.orders.head(number).orElseThrow().get("shipment_exception"))) {
			this.finance.shippedBeforePayment(number);
		}
	}

	@Transactional
	public void shipBeforePayment(String number, String grantedBy) {
		this.orders.set(number, "shipment_exception", true);
		this.audit.record(grantedBy, "SHIPMENT_EXCEPTION_GRANTED", "order", number, null, null);
	}

}
