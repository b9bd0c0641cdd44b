package com.osb.salesops.receivables.api;

import java.util.List;

import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.RequestCheck;

import org.springframework.stereotype.Component;

/**
 * The rule of a payment that needs today's date: it is reported once it came in, so the
 * day it was received is not after today. Answered with the body's other problems.
 */
@Component
class PaymentRequestCheck implements RequestCheck<PaymentRequest> {

	private final BusinessClock clock;

	PaymentRequestCheck(BusinessClock clock) {
		this.clock = clock;
	}

	@Override
	public List<FieldError> check(PaymentRequest request) {
		if (request.receivedOn() != null && request.receivedOn().isAfter(this.clock.today())) {
			return List.of(FieldError.of("receivedOn", "after-today", "is after today"));
		}
		return List.of();
	}

}
