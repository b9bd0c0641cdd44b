package com.osb.salesops.ordertocash.order;

import java.util.Locale;

import java.math.BigDecimal;

import com.osb.salesops.credit.CreditCheck;
import com.osb.salesops.credit.CreditCheckResult;
import com.osb.salesops.credit.CreditStanding;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.web.Messages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit side of an order: the check, a released hold, a conversion to prepayment,
 * and giving the committed amount back when the order is revised.
 */
@Service
public class OrderCredit {

	private final Orders orders;

	private final CreditCheck creditCheck;

	private final AuditLog audit;

	OrderCredit(Orders orders, CreditCheck creditCheck, AuditLog audit) {
		this.orders = orders;
		this.creditCheck = creditCheck;
		this.audit = audit;
	}

	@Transactional
	public CreditCheckResult check(String number, String processInstanceId) {
		OrderSummary order = this.orders.summary(number);
		CreditCheckResult result = this.creditCheck.check(order.customerId(), order.total(), number, processInstanceId);
		String terms = "PREPAY".equals(result.creditResult()) ? "PREPAY" : result.paymentTerms();
		this.orders.set(number, "credit_result", result.creditResult());
		this.orders.set(number, "payment_terms", terms);
		this.orders.set(number, "committed_amount", result.passed() ? order.total() : BigDecimal.ZERO);
		this.orders.status(number, "HOLD".equals(result.creditResult()) ? "CREDIT_HOLD" : "CREDIT_CLEARED");
		this.audit.record(null, "CREDIT_CHECKED", "order", number, processInstanceId,
				(result.holdReason() != null) ? Messages.text(Locale.ENGLISH, "audit-detail.CREDIT_CHECKED",
						"{0} ({4}): exposure {1} of limit {2}; {3}", result.creditResult(),
						result.exposure().toPlainString(), result.creditLimit().toPlainString(),
						result.explanation().replace("\n", "; "), result.holdReason())
						: Messages.text(Locale.ENGLISH, "audit-detail.CREDIT_CHECKED.1",
								"{0}: exposure {1} of limit {2}; {3}", result.creditResult(),
								result.exposure().toPlainString(), result.creditLimit().toPlainString(),
								result.explanation().replace("\n", "; ")));
		return result;
	}

	/** Where the order's customer stands with credit today. */
	public CreditStanding standing(String number) {
		return this.creditCheck.standing(this.orders.summary(number).customerId());
	}

	@Transactional
	public void releaseHold(String number, String releasedBy) {
		OrderSummary order = this.orders.summary(number);
		this.creditCheck.commitReleased(order.customerId(), order.total());
		this.orders.set(number, "committed_amount", order.total());
		this.orders.set(number, "hold_released", true);
		this.orders.status(number, "CREDIT_CLEARED");
		this.audit.record(releasedBy, "CREDIT_HOLD_RELEASED", "order", number, null, null);
	}

	@Transactional
	public void convertToPrepay(String number, String decidedBy) {
		this.orders.set(number, "payment_terms", "PREPAY");
		this.orders.status(number, "CREDIT_CLEARED");
		this.audit.record(decidedBy, "CONVERTED_TO_PREPAY", "order", number, null, null);
	}

	/** Whether finance already released a hold on this order once. */
	public boolean holdReleasedBefore(String number) {
		return Boolean.TRUE.equals(this.orders.head(number).orElseThrow().get("hold_released"));
	}

	/** Gives the committed amount back before a revised order is checked again. */
	@Transactional
	public void reopen(String number, String note) {
		releaseCommitment(number);
		this.orders.status(number, "REVISED");
		this.audit.record(null, "ORDER_REOPENED", "order", number, null, note);
	}

	/** Takes the order's amount out of the customer's committed exposure. */
	@Transactional
	public void releaseCommitment(String number) {
		OrderSummary order = this.orders.summary(number);
		if (order.committedAmount() != null && order.committedAmount().signum() > 0) {
			this.creditCheck.release(order.customerId(), order.committedAmount());
			this.orders.set(number, "committed_amount", BigDecimal.ZERO);
		}
	}

}
