package com.osb.salesops.integration.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.numbering.DocumentNumbers;
import com.osb.salesops.shared.numbering.DocumentType;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.Messages;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warehouse kept as a stock ledger in the application's own database, so the product
 * works without an external warehouse system. Every call first locks the order's row, so
 * two calls for one order run one after the other; stock rows are locked in product id
 * order, so two orders competing for the same products cannot deadlock. A shortage is
 * found before anything is written: the caller turns it into a BPMN error, which does not
 * roll the transaction back.
 */
@Component
@ConditionalOnProperty(name = "salesops.integration.mode", havingValue = "ledger", matchIfMissing = true)
@Transactional
class LedgerWarehouse implements Warehouse {

	private static final String RESERVED = "RESERVED";

	private final JdbcTemplate jdbc;

	private final DocumentNumbers numbers;

	private final AuditLog audit;

	private final BusinessClock clock;

	LedgerWarehouse(JdbcTemplate jdbc, DocumentNumbers numbers, AuditLog audit, BusinessClock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.audit = audit;
	}

	@Override
	public void reserve(String orderNumber) throws OutOfStockException {
		LockedOrder order = lockOrder(orderNumber);
		Integer held = this.jdbc.queryForObject(
				"select count(*) from stock_reservation where order_id = ?" + " and status in ('RESERVED', 'SHIPPED')",
				Integer.class, order.id());
		if (held != null && held > 0) {
			return;
		}
		lockProducts("select product_id from sales_order_line where order_id = ?", order.id());
		List<StockNeed> needs = this.jdbc.query(
				"select p.id, p.sku, p.stock_on_hand - p.stock_reserved, l.quantity"
						+ " from product p join (select product_id, sum(quantity) as quantity from sales_order_line"
						+ " where order_id = ? group by product_id) l on l.product_id = p.id order by p.id",
				(rs, row) -> new StockNeed(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)), order.id());
		List<String> shortSkus = needs.stream().filter(StockNeed::isShort).map(StockNeed::sku).toList();
		if (!shortSkus.isEmpty()) {
			throw new OutOfStockException(shortSkus);
		}
		for (StockNeed need : needs) {
			this.jdbc.update("update product set stock_reserved = stock_reserved + ? where id = ?", need.quantity(),
					need.productId());
			int reused = this.jdbc.update(
					"update stock_reservation set quantity = ?, status = 'RESERVED'"
							+ " where order_id = ? and product_id = ? and status = 'RELEASED'",
					need.quantity(), order.id(), need.productId());
			if (reused == 0) {
				this.jdbc.update("insert into stock_reservation (order_id, product_id, quantity, status)"
						+ " values (?, ?, ?, 'RESERVED')", order.id(), need.productId(), need.quantity());
			}
		}
		record(order, "STOCK_RESERVED",
				needs.stream().map((need) -> need.sku() + " x " + need.quantity()).collect(Collectors.joining(", ")));
	}

	@Override
	public String issueShippingNotice(String orderNumber) {
		return issueShippingNotice(orderNumber, () -> null);
	}

	/**
	 * Issues the shipping notice under an SC number of its own, once per order; a remote
	 * system's number, asked for only when the order has no notice yet, is kept as its
	 * reference. The order's row is locked only after the remote system has answered, so
	 * that events about the order are not held up for as long as that call takes.
	 */
	String issueShippingNotice(String orderNumber, Supplier<String> remoteReference) {
		String issued = "select s.number from shipment s join sales_order o on o.id = s.order_id where o.number = ?"
				+ " order by s.id";
		List<String> existing = this.jdbc.queryForList(issued, String.class, orderNumber);
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		String reference = remoteReference.get();
		LockedOrder order = lockOrder(orderNumber);
		existing = this.jdbc.queryForList(issued, String.class, orderNumber);
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		String number = this.numbers.next(DocumentType.SHIPPING_NOTICE);
		this.jdbc.update(
				"insert into shipment (number, order_id, status, external_reference) values (?, ?, 'NOTIFIED', ?)",
				number, order.id(), reference);
		record(order, "SHIPPING_NOTICE_ISSUED", (reference != null)
				? Messages.text(Locale.ENGLISH, "audit-detail.with-reference", "{0} (reference {1})", number, reference)
				: number);
		return number;
	}

	@Override
	public void dispatch(String orderNumber, String carrier, String trackingNumber) {
		LockedOrder order = lockOrder(orderNumber);
		String status = shipmentStatus(order, "dispatch-without-notice", "dispatched");
		if ("DISPATCHED".equals(status) || "DELIVERED".equals(status)) {
			return;
		}
		List<Map<String, Object>> reserved = reservedStock(order);
		if (reserved.isEmpty()) {
			throw new IllegalStateException(Messages.incident("dispatch-without-stock",
					"Order {0} cannot be dispatched: no stock is reserved", orderNumber));
		}
		for (Map<String, Object> line : reserved) {
			this.jdbc.update("update product set stock_on_hand = stock_on_hand - ?, stock_reserved = stock_reserved - ?"
					+ " where id = ?", line.get("quantity"), line.get("quantity"), line.get("product_id"));
		}
		this.jdbc.update("update stock_reservation set status = 'SHIPPED' where order_id = ? and status = ?",
				order.id(), RESERVED);
		this.jdbc.update(
				"update shipment set status = 'DISPATCHED', carrier = ?, tracking_number = ?,"
						+ " dispatched_at = ? where order_id = ?",
				carrier, trackingNumber, this.clock.timestamp(), order.id());
		record(order, "DISPATCHED", carrier + " " + trackingNumber);
	}

	@Override
	public void confirmDelivery(String orderNumber) {
		LockedOrder order = lockOrder(orderNumber);
		String status = shipmentStatus(order, "delivery-without-notice", "delivered");
		if ("DELIVERED".equals(status)) {
			return;
		}
		if (!"DISPATCHED".equals(status)) {
			throw new IllegalStateException(Messages.incident("delivery-not-dispatched",
					"Order {0} cannot be delivered: it is not dispatched", orderNumber));
		}
		this.jdbc.update("update shipment set status = 'DELIVERED', delivered_at = ? where order_id = ?",
				this.clock.timestamp(), order.id());
		record(order, "DELIVERED", null);
	}

	@Override
	public void release(String orderNumber) {
		LockedOrder order = lockOrder(orderNumber);
		List<Map<String, Object>> reserved = reservedStock(order);
		if (reserved.isEmpty()) {
			return;
		}
		List<String> released = new ArrayList<>();
		for (Map<String, Object> line : reserved) {
			this.jdbc.update("update product set stock_reserved = stock_reserved - ? where id = ?",
					line.get("quantity"), line.get("product_id"));
			released.add(line.get("sku") + " x " + line.get("quantity"));
		}
		this.jdbc.update("update stock_reservation set status = 'RELEASED' where order_id = ? and status = ?",
				order.id(), RESERVED);
		record(order, "STOCK_RELEASED", String.join(", ", released));
	}

	@Override
	public void announceRelease(String orderNumber) {
		// the ledger is the warehouse: its release is the one in the cancellation
	}

	@Override
	public void withdrawReservation(String orderNumber) {
		release(orderNumber);
	}

	@Override
	public void receiveReturn(String returnNumber, String orderNumber, List<ReturnedGoods> goods) {
		LockedOrder order = lockOrder(orderNumber);
		Integer received = this.jdbc.queryForObject("select count(*) from stock_return_receipt where return_number = ?",
				Integer.class, returnNumber);
		if (received != null && received > 0) {
			return;
		}
		List<ReturnedGoods> sorted = goods.stream().sorted(java.util.Comparator.comparing(ReturnedGoods::sku)).toList();
		for (ReturnedGoods line : sorted) {
			if (line.restock() > 0) {
				this.jdbc.queryForList("select id from product where sku = ? for update", Long.class, line.sku());
				this.jdbc.update("update product set stock_on_hand = stock_on_hand + ? where sku = ?", line.restock(),
						line.sku());
			}
		}
		String detail = sorted.stream()
			.map((line) -> Messages.text(Locale.ENGLISH, "audit-detail.RETURN_RECEIVED.part",
					"{0} restock {1}, scrap {2}, refused {3}", line.sku(), line.restock(), line.scrap(),
					line.refused()))
			.collect(Collectors.joining("; "));
		this.jdbc.update(
				"insert into stock_return_receipt (return_number, order_id, received_at, detail) values (?, ?, ?, ?)",
				returnNumber, order.id(), this.clock.timestamp(), detail);
		record(order, "RETURN_RECEIVED",
				Messages.text(Locale.ENGLISH, "audit-detail.RETURN_RECEIVED", "{0}: {1}", returnNumber, detail));
	}

	private LockedOrder lockOrder(String orderNumber) {
		return this.jdbc
			.query("select id, process_instance_id from sales_order where number = ? for update",
					(rs, row) -> new LockedOrder(rs.getLong(1), orderNumber, rs.getString(2)), orderNumber)
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No order " + orderNumber));
	}

	/** Locks the products the sub-query names, in id order. */
	private void lockProducts(String productIds, long orderId) {
		this.jdbc.queryForList("select id from product where id in (" + productIds + ") order by id for update",
				Long.class, orderId);
	}

	private List<Map<String, Object>> reservedStock(LockedOrder order) {
		lockProducts("select product_id from stock_reservation where order_id = ? and status = 'RESERVED'", order.id());
		return this.jdbc.queryForList("select r.product_id, r.quantity, p.sku from stock_reservation r"
				+ " join product p on p.id = r.product_id where r.order_id = ? and r.status = ? order by r.product_id",
				order.id(), RESERVED);
	}

	private String shipmentStatus(LockedOrder order, String code, String step) {
		return this.jdbc
			.queryForList("select status from shipment where order_id = ? order by id", String.class, order.id())
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(Messages.incident(code,
					"Order {0} cannot be " + step + ": no shipping notice has been issued", order.number())));
	}

	private void record(LockedOrder order, String action, String detail) {
		this.audit.record(null, action, "order", order.number(), order.processInstanceId(), detail);
	}

	private record LockedOrder(long id, String number, String processInstanceId) {
	}

	private record StockNeed(long productId, String sku, int available, int quantity) {

		boolean isShort() {
			return this.quantity > this.available;
		}

	}

}
