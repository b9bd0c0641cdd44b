package com.osb.salesops.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.osb.salesops.receivables.OpeningBalances;
import com.osb.salesops.receivables.OpeningBalances.OpeningInvoice;
import com.osb.salesops.shared.numbering.DocumentNumbers;
import com.osb.salesops.shared.numbering.DocumentType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a demo customer's invoices, payments and open items: one invoice a month over
 * the last 13 months (NET30), each paid the customer's usual days late, and for a
 * customer in arrears one invoice still open long past its due date.
 */
@Component
@ConditionalOnProperty(name = "salesops.demo.enabled", havingValue = "true")
class DemoLedger {

	private static final int NET_DAYS = 30;

	private final JdbcTemplate jdbc;

	private final DocumentNumbers numbers;

	private final OpeningBalances balances;

	DemoLedger(JdbcTemplate jdbc, DocumentNumbers numbers, OpeningBalances balances) {
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.balances = balances;
	}

	void history(DemoCustomer customer, LocalDate firstOrder, LocalDate today) {
		long customerId = this.jdbc.queryForObject("select id from customer where code = ?", Long.class,
				customer.code());
		for (int monthsBack = 13; monthsBack >= 1; monthsBack--) {
			LocalDate issued = today.minusMonths(monthsBack).withDayOfMonth(5);
			if (issued.isBefore(firstOrder)) {
				continue;
			}
			BigDecimal amount = customer.monthlySales().add(BigDecimal.valueOf((monthsBack % 3 - 1) * 1000L));
			LocalDate due = issued.plusDays(NET_DAYS);
			LocalDate paid = due.plusDays(customer.daysLate());
			invoice(customerId, issued, amount, paid.isBefore(today) ? paid : null);
		}
		if (customer.overdueDays() > 0) {
			LocalDate due = today.minusDays(customer.overdueDays());
			invoice(customerId, due.minusDays(NET_DAYS), customer.monthlySales(), null);
		}
	}

	private void invoice(long customerId, LocalDate issued, BigDecimal amount, LocalDate paidOn) {
		LocalDate due = issued.plusDays(NET_DAYS);
		String number = this.numbers.next(DocumentType.INVOICE, issued);
		this.balances.post(new OpeningInvoice(number, customerId, issued, due, amount,
				(paidOn != null) ? BigDecimal.ZERO : amount, paidOn));
		if (paidOn != null) {
			this.balances.postReceipt(number, this.numbers.next(DocumentType.PAYMENT_RECEIPT, paidOn), paidOn, amount);
		}
	}

}
