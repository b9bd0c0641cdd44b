package com.osb.salesops.masterdata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.osb.salesops.receivables.OpeningBalances;
import com.osb.salesops.receivables.OpeningBalances.OpeningInvoice;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.stereotype.Service;

/**
 * Opening balances: the open invoices and those of the last 12 months, paid or not, one
 * per line, so that the first credit refresh rates every customer on its history.
 */
@Service
class OpeningBalanceImport {

	static final List<String> COLUMNS = List.of("customerCode", "invoiceNumber", "issueDate", "dueDate", "amount",
			"openAmount", "settledOn");

	private final CustomerFiles customers;

	private final OpeningBalances balances;

	private final AuditLog audit;

	private final BusinessClock clock;

	OpeningBalanceImport(CustomerFiles customers, OpeningBalances balances, AuditLog audit, BusinessClock clock) {
		this.customers = customers;
		this.balances = balances;
		this.audit = audit;
		this.clock = clock;
	}

	List<OpeningInvoice> check(CsvTable table) {
		List<OpeningInvoice> invoices = new ArrayList<>();
		OpeningRowChecks checks = new OpeningRowChecks(this.customers, "invoiceNumber", "invoice",
				this.balances::issuedHere, "opening-invoice-made-here", "is an invoice of an order in the application");
		LocalDate today = this.clock.today();
		for (CsvTable.Row row : table.rows()) {
			Long customer = checks.customer(row);
			String number = checks.number(row);
			LocalDate issued = row.pastDate("issueDate", true, today);
			LocalDate due = row.date("dueDate", true);
			BigDecimal amount = row.money("amount", true);
			BigDecimal open = row.money("openAmount", true);
			LocalDate settled = row.pastDate("settledOn", false, today);
			if (issued != null && due != null && due.isBefore(issued)) {
				row.problem("dueDate", "before-issue-date", "is before the issue date");
			}
			if (amount != null && open != null && open.compareTo(amount) > 0) {
				row.problem("openAmount", "more-than-amount", "is more than the amount {0}", amount);
			}
			if (open != null && open.signum() == 0 && settled == null) {
				row.problem("settledOn", "settled-required", "is required for an invoice paid in full");
			}
			if (open != null && open.signum() > 0 && settled != null) {
				row.problem("settledOn", "settled-while-open", "must be empty while part of the invoice is open");
			}
			if (settled != null && issued != null && settled.isBefore(issued)) {
				row.problem("settledOn", "before-issue-date", "is before the issue date");
			}
			if (customer != null && number != null && issued != null && due != null && amount != null && open != null) {
				invoices.add(new OpeningInvoice(number, customer, issued, due, amount, open, settled));
			}
		}
		return invoices;
	}

	ImportResult apply(List<OpeningInvoice> invoices, String actor) {
		int[] counts = new int[3];
		for (OpeningInvoice invoice : invoices) {
			Optional<OpeningInvoice> stored = this.balances.find(invoice.number());
			if (stored.isPresent() && stored.get().sameAs(invoice)) {
				counts[2]++;
				continue;
			}
			this.balances.post(invoice);
			counts[stored.isEmpty() ? 0 : 1]++;
			this.audit.record(actor, stored.isEmpty() ? "OPENING_BALANCE_IMPORTED" : "OPENING_BALANCE_CHANGED",
					"invoice", invoice.number(), null, invoice.toString());
		}
		return new ImportResult("opening-balances", invoices.size(), counts[0], counts[1], counts[2]);
	}

	List<List<String>> export() {
		Map<Long, String> codes = new HashMap<>();
		this.customers.all(null).forEach((account) -> codes.put(account.id(), account.code()));
		return this.balances.all()
			.stream()
			.map((i) -> java.util.Arrays.asList(codes.get(i.customerId()), i.number(), i.issueDate().toString(),
					i.dueDate().toString(), i.amount().toPlainString(), i.openAmount().toPlainString(),
					(i.settledOn() != null) ? i.settledOn().toString() : null))
			.toList();
	}

}
