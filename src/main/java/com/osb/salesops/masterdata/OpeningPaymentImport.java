package com.osb.salesops.masterdata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.osb.salesops.receivables.OpeningBalances;
import com.osb.salesops.receivables.OpeningBalances.OpeningInvoice;
import com.osb.salesops.receivables.OpeningBalances.OpeningReceipt;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.stereotype.Service;

/**
 * The payments received in the last 12 months before the application, one receipt per
 * line, each naming the opening invoice it paid when there is one. What is still open is
 * said by the opening invoices; the receipts complete the customer's statement of
 * account.
 */
@Service
class OpeningPaymentImport {

	static final List<String> COLUMNS = List.of("customerCode", "receiptNumber", "receivedOn", "amount",
			"invoiceNumber");

	private final CustomerFiles customers;

	private final OpeningBalances balances;

	private final AuditLog audit;

	private final BusinessClock clock;

	OpeningPaymentImport(CustomerFiles customers, OpeningBalances balances, AuditLog audit, BusinessClock clock) {
		this.customers = customers;
		this.balances = balances;
		this.audit = audit;
		this.clock = clock;
	}

	List<OpeningReceipt> check(CsvTable table) {
		List<OpeningReceipt> receipts = new ArrayList<>();
		OpeningRowChecks checks = new OpeningRowChecks(this.customers, "receiptNumber", "receipt",
				this.balances::receivedHere, "opening-receipt-made-here", "is a receipt recorded in the application");
		for (CsvTable.Row row : table.rows()) {
			Long customer = checks.customer(row);
			String number = checks.number(row);
			LocalDate received = row.pastDate("receivedOn", true, this.clock.today());
			BigDecimal amount = row.money("amount", true);
			String invoice = row.text("invoiceNumber", 24, false);
			if (amount != null && amount.signum() == 0) {
				row.problem("amount", "more-than-zero", "must be more than 0");
			}
			if (invoice != null) {
				Optional<OpeningInvoice> paid = this.balances.find(invoice);
				if (paid.isEmpty()) {
					row.problem("invoiceNumber", "csv-no-such-opening-invoice",
							"there is no opening invoice ''{0}''; import the opening balances first", invoice);
				}
				else if (customer != null && paid.get().customerId() != customer) {
					row.problem("invoiceNumber", "invoice-of-another-customer", "is an invoice of another customer");
				}
			}
			if (customer != null && number != null && received != null && amount != null) {
				receipts.add(new OpeningReceipt(number, customer, received, amount, invoice));
			}
		}
		return receipts;
	}

	ImportResult apply(List<OpeningReceipt> receipts, String actor) {
		int[] counts = new int[3];
		for (OpeningReceipt receipt : receipts) {
			Optional<OpeningReceipt> stored = this.balances.receipt(receipt.number());
			if (stored.isPresent() && stored.get().sameAs(receipt)) {
				counts[2]++;
				continue;
			}
			this.balances.post(receipt);
			counts[stored.isEmpty() ? 0 : 1]++;
			this.audit.record(actor, stored.isEmpty() ? "OPENING_PAYMENT_IMPORTED" : "OPENING_PAYMENT_CHANGED",
					"payment", receipt.number(), null, receipt.toString());
		}
		return new ImportResult("opening-payments", receipts.size(), counts[0], counts[1], counts[2]);
	}

	List<List<String>> export() {
		Map<Long, String> codes = new HashMap<>();
		this.customers.all(null).forEach((account) -> codes.put(account.id(), account.code()));
		return this.balances.receipts()
			.stream()
			.map((r) -> Arrays.asList(codes.get(r.customerId()), r.number(), r.receivedOn().toString(),
					r.amount().toPlainString(), r.invoiceNumber()))
			.toList();
	}

}
