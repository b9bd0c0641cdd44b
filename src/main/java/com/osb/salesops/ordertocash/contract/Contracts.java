package com.osb.salesops.ordertocash.contract;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.osb.salesops.ordertocash.documents.OrderDocuments;
import com.osb.salesops.ordertocash.order.Orders;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.numbering.DocumentNumbers;
import com.osb.salesops.shared.numbering.DocumentType;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.Messages;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An order's contract (HT): drafted from the order, signed, or voided when the order is
 * cancelled. One contract in force per order; a revised order keeps its draft.
 */
@Service
public class Contracts {

	private final JdbcTemplate jdbc;

	private final DocumentNumbers numbers;

	private final AuditLog audit;

	private final BusinessClock clock;

	private final OrderDocuments documents;

	private final Orders orders;

	Contracts(JdbcTemplate jdbc, DocumentNumbers numbers, AuditLog audit, BusinessClock clock, OrderDocuments documents,
			Orders orders) {
		this.orders = orders;
		this.documents = documents;
		this.clock = clock;
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.audit = audit;
	}

	/**
	 * Drafts the order's contract, or returns the draft it already has; either way the
	 * contract's PDF is made from the order as it now stands.
	 */
	@Transactional
	public String prepare(String orderNumber) {
		List<String> existing = this.jdbc.queryForList("select c.number from contract c join sales_order o"
				+ " on o.id = c.order_id where o.number = ? and c.status <> 'VOID'", String.class, orderNumber);
		if (!existing.isEmpty()) {
			this.documents.contract(orderNumber, existing.get(0));
			return existing.get(0);
		}
		String number = this.numbers.next(DocumentType.CONTRACT);
		this.jdbc.update("insert into contract (number, order_id, status)"
				+ " select ?, id, 'DRAFT' from sales_order where number = ?", number, orderNumber);
		this.audit.record(null, "CONTRACT_DRAFTED", "order", orderNumber, null, number);
		this.documents.contract(orderNumber, number);
		return number;
	}

	@Transactional
	public void sign(String orderNumber, String signedCopy, String recordedBy) {
		this.jdbc.update(
				"update contract set status = 'SIGNED', signed_copy = ?, signed_by = ?, signed_at = ?"
						+ " where order_id = (select id from sales_order where number = ?) and status = 'DRAFT'",
				signedCopy, recordedBy, this.clock.timestamp(), orderNumber);
		this.orders.status(orderNumber, "CONTRACT_SIGNED");
		this.audit.record(recordedBy, "CONTRACT_SIGNED", "order", orderNumber, null,
				Messages.text(Locale.ENGLISH, "audit-detail.CONTRACT_SIGNED", "copy: {0}", signedCopy));
	}

	@Transactional
	public void voidFor(String orderNumber) {
		int voided = this.jdbc.update(
				"update contract set status = 'VOID', voided_at = ?"
						+ " where order_id = (select id from sales_order where number = ?) and status <> 'VOID'",
				this.clock.timestamp(), orderNumber);
		if (voided > 0) {
			this.audit.record(null, "CONTRACT_VOIDED", "order", orderNumber, null, null);
		}
	}

}
