package com.osb.salesops.ordertocash.process;

import java.math.BigDecimal;

import com.osb.salesops.shared.process.ProcessVariable;

/**
 * The order-to-remittance processes: keys, messages, errors and the variables their steps
 * and forms share.
 */
final class OrderToRemittanceProcess {

	static final String KEY = "order-to-remittance";

	static final String ERROR_OUT_OF_STOCK = "Err_OutOfStock";

	static final String MSG_PAYMENT_RECEIVED = "Msg_PaymentReceived";

	static final String MSG_SHIPMENT_EXCEPTION = "Msg_ShipmentExceptionGranted";

	static final String MSG_DISPATCHED = "Msg_Dispatched";

	static final String MSG_DELIVERED = "Msg_Delivered";

	static final String MSG_CANCELLED = "Msg_OrderCancelled";

	static final ProcessVariable<String> ORDER_NUMBER = ProcessVariable.of("orderNumber", String.class);

	static final ProcessVariable<String> CUSTOMER_CODE = ProcessVariable.of("customerCode", String.class);

	static final ProcessVariable<String> CUSTOMER_NAME = ProcessVariable.of("customerName", String.class);

	static final ProcessVariable<String> REP_USER_ID = ProcessVariable.of("repUserId", String.class);

	static final ProcessVariable<BigDecimal> ORDER_TOTAL = ProcessVariable.of("orderTotal", BigDecimal.class);

	static final ProcessVariable<BigDecimal> MAX_DISCOUNT = ProcessVariable.of("maxDiscountPercent", BigDecimal.class);

	/** The order's total as a person reads it, like {@code 2,400.00 CNY}. */
	static final ProcessVariable<String> ORDER_TOTAL_TEXT = ProcessVariable.of("orderTotalText", String.class);

	/** The largest discount as a person reads it, like {@code 5%}. */
	static final ProcessVariable<String> MAX_DISCOUNT_TEXT = ProcessVariable.of("maxDiscountText", String.class);

	/** The exposure with this order as a person reads it. */
	static final ProcessVariable<String> EXPOSURE_TEXT = ProcessVariable.of("exposureText", String.class);

	/** The credit limit as a person reads it. */
	static final ProcessVariable<String> CREDIT_LIMIT_TEXT = ProcessVariable.of("creditLimitText", String.class);

	static final ProcessVariable<String> PAYMENT_TERMS = ProcessVariable.of("paymentTerms", String.class);

	static final ProcessVariable<String> CREDIT_RESULT = ProcessVariable.of("creditResult", String.class);

	static final ProcessVariable<String> HOLD_REASON = ProcessVariable.of("holdReason", String.class);

	static final ProcessVariable<String> GRADE = ProcessVariable.of("grade", String.class);

	static final ProcessVariable<BigDecimal> EXPOSURE = ProcessVariable.of("exposure", BigDecimal.class);

	static final ProcessVariable<BigDecimal> CREDIT_LIMIT = ProcessVariable.of("creditLimit", BigDecimal.class);

	static final ProcessVariable<String> CREDIT_RULES = ProcessVariable.of("creditRules", String.class);

	static final ProcessVariable<String> HOLD_DECISION = ProcessVariable.of("holdDecision", String.class);

	static final ProcessVariable<String> CONTRACT_NUMBER = ProcessVariable.of("contractNumber", String.class);

	static final ProcessVariable<String> APPROVAL_DECISION = ProcessVariable.of("approvalDecision", String.class);

	static final ProcessVariable<String> APPROVAL_REASON = ProcessVariable.of("approvalReason", String.class);

	static final ProcessVariable<String> REVISION_NOTE = ProcessVariable.of("revisionNote", String.class);

	static final ProcessVariable<String> SIGNED_COPY = ProcessVariable.of("signedCopy", String.class);

	/**
	 * The amount finance entered, an exact decimal as text (a number from older clients).
	 */
	static final ProcessVariable<Object> AMOUNT_RECEIVED = ProcessVariable.of("amountReceived", Object.class);

	/**
	 * Finance's confirmation that a payment above the outstanding balance is an
	 * overpayment.
	 */
	static final ProcessVariable<Boolean> OVERPAYMENT = ProcessVariable.of("overpayment", Boolean.class);

	/** What the customer paid on the order so far, shown on the payment task. */
	static final ProcessVariable<String> AMOUNT_PAID = ProcessVariable.of("amountPaid", String.class);

	/** What is still to be paid on the order, shown on the payment task. */
	static final ProcessVariable<String> AMOUNT_OUTSTANDING = ProcessVariable.of("amountOutstanding", String.class);

	static final ProcessVariable<String> PAYMENT_REFERENCE = ProcessVariable.of("paymentReference", String.class);

	static final ProcessVariable<Boolean> FULLY_PAID = ProcessVariable.of("fullyPaid", Boolean.class);

	static final ProcessVariable<String> SHORT_SKUS = ProcessVariable.of("shortSkus", String.class);

	static final ProcessVariable<String> SHIPPING_NOTICE = ProcessVariable.of("shippingNoticeNumber", String.class);

	static final ProcessVariable<String> CARRIER = ProcessVariable.of("carrier", String.class);

	static final ProcessVariable<String> TRACKING_NUMBER = ProcessVariable.of("trackingNumber", String.class);

	static final ProcessVariable<String> INVOICE_ADDRESS = ProcessVariable.of("invoiceAddress", String.class);

	static final ProcessVariable<String> TAX_NUMBER = ProcessVariable.of("taxNumber", String.class);

	static final ProcessVariable<String> INVOICE_NUMBER = ProcessVariable.of("invoiceNumber", String.class);

	private OrderToRemittanceProcess() {
	}

}
