package com.osb.salesops.ordertocash.fulfilment;

import java.util.Set;

import com.osb.salesops.integration.warehouse.OutOfStockException;
import com.osb.salesops.integration.warehouse.Warehouse;
import com.osb.salesops.ordertocash.order.OrderPayments;
import com.osb.salesops.ordertocash.order.Orders;
import com.osb.salesops.ordertocash.documents.OrderDocuments;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warehouse side of an order: reservation, shipping notice, dispatch and delivery,
 * keeping the order's status in step; an order shipped before payment becomes a
 * receivable at dispatch.
 */
@Service
public class Fulfilment {

	private final Warehouse warehouse;

	private static final Set<String> CLOSED = Set.of("CANCELLED", "REJECTED");

	private final Orders orders;

	private final OrderDocuments documents;

	private final OrderPayments payments;

	Fulfilment(Warehouse warehouse, Orders orders, OrderDocuments documents, OrderPayments payments) {
		this.payments = payments;
		this.documents = documents;
		this.warehouse = warehouse;
		this.orders = orders;
	}

	@Transactional
	public void reserve(String orderNumber) throws OutOfStockException {
		this.warehouse.reserve(orderNumber);
		if (CLOSED.contains(this.orders.lockedStatus(orderNumber))) {
			// The order was cancelled while the warehouse was reserving: its release came
			// before the reservation, so this step takes the reservation back itself
			this.warehouse.withdrawReservation(orderNumber);
			return;
		}
		status(orderNumber, "STOCK_RESERVED");
	}

	@Transactional
	public String issueShippingNotice(String orderNumber) {
		String number = this.warehouse.issueShippingNotice(orderNumber);
		this.documents.shippingNotice(orderNumber, number);
		return number;
	}

	@Transactional
	public void dispatch(String orderNumber, String carrier, String trackingNumber) {
		this.warehouse.dispatch(orderNumber, carrier, trackingNumber);
		status(orderNumber, "DISPATCHED");
		this.payments.shipped(orderNumber);
	}

	@Transactional
	public void confirmDelivery(String orderNumber) {
		this.warehouse.confirmDelivery(orderNumber);
	}

	@Transactional
	public void release(String orderNumber) {
		this.warehouse.release(orderNumber);
	}

	/** Tells the warehouse of a cancelled order's release, after the cancellation. */
	@Transactional
	public void announceRelease(String orderNumber) {
		this.warehouse.announceRelease(orderNumber);
	}

	private void status(String orderNumber, String status) {
		this.orders.status(orderNumber, status);
	}

}
