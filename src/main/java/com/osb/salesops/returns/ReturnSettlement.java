package com.osb.salesops.returns;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.osb.salesops.integration.warehouse.ReturnedGoods;
import com.osb.salesops.integration.warehouse.Warehouse;
import com.osb.salesops.returns.model.InspectionSheet;
import com.osb.salesops.returns.model.LineInspection;
import com.osb.salesops.returns.model.ReturnCredit;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.language.Localized;
import com.osb.salesops.shared.notification.Notifications;
import com.osb.salesops.shared.notification.Text;
import com.osb.salesops.shared.process.MoneyText;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.Messages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to an approved return (POLICY section 6): the warehouse inspects each
 * line, accepted units go back to stock or to scrap, the credit note is for the accepted
 * units at the line's net unit price rounded per line half even, and the customer and the
 * rep are told. Each effect happens once however often a step is retried.
 */
@Service
@Transactional
public class ReturnSettlement {

	private final ReturnStore store;

	private final Warehouse warehouse;

	private final CreditNotes creditNotes;

	private final AuditLog audit;

	private final Notifications notifications;

	private final BusinessClock clock;

	ReturnSettlement(ReturnStore store, Warehouse warehouse, CreditNotes creditNotes, AuditLog audit,
			Notifications notifications, BusinessClock clock) {
		this.store = store;
		this.warehouse = warehouse;
		this.creditNotes = creditNotes;
		this.audit = audit;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** The returned lines as a person reads them on a form, one a row. */
	public String linesText(String returnNumber) {
		StoredReturn stored = this.store.get(returnNumber);
		return this.store.returnLines(stored.id())
			.stream()
			.map((line) -> Messages.inCompanyLanguage("form-text.return-line",
					"Line {0}, {1} {2}: {3} at {4} each = {5}", line.lineNo(), line.sku(), line.name(), line.quantity(),
					MoneyText.figure(line.netUnitPrice()),
					MoneyText.of(ReturnCredit.lineAmount(line.quantity(), line.netUnitPrice()))))
			.collect(Collectors.joining("\n"));
	}

	/** The inspection a keeper starts from: every returned unit back to stock. */
	public String inspectionSheet(String returnNumber) {
		return InspectionSheet.allToStock(returned(this.store.get(returnNumber)), (line, units) -> Messages
			.inCompanyLanguage("form-text.inspection-row", "Line {0}: {1} to stock", line, units));
	}

	/**
	 * Records the keeper's inspection and the credit it gives.
	 * @return the credit note's amount, zero when every unit was refused
	 * @throws IllegalArgumentException naming every problem of the sheet
	 */
	public BigDecimal inspect(String returnNumber, String sheet, String inspectedBy) {
		StoredReturn stored = this.store.get(returnNumber);
		Map<Integer, StoredReturnLine> lines = new TreeMap<>();
		this.store.returnLines(stored.id()).forEach((line) -> lines.put(line.lineNo(), line));
		List<LineInspection> inspection = InspectionSheet.read(sheet, returned(stored));
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		List<String> detail = new ArrayList<>();
		for (LineInspection line : inspection) {
			BigDecimal credit = ReturnCredit.lineAmount(line.accepted(), lines.get(line.lineNo()).netUnitPrice());
			this.store.inspected(stored.id(), line, credit);
			total = total.add(credit);
			detail.add("line " + line.lineNo() + ": " + line.restock() + " to stock, " + line.scrap() + " scrapped, "
					+ line.refused() + " refused" + ((line.note() != null) ? " (" + line.note() + ")" : "")
					+ ", credit " + credit);
		}
		this.store.set(stored.id(), "inspected_by", inspectedBy);
		this.store.set(stored.id(), "credit_amount", total);
		this.store.status(stored.id(), "INSPECTED");
		this.audit.record(inspectedBy, "RETURN_INSPECTED", "return", returnNumber, stored.processInstanceId(),
				String.join("; ", detail) + "; credit note due " + total);
		return total;
	}

	/**
	 * Hands the inspected goods to the warehouse: units accepted to stock are on hand
	 * again.
	 */
	public void receiveGoods(String returnNumber) {
		StoredReturn stored = this.store.get(returnNumber);
		Map<String, int[]> bySku = new LinkedHashMap<>();
		for (StoredReturnLine line : this.store.returnLines(stored.id())) {
			int[] units = bySku.computeIfAbsent(line.sku(), (sku) -> new int[3]);
			units[0] += line.restock();
			units[1] += line.scrap();
			units[2] += line.refused();
		}
		List<ReturnedGoods> goods = bySku.entrySet()
			.stream()
			.map((entry) -> new ReturnedGoods(entry.getKey(), entry.getValue()[0], entry.getValue()[1],
					entry.getValue()[2]))
			.toList();
		this.warehouse.receiveReturn(returnNumber, stored.orderNumber(), goods);
		if ("INSPECTED".equals(stored.status())) {
			this.store.status(stored.id(), "RECEIVED");
		}
	}

	/** Issues the return's credit note once and records how it was applied. */
	public String issueCreditNote(String returnNumber) {
		StoredReturn stored = this.store.get(returnNumber);
		if (stored.creditNoteNumber() != null) {
			return stored.creditNoteNumber();
		}
		long customerId = this.store.order(stored.orderNumber()).orElseThrow().customerId();
		CreditNotes.Issued note = this.creditNotes.issueForReturn(
				new CreditNotes.Request(customerId, stored.orderNumber(), this.store.invoiceNumber(stored.orderId()),
						stored.creditAmount(), this.clock.today(), returnNumber));
		this.store.set(stored.id(), "credit_note_number", note.number());
		this.store.set(stored.id(), "applied_to_invoice", note.appliedToInvoice());
		this.store.set(stored.id(), "customer_credit", note.customerCredit());
		this.store.status(stored.id(), "CREDITED");
		this.audit.record(null, "CREDIT_NOTE_ISSUED", "return", returnNumber, stored.processInstanceId(),
				Messages.text(Locale.ENGLISH, "audit-detail.CREDIT_NOTE_ISSUED",
						"{0} {1} CNY for {2}: {3} CNY off the open invoice, {4} CNY customer credit", note.number(),
						stored.creditAmount().setScale(2).toPlainString(), returnNumber,
						note.appliedToInvoice().setScale(2).toPlainString(),
						note.customerCredit().setScale(2).toPlainString()));
		return note.number();
	}

	/** Closes the return and tells the rep and the customer what was credited. */
	public void close(String returnNumber) {
		StoredReturn stored = this.store.get(returnNumber);
		if ("CLOSED".equals(stored.status())) {
			return;
		}
		this.store.status(stored.id(), "CLOSED");
		this.store.set(stored.id(), "closed_on", Date.valueOf(this.clock.today()));
		String credit = (stored.creditNoteNumber() != null)
				? Messages.text(Locale.ENGLISH, "audit-detail.RETURN_CLOSED", "{0}: credit note {1} of {2} CNY",
						returnNumber, stored.creditNoteNumber(), stored.creditAmount().setScale(2).toPlainString())
				: Messages.text(Locale.ENGLISH, "audit-detail.RETURN_CLOSED.1",
						"{0}: no credit, every unit was refused at inspection", returnNumber);
		Text creditText = (stored.creditNoteNumber() != null)
				? Text.of("return-complete.credit", "credit note {0} of {1}", stored.creditNoteNumber(),
						MoneyText.of(stored.creditAmount()))
				: Text.of("return-complete.no-credit", "no credit: every unit was refused at inspection");
		List<Localized> lines = this.store.returnLines(stored.id())
			.stream()
			.map((line) -> (Localized) Text.of("return-complete.line", "Line {0}, {1} {2}: {3} at {4} each = {5}",
					String.valueOf(line.lineNo()), line.sku(), line.name(), String.valueOf(line.quantity()),
					MoneyText.figure(line.netUnitPrice()),
					MoneyText.of(ReturnCredit.lineAmount(line.quantity(), line.netUnitPrice()))))
			.toList();
		Localized linesText = (
				language) -> lines.stream().map((line) -> line.in(language)).collect(Collectors.joining("\n"));
		Text body = Text.of("return-complete.body", "The return {0} of order {1} is complete: {2}.\n{3}", returnNumber,
				stored.orderNumber(), creditText, linesText);
		List<String> recipients = new ArrayList<>(List.of(stored.repUserId()));
		if (stored.customerEmail() != null && !stored.customerEmail().isBlank()) {
			recipients.add(stored.customerEmail());
		}
		this.notifications.notify(stored.orderNumber(), recipients,
				Text.of("return-complete.subject", "Return {0} complete", returnNumber), body);
		this.audit.record(null, "RETURN_CLOSED", "return", returnNumber, stored.processInstanceId(), credit);
		this.audit.record(null, "RETURN_CLOSED", "order", stored.orderNumber(), null, credit);
	}

	private Map<Integer, Integer> returned(StoredReturn stored) {
		Map<Integer, Integer> returned = new TreeMap<>();
		this.store.returnLines(stored.id()).forEach((line) -> returned.put(line.lineNo(), line.quantity()));
		return returned;
	}

}
