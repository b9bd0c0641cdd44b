package com.osb.salesops.customercare.process;

import java.util.Date;

import com.osb.salesops.shared.process.ProcessVariable;

/**
 * The callback after delivery: key, elements and variables.
 */
final class DeliveryCallbackProcess {

	static final String KEY = "delivery-callback";

	/** The order flow's step that records a confirmed delivery. */
	static final String ORDER_PROCESS_KEY = "order-to-remittance";

	static final String ORDER_DELIVERY_RECORDED = "Task_RecordDelivery";

	static final ProcessVariable<String> ORDER_NUMBER = ProcessVariable.of("orderNumber", String.class);

	static final ProcessVariable<String> CUSTOMER_CODE = ProcessVariable.of("customerCode", String.class);

	static final ProcessVariable<String> CUSTOMER_NAME = ProcessVariable.of("customerName", String.class);

	static final ProcessVariable<Long> CALLBACK_ID = ProcessVariable.of("callbackId", Long.class);

	static final ProcessVariable<String> DELIVERED_ON_TEXT = ProcessVariable.of("deliveredOnText", String.class);

	static final ProcessVariable<Date> CALLBACK_DUE = ProcessVariable.of("callbackDue", Date.class);

	static final ProcessVariable<String> ATTEMPTS_TEXT = ProcessVariable.of("attemptsText", String.class);

	static final ProcessVariable<Boolean> REACHED = ProcessVariable.of("reached", Boolean.class);

	static final ProcessVariable<Object> DELIVERY_SCORE = ProcessVariable.of("deliveryScore", Object.class);

	static final ProcessVariable<Object> PRODUCT_SCORE = ProcessVariable.of("productScore", Object.class);

	static final ProcessVariable<Object> SERVICE_SCORE = ProcessVariable.of("serviceScore", Object.class);

	static final ProcessVariable<String> COMMENTS = ProcessVariable.of("callbackComments", String.class);

	static final ProcessVariable<Boolean> FOLLOW_UP_REQUESTED = ProcessVariable.of("followUpRequested", Boolean.class);

	/** SCORED, RETRY or UNREACHABLE, which the model routes on. */
	static final ProcessVariable<String> CALLBACK_OUTCOME = ProcessVariable.of("callbackOutcome", String.class);

	static final ProcessVariable<Boolean> FOLLOW_UP = ProcessVariable.of("followUp", Boolean.class);

	static final ProcessVariable<Date> RETRY_DUE = ProcessVariable.of("retryDue", Date.class);

	static final ProcessVariable<String> SCORES_TEXT = ProcessVariable.of("scoresText", String.class);

	static final ProcessVariable<String> FOLLOW_UP_OUTCOME = ProcessVariable.of("followUpOutcome", String.class);

	private DeliveryCallbackProcess() {
	}

	/** A score as the form or a client sent it: a number or its text. */
	static Integer score(Object value) {
		if (value instanceof Number number) {
			return number.intValue();
		}
		if (value != null && value.toString().trim().matches("\\d{1,2}")) {
			return Integer.valueOf(value.toString().trim());
		}
		return null;
	}

}
