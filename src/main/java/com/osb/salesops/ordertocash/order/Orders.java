package com.osb.salesops.ordertocash.order;

import java.sql.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.web.Messages;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The sales order tables.
 */
@Repository
public class Orders {

	/**
	 * The states an order is in, from submission to its end (archived, rejected or
	 * cancelled).
	 */
	public static final List<String> STATES = List.of("SUBMITTED", "REVISED", "CREDIT_HOLD", "CREDIT_CLEARED",
			"CONTRACT_SIGNED", "STOCK_RESERVED", "PAYMENT_RECEIVED", "DISPATCHED", "DELIVERED", "SHIPMENT_EXCEPTION",
			"INVOICED", "CLOSED", "REJECTED", "CANCELLED");

	/** The states an order ends in: archived, rejected or cancelled. */
	public static final List<String> END_STATES = List.of("CLOSED", "REJECTED", "CANCELLED");

	/** An order's state as the request's reader says it ("on credit hold", "信用冻结"). */
	public static String stateText(Object state) {
		return Messages.text("order-state." + state, String.valueOf(state).toLowerCase(Locale.ROOT));
	}

	private final JdbcTemplate jdbc;

	private final OrderTotals totals;

	private final AuditLog audit;

	Orders(JdbcTemplate jdbc, OrderTotals totals, AuditLog audit) {
		this.jdbc = jdbc;
		this.totals = totals;
		this.audit = audit;
	}

	long insert(String number, OrderSubmission order, String createdBy, java.time.LocalDate orderDate) {
		this.jdbc.update(
				"insert into sales_order (number, customer_id, rep_id, status, order_date, requested_date,"
						+ " total_amount, max_discount_percent, created_by, channel, delivery_address,"
						+ " receiving_contact, receiving_phone, unloading_hours, preferred_carrier)"
						+ " values (?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				number, order.customerId(), order.repId(), Date.valueOf(orderDate),
				(order.requestedDate() != null) ? Date.valueOf(order.requestedDate()) : null, order.total(),
				order.maxDiscountPercent(), createdBy, (order.channel() != null) ? order.channel().name() : null,
				delivery(order, OrderDelivery::address), delivery(order, OrderDelivery::receivingContact),
				delivery(order, OrderDelivery::receivingPhone), delivery(order, OrderDelivery::unloadingHours),
				delivery(order, OrderDelivery::preferredCarrier));
		long id = this.jdbc.queryForObject("select id from sales_order where number = ?", Long.class, number);
		insertLines(id, order);
		this.totals.followState(number);
		return id;
	}

	private void insertLines(long id, OrderSubmission order) {
		int lineNo = 0;
		for (OrderLine line : order.lines()) {
			this.jdbc.update(
					"insert into sales_order_line (order_id, line_no, product_id, quantity, unit_price,"
							+ " discount_percent, line_amount) values (?, ?, ?, ?, ?, ?, ?)",
					id, ++lineNo, line.productId(), line.quantity(), line.unitPrice(), line.discountPercent(),
					line.amount());
		}
	}

	void replaceLines(String number, OrderSubmission order) {
		long id = this.jdbc.queryForObject("select id from sales_order where number = ?", Long.class, number);
		this.jdbc.update("delete from sales_order_line where order_id = ?", id);
		insertLines(id, order);
		this.jdbc.update(
				"update sales_order set total_amount = ?, max_discount_percent = ?, requested_date = ?,"
						+ " channel = ?, delivery_address = ?, receiving_contact = ?, receiving_phone = ?,"
						+ " unloading_hours = ?, preferred_carrier = ?, revision = revision + 1 where id = ?",
				order.total(), order.maxDiscountPercent(),
				(order.requestedDate() != null) ? Date.valueOf(order.requestedDate()) : null,
				(order.channel() != null) ? order.channel().name() : null, delivery(order, OrderDelivery::address),
				delivery(order, OrderDelivery::receivingContact), delivery(order, OrderDelivery::receivingPhone),
				delivery(order, OrderDelivery::unloadingHours), delivery(order, OrderDelivery::preferredCarrier), id);
		this.totals.follow(number);
	}

	private static String delivery(OrderSubmission order, Function<OrderDelivery, String> part) {
		return (order.delivery() != null) ? part.apply(order.delivery()) : null;
	}

	/** The order's head row with customer and rep, or empty. */
	public Optional<Map<String, Object>> head(String number) {
		return this.jdbc.queryForList("select o.id, o.number, o.status, o.order_date, o.requested_date, o.currency,"
				+ " o.total_amount, o.max_discount_percent, o.payment_terms, o.credit_result, o.approval_level,"
				+ " o.committed_amount, o.process_instance_id, o.created_by, o.cancel_reason, o.customer_id,"
				+ " o.hold_released, o.shipment_exception, o.invoice_address, o.tax_number, o.revision, o.closed_at,"
				+ " o.channel, o.delivery_address, o.receiving_contact, o.receiving_phone, o.unloading_hours, o.preferred_carrier,"
				+ " c.code as customer_code, c.name as customer_name, r.id as rep_id, r.user_id as rep_user_id, r.name as rep_name,"
				+ " g.manager_user_id as region_manager, m.manager_user_id as market_manager"
				+ " from sales_order o join customer c on c.id = o.customer_id join sales_rep r on r.id = o.rep_id"
				+ " join region g on g.id = r.region_id join market m on m.id = g.market_id where o.number = ?", number)
			.stream()
			.findFirst();
	}

	public List<Map<String, Object>> lines(long orderId) {
		return this.jdbc.queryForList("select l.line_no, p.sku, p.name, l.quantity, l.unit_price, l.discount_percent,"
				+ " l.line_amount from sales_order_line l join product p on p.id = l.product_id where l.order_id = ?"
				+ " order by l.line_no", orderId);
	}

	public List<String> documentNumbers(String table, long orderId) {
		return this.jdbc.queryForList("select number from " + table + " where order_id = ? order by id", String.class,
				orderId);
	}

	/** The numbers a remote system gave the order's shipping notices or invoices. */
	public List<String> remoteReferences(String table, long orderId) {
		return this.jdbc.queryForList("select external_reference from " + table
				+ " where order_id = ? and external_reference is not null order by id", String.class, orderId);
	}

	public List<Map<String, Object>> timeline(String number) {
		this.audit.flush();
		return this.jdbc.queryForList("select occurred_at, actor, action, detail from audit_log"
				+ " where subject_type = 'order' and subject_id = ? order by id", number);
	}

	public OrderSummary summary(String number) {
		Map<String, Object> head = head(number)
			.orElseThrow(() -> new IllegalArgumentException("There is no order " + number));
		StringBuilder text = new StringBuilder();
		for (Map<String, Object> line : lines(((Number) head.get("id")).longValue())) {
			text.append(line.get("sku"))
				.append(' ')
				.append(line.get("name"))
				.append(": ")
				.append(line.get("quantity"))
				.append(" x ")
				.append(line.get("unit_price"))
				.append(" less ")
				.append(line.get("discount_percent"))
				.append("% = ")
				.append(line.get("line_amount"))
				.append('\n');
		}
		return new OrderSummary(number, ((Number) head.get("customer_id")).longValue(),
				(String) head.get("customer_code"), (String) head.get("customer_name"),
				(String) head.get("rep_user_id"), (java.math.BigDecimal) head.get("total_amount"),
				(java.math.BigDecimal) head.get("max_discount_percent"), (String) head.get("payment_terms"),
				(java.math.BigDecimal) head.get("committed_amount"), text.toString().trim());
	}

	/**
	 * Locks the order's row until the transaction ends, so that a step calling another
	 * system for the order and a step closing it take turns.
	 */
	void lock(String number) {
		this.jdbc.queryForList("select id from sales_order where number = ? for update", Long.class, number);
	}

	/**
	 * The order's status after locking its row: whoever closes the order has committed.
	 */
	public String lockedStatus(String number) {
		return this.jdbc.queryForObject("select status from sales_order where number = ? for update", String.class,
				number);
	}

	/** Updates one column of the order; the column names come from this package only. */
	void set(String number, String column, Object value) {
		this.jdbc.update("update sales_order set " + column + " = ? where number = ?", value, number);
	}

	public void status(String number, String status) {
		this.jdbc.update("update sales_order set status = ? where number = ?", status, number);
		this.totals.followState(number);
	}

	void processInstance(String number, String processInstanceId) {
		this.jdbc.update("update sales_order set process_instance_id = ? where number = ?", processInstanceId, number);
	}

}
