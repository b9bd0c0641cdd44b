package com.osb.salesops.ordertocash.order;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.shared.SalesOpsProperties;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events from finance or the warehouse that arrived while the step after which the order
 * waits for them was still being committed, for example a dispatch reported while the
 * shipping notice is being issued. Each is kept and, every few seconds, offered to its
 * order again: applied once the order waits for it, refused (audited) if the order was
 * closed or has come to rest without ever waiting for it within
 * {@code salesops.hooks.early-event-patience}. Each node claims an event before it offers
 * it, so that nodes sharing the database never apply one twice.
 */
@Component
class EarlyEvents {

	private static final Logger log = LoggerFactory.getLogger(EarlyEvents.class);

	/** A claim older than this lapses: its node died while offering the event. */
	static final Duration CLAIM_LAPSES = Duration.ofMinutes(1);

	private static final List<String> CLOSED = List.of("CANCELLED", "REJECTED", "CLOSED", "INVOICED");

	private static final TypeReference<Map<String, Object>> VARIABLES = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final OrderFlow flow;

	private final AuditLog audit;

	private final BusinessClock clock;

	private final ObjectMapper json;

	private final TransactionTemplate transaction;

	private final Duration patience;

	EarlyEvents(JdbcTemplate jdbc, OrderFlow flow, AuditLog audit, BusinessClock clock, ObjectMapper json,
			PlatformTransactionManager transactions, SalesOpsProperties properties) {
		this.jdbc = jdbc;
		this.flow = flow;
		this.audit = audit;
		this.clock = clock;
		this.json = json;
		this.transaction = new TransactionTemplate(transactions);
		this.patience = properties.hooks().earlyEventPatience();
	}

	void keep(long orderId, OrderEventRequest event, Map<String, Object> variables, String user) {
		try {
			this.jdbc.update(
					"insert into early_order_event (order_id, event_id, type, variables, received_by, received_at)"
							+ " values (?, ?, ?, ?, ?, ?)",
					orderId, event.eventId(), event.type(), this.json.writeValueAsString(variables), user,
					this.clock.timestamp());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("The event's values cannot be kept", ex);
		}
	}

	/** Offers every kept event to its order once; the number applied. */
	@Scheduled(fixedDelayString = "${salesops.hooks.early-event-interval:PT2S}")
	int offerKept() {
		List<Map<String, Object>> kept = this.jdbc
			.queryForList("select e.id, e.type, e.variables, e.received_by, e.received_at, o.number"
					+ " from early_order_event e join sales_order o on o.id = e.order_id"
					+ " where e.settled_at is null order by e.id limit 100");
		int applied = 0;
		for (Map<String, Object> event : kept) {
			long id = ((Number) event.get("id")).longValue();
			if (!claim(id)) {
				continue;
			}
			try {
				Boolean done = this.transaction.execute((status) -> offer(id, event));
				applied += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (OptimisticLockingFailureException ex) {
				// a job of the order changed it at the same moment: offered again next
				// round
				log.debug("Kept event {} met a concurrent change of its order", id, ex);
			}
			finally {
				this.jdbc.update("update early_order_event set claimed_at = null where id = ? and settled_at is null",
						id);
			}
		}
		return applied;
	}

	private boolean claim(long id) {
		Timestamp now = this.clock.timestamp();
		Timestamp lapsed = Timestamp.from(now.toInstant().minus(CLAIM_LAPSES));
		return this.jdbc.update("update early_order_event set claimed_at = ? where id = ? and settled_at is null"
				+ " and (claimed_at is null or claimed_at < ?)", now, id, lapsed) == 1;
	}

	private boolean offer(long id, Map<String, Object> event) {
		String number = (String) event.get("number");
		String type = (String) event.get("type");
		String user = (String) event.get("received_by");
		String status = this.jdbc.queryForObject("select status from sales_order where number = ? for update",
				String.class, number);
		if (CLOSED.contains(status)) {
			settle(id, number, type, user, "REFUSED",
					"the order is " + status.toLowerCase() + " and waits for no " + type);
			return false;
		}
		if (this.flow.deliver(number, type, variables(event))) {
			settle(id, number, type, user, "APPLIED", null);
			return true;
		}
		Instant received = ((Timestamp) event.get("received_at")).toInstant();
		if (!this.flow.moving(number) && received.plus(this.patience).isBefore(this.clock.now())) {
			settle(id, number, type, user, "REFUSED",
					"the order (" + status + ") did not wait for " + type + " within " + this.patience);
		}
		return false;
	}

	private void settle(long id, String number, String type, String user, String outcome, String reason) {
		this.jdbc.update("update early_order_event set settled_at = ?, outcome = ? where id = ?",
				this.clock.timestamp(), outcome, id);
		if ("APPLIED".equals(outcome)) {
			this.audit.record(user, "EVENT_" + type, "order", number, null, "kept until the order waited for it");
		}
		else {
			this.audit.record(user, "EVENT_" + type + "_REFUSED", "order", number, null, reason);
			log.warn("The {} reported for order {} was kept but not applied: {}", type, number, reason);
		}
	}

	private Map<String, Object> variables(Map<String, Object> event) {
		try {
			return this.json.readValue((String) event.get("variables"), VARIABLES);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Kept event " + event.get("id") + " cannot be read", ex);
		}
	}

}
