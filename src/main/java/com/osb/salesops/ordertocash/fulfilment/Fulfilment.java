package com.osb.salesops.ordertocash.fulfilment;

import com.osb.salesops.integration.warehouse.OutOfStockException;
import com.osb.salesops.integration.warehouse.Warehouse;
import com.osb.salesops.ordertocash.documents.OrderDocuments;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warehouse side of an order: reservation, shipping notice, dispatch and delivery,
 * keeping the order's status in step.
 */
@Service
public class Fulfilment {

	private final Warehouse warehouse;

	private final JdbcTemplate jdbc;

	private final OrderDocuments documents;

	Fulfilment(Warehouse warehouse, JdbcTemplate jdbc, OrderDocuments documents) {
		this.documents = documents;
		this.warehouse = warehouse;
		this.jdbc = jdbc;
	}

	@Transactional
	public void reserve(String orderNumber) throws OutOfStockException {
		this.warehouse.reserve(orderNumber);
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
	}

	@Transactional
	public void confirmDelivery(String orderNumber) {
		this.warehouse.confirmDelivery(orderNumber);
	}

	@Transactional
	public void release(String orderNumber) {
		this.warehouse.release(orderNumber);
	}

	private void status(String orderNumber, String status) {
		this.jdbc.update("update sales_order set status = ? where number = ?", status, orderNumber);
	}

}
