package com.osb.salesops.ordertocash.invoicing;

import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.integration.finance.Finance;
import com.osb.salesops.masterdata.CustomerAccounts;
import com.osb.salesops.ordertocash.documents.OrderDocuments;
import com.osb.salesops.ordertocash.order.OrderCredit;
import com.osb.salesops.ordertocash.order.OrderSummary;
import com.osb.salesops.ordertocash.order.Orders;
import com.osb.salesops.receivables.Receivables;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.documents.GeneratedDocument;
import com.osb.salesops.shared.notification.Notifications;
import com.osb.salesops.shared.notification.Text;
import com.osb.salesops.shared.process.MoneyText;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoicing an order: the customer's invoicing details, the invoice (FP) and its open
 * item through finance, and the confirmation that the customer received it. Once
 * invoiced, the order's amount moves from committed orders to receivables, and the
 * customer's first invoiced order starts its years as a customer.
 */
@Service
public class Invoicing {

	private final Finance finance;

	private final OrderCredit credit;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final BusinessClock clock;

	private final CustomerAccounts customers;

	private final Receivables receivables;

	private final OrderDocuments documents;

	private final Notifications notifications;

	private final Orders orders;

	Invoicing(Finance finance, OrderCredit credit, JdbcTemplate jdbc, AuditLog audit, BusinessClock clock,
			CustomerAccounts customers, Receivables receivables, OrderDocuments documents, Notifications notifications,
			Orders orders) {
		this.documents = documents;
		this.notifications = notifications;
		this.orders = orders;
		this.receivables = receivables;
		this.clock = clock;
		this.customers = customers;
		this.finance = finance;
		this.credit = credit;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional
	public void saveDetails(String orderNumber, String invoiceAddress, String taxNumber) {
		this.jdbc.update("update sales_order set invoice_address = ?, tax_number = ? where number = ?", invoiceAddress,
				taxNumber, orderNumber);
		this.audit.record(null, "INVOICING_DETAILS_FILED", "order", orderNumber, null,
				invoiceAddress + " / " + taxNumber);
	}

	@Transactional
	public String issue(String orderNumber) {
		String invoiceNumber = this.finance.issueInvoice(orderNumber);
		this.finance.postReceivable(invoiceNumber);
		this.credit.releaseCommitment(orderNumber);
		this.orders.status(orderNumber, "INVOICED");
		this.jdbc.query("select customer_id, order_date from sales_order where number = ?",
				(RowCallbackHandler) (rs) -> this.customers.recordFirstOrder(rs.getLong(1), rs.getDate(2).toLocalDate(),
						orderNumber),
				orderNumber);
		mail(orderNumber, invoiceNumber, this.documents.invoice(orderNumber, invoiceNumber));
		return invoiceNumber;
	}

	/**
	 * The invoice mail (POLICY 3.8) with the invoice's PDF, to the customer when its file
	 * has an address, and to the sales assistants who confirm its receipt.
	 */
	private void mail(String orderNumber, String invoiceNumber, GeneratedDocument pdf) {
		OrderSummary order = this.orders.summary(orderNumber);
		List<String> recipients = new ArrayList<>();
		this.customers.email(order.customerCode()).ifPresent(recipients::add);
		recipients.add(Roles.SALES_ASSISTANT);
		this.notifications
			.notify(orderNumber, recipients,
					Text.of("invoice.subject", "Invoice {0} for order {1}", invoiceNumber, orderNumber),
					Text.of("invoice.body", "Dear {0},\n\nplease find attached invoice {1} for order {2}, {3}.\n",
							order.customerName(), invoiceNumber, orderNumber, MoneyText.of(order.total())),
					List.of(pdf));
	}

	@Transactional
	public void confirmReceipt(String orderNumber, String confirmedBy) {
		this.jdbc.queryForList("select id from sales_order where number = ?", Long.class, orderNumber)
			.forEach(this.receivables::recordInvoiceReceipt);
		this.audit.record(confirmedBy, "INVOICE_RECEIVED", "order", orderNumber, null, null);
	}

}
