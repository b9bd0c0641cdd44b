package com.osb.salesops.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.osb.salesops.shared.numbering.DocumentNumbers;
import com.osb.salesops.shared.numbering.DocumentType;

/**
 * A demo customer's invoices and payments as the opening-balance and opening-payment
 * files hold them: one invoice a month over the last 13 months (NET30), each paid the
 * customer's usual days late, and for a customer in arrears one invoice still open long
 * past its due date. The demo company imports these files as a department imports its
 * own.
 */
class DemoLedger {

	static final String BALANCES_HEADER = "customerCode,invoiceNumber,issueDate,dueDate,amount,openAmount,settledOn\n";

	static final String PAYMENTS_HEADER = "customerCode,receiptNumber,receivedOn,amount,invoiceNumber\n";

	private static final int NET_DAYS = 30;

	private final DocumentNumbers numbers;

	private final StringBuilder balances = new StringBuilder(BALANCES_HEADER);

	private final StringBuilder payments = new StringBuilder(PAYMENTS_HEADER);

	DemoLedger(DocumentNumbers numbers) {
		this.numbers = numbers;
	}

	/** Adds the customer's history, up to yesterday, to the files. */
	void history(DemoCustomer customer, LocalDate firstOrder, LocalDate today) {
		for (int monthsBack = 13; monthsBack >= 1; monthsBack--) {
			LocalDate issued = today.minusMonths(monthsBack).withDayOfMonth(5);
			if (issued.isBefore(firstOrder)) {
				continue;
			}
			BigDecimal amount = customer.monthlySales().add(BigDecimal.valueOf((monthsBack % 3 - 1) * 1000L));
			LocalDate due = issued.plusDays(NET_DAYS);
			LocalDate paid = due.plusDays(customer.daysLate());
			invoice(customer.code(), issued, amount, paid.isBefore(today) ? paid : null);
		}
		if (customer.overdueDays() > 0) {
			LocalDate due = today.minusDays(customer.overdueDays());
			invoice(customer.code(), due.minusDays(NET_DAYS), customer.monthlySales(), null);
		}
	}

	/** The opening-balances file of every customer added. */
	String balances() {
		return this.balances.toString();
	}

	/** The opening-payments file of every customer added. */
	String payments() {
		return this.payments.toString();
	}

	private void invoice(String customerCode, LocalDate issued, BigDecimal amount, LocalDate paidOn) {
		LocalDate due = issued.plusDays(NET_DAYS);
		String number = this.numbers.next(DocumentType.INVOICE, issued);
		String money = amount.setScale(2).toPlainString();
		this.balances.append(String.join(",", customerCode, number, issued.toString(), due.toString(), money,
				(paidOn != null) ? "0.00" : money, (paidOn != null) ? paidOn.toString() : ""))
			.append('\n');
		if (paidOn != null) {
			String receipt = this.numbers.next(DocumentType.PAYMENT_RECEIPT, paidOn);
			this.payments.append(String.join(",", customerCode, receipt, paidOn.toString(), money, number))
				.append('\n');
		}
	}

}
