package com.osb.salesops.ordertocash.invoicing;

import java.time.Instant;

import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.integration.finance.Finance;
import com.osb.salesops.masterdata.CustomerAccounts;
import com.osb.salesops.ordertocash.order.OrderCredit;
import com.osb.salesops.receivables.Receivables;
import com.osb.salesops.shared.audit.AuditLog;

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

	Invoicing(Finance finance, OrderCredit credit, JdbcTemplate jdbc, AuditLog audit, BusinessClock clock,
			CustomerAccounts customers, Receivables receivables) {
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
		this.jdbc.update("update sales_order set status = 'INVOICED' where number = ?", orderNumber);
		this.jdbc.query("select customer_id, order_date from sales_order where number = ?",
				(RowCallbackHandler) (rs) -> this.customers.recordFirstOrder(rs.getLong(1), rs.getDate(2).toLocalDate(),
						orderNumber),
				orderNumber);
		return invoiceNumber;
	}

	@Transactional
	public void confirmReceipt(String orderNumber, String confirmedBy) {
		this.jdbc.queryForList("select id from sales_order where number = ?", Long.class, orderNumber)
			.forEach(this.receivables::recordInvoiceReceipt);
		this.audit.record(confirmedBy, "INVOICE_RECEIVED", "order", orderNumber, null, null);
	}

}
