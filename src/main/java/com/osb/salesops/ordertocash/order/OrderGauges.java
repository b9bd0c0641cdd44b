package com.osb.salesops.ordertocash.order;

import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The order book at a glance for operations: open orders by state
 * ({@code salesops_orders_open{state=...}}), credit holds among them, read from the
 * orders when scraped.
 */
@Component
class OrderGauges implements MeterBinder {

	/** The states an order passes through before it is closed, cancelled or rejected. */
	static final List<String> OPEN_STATES = Orders.STATES.stream()
		.filter((state) -> !Orders.END_STATES.contains(state))
		.toList();

	private final JdbcTemplate jdbc;

	OrderGauges(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String state : OPEN_STATES) {
			Gauge.builder("salesops.orders.open", () -> count(state))
				.tag("state", state)
				.description("Orders in this state")
				.register(registry);
		}
	}

	private long count(String state) {
		Long count = this.jdbc.queryForObject("select count(*) from sales_order where status = ?", Long.class, state);
		return (count != null) ? count : 0;
	}

}
