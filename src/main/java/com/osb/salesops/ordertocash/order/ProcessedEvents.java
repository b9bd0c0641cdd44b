package com.osb.salesops.ordertocash.order;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The events from other systems that took effect, by the sender's event id. The order's
 * row is locked first, so the same event sent twice at once takes effect once; an event
 * that was refused is not kept, so the sender can send it again later.
 */
@Component
class ProcessedEvents {

	private final JdbcTemplate jdbc;

	ProcessedEvents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the order and says whether the event already took effect. */
	boolean seen(long orderId, String eventId) {
		this.jdbc.queryForList("select id from sales_order where id = ? for update", Long.class, orderId);
		Integer count = this.jdbc.queryForObject("select count(*) from inbound_event where event_id = ?", Integer.class,
				eventId);
		return count != null && count > 0;
	}

	void record(long orderId, String eventId, String type) {
		this.jdbc.update("insert into inbound_event (event_id, order_id, type) values (?, ?, ?)", eventId, orderId,
				type);
	}

}
