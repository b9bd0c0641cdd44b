package com.osb.salesops.integration.warehouse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.integration.IntegrationProperties;
import com.osb.salesops.integration.RemoteCallException;
import com.osb.salesops.integration.RemoteSystem;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.numbering.DocumentNumbers;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A warehouse system reached over HTTP. It decides whether stock can be reserved and
 * issues the shipping notice, whose number it answers is kept as the notice's reference
 * beside the notice's own SC number; the stock ledger in the application's database
 * mirrors what it did, so stock and documents can be read locally. Dispatch and delivery
 * are reported by the warehouse through the order's events and are only recorded here.
 */
@Component
@ConditionalOnProperty(name = "salesops.integration.mode", havingValue = "http")
@Transactional
class HttpWarehouse implements Warehouse {

	private static final int OUT_OF_STOCK = 409;

	private static final ObjectMapper JSON = new ObjectMapper();

	private final RemoteSystem remote;

	private final LedgerWarehouse ledger;

	private final JdbcTemplate jdbc;

	HttpWarehouse(IntegrationProperties properties, RestClient.Builder http, JdbcTemplate jdbc, DocumentNumbers numbers,
			AuditLog audit, BusinessClock clock) {
		this.remote = new RemoteSystem("Warehouse", properties.warehouse(), http);
		this.ledger = new LedgerWarehouse(jdbc, numbers, audit, clock);
		this.jdbc = jdbc;
	}

	@Override
	public void reserve(String orderNumber) throws OutOfStockException {
		try {
			this.remote.post("reserve", orderNumber, "/reservations",
					Map.of("orderNumber", orderNumber, "lines", lines(orderNumber)));
		}
		catch (RemoteCallException ex) {
			if (ex.status() == OUT_OF_STOCK) {
				throw new OutOfStockException(shortSkus(ex));
			}
			throw ex;
		}
		this.ledger.reserve(orderNumber);
	}

	@Override
	public String issueShippingNotice(String orderNumber) {
		return this.ledger.issueShippingNotice(orderNumber, () -> this.remote.postForNumber("shipping-notice",
				orderNumber, "/shipping-notices", shippingNotice(orderNumber)));
	}

	@Override
	public void dispatch(String orderNumber, String carrier, String trackingNumber) {
		this.ledger.dispatch(orderNumber, carrier, trackingNumber);
	}

	@Override
	public void confirmDelivery(String orderNumber) {
		this.ledger.confirmDelivery(orderNumber);
	}

	@Override
	public void release(String orderNumber) {
		this.ledger.release(orderNumber);
	}

	@Override
	public void announceRelease(String orderNumber) {
		this.remote.post("release", orderNumber, "/reservations/" + orderNumber + "/release",
				Map.of("orderNumber", orderNumber));
	}

	@Override
	public void withdrawReservation(String orderNumber) {
		this.remote.post("withdraw-reservation", orderNumber, "/reservations/" + orderNumber + "/release",
				Map.of("orderNumber", orderNumber));
		this.ledger.release(orderNumber);
	}

	@Override
	public void receiveReturn(String returnNumber, String orderNumber, List<ReturnedGoods> goods) {
		this.remote.post("return-receipt", returnNumber, "/returns",
				Map.of("returnNumber", returnNumber, "orderNumber", orderNumber, "lines", goods));
		this.ledger.receiveReturn(returnNumber, orderNumber, goods);
	}

	/**
	 * The order and where its goods go, as the order was taken (no delivery when none).
	 */
	private Map<String, Object> shippingNotice(String orderNumber) {
		Map<String, Object> notice = new LinkedHashMap<>();
		notice.put("orderNumber", orderNumber);
		this.jdbc
			.query("select delivery_address, receiving_contact, receiving_phone, unloading_hours, preferred_carrier"
					+ " from sales_order where number = ? and delivery_address is not null", (rs, row) -> {
						Map<String, Object> delivery = new LinkedHashMap<>();
						delivery.put("address", rs.getString(1));
						delivery.put("receivingContact", rs.getString(2));
						delivery.put("receivingPhone", rs.getString(3));
						delivery.put("unloadingHours", rs.getString(4));
						delivery.put("preferredCarrier", rs.getString(5));
						return delivery;
					}, orderNumber)
			.forEach((delivery) -> notice.put("delivery", delivery));
		return notice;
	}

	private List<Map<String, Object>> lines(String orderNumber) {
		return this.jdbc.queryForList(
				"select p.sku, sum(l.quantity) as quantity from sales_order_line l join product p on p.id = l.product_id"
						+ " join sales_order o on o.id = l.order_id where o.number = ? group by p.sku order by p.sku",
				orderNumber);
	}

	private static List<String> shortSkus(RemoteCallException refusal) {
		List<String> skus = new ArrayList<>();
		try {
			JsonNode answer = JSON.readTree(refusal.body());
			answer.path("shortSkus").forEach((sku) -> skus.add(sku.asText()));
		}
		catch (JsonProcessingException ex) {
			throw refusal;
		}
		if (skus.isEmpty()) {
			throw refusal;
		}
		return skus;
	}

}
