package com.osb.salesops.receivables.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.osb.salesops.shared.web.Money;
import com.osb.salesops.shared.web.PlausibleDate;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A customer payment as finance reports it.
 *
 * @param customerCode the paying customer
 * @param invoiceNumbers the invoices it pays, in order; none to allocate oldest due first
 * @param amount the amount received
 * @param reference the bank or remittance reference (the same again is the same payment)
 * @param receivedOn the day received, today when absent
 */
record PaymentRequest(
		@NotBlank(message = "{salesops.required}") @Size(max = 20, message = "{salesops.length}") String customerCode,
		@Size(max = 50,
				message = "{salesops.list-size}") List<@NotBlank(message = "{salesops.required}") @Size(max = 24,
						message = "{salesops.length}") String> invoiceNumbers,
		@NotNull(message = "{salesops.required}") @Money @DecimalMin(value = "0.01",
				message = "{salesops.min}") BigDecimal amount,
		@NotBlank(message = "{salesops.required}") @Size(max = 100, message = "{salesops.length}") String reference,
		@PlausibleDate LocalDate receivedOn) {
}
