package com.osb.salesops.receivables.api;

import java.util.Map;

import com.osb.salesops.receivables.UnallocatedPayments.ReportedPayment;
import com.osb.salesops.receivables.process.PaymentIntake;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.time.BusinessClock;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments finance reports by customer and invoice, outside any order. One naming an
 * unknown customer or invoice is answered 422 with each such field, and is kept in the
 * unallocated queue for finance to allocate in Tasklist.
 */
@RestController
class PaymentController {

	private final PaymentIntake intake;

	private final CurrentUser currentUser;

	private final BusinessClock clock;

	PaymentController(PaymentIntake intake, CurrentUser currentUser, BusinessClock clock) {
		this.intake = intake;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@PostMapping("/api/receivables/payments")
	@ResponseStatus(HttpStatus.CREATED)
	@AllowedRoles({ Roles.FINANCE })
	Map<String, Object> pay(@Valid @RequestBody PaymentRequest request) {
		ReportedPayment payment = new ReportedPayment(request.customerCode(), request.invoiceNumbers(),
				request.amount(), request.reference(),
				(request.receivedOn() != null) ? request.receivedOn() : this.clock.today());
		return Map.of("receipt", this.intake.receive(payment, this.currentUser.id()));
	}

}
