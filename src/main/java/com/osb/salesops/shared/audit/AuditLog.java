package com.osb.salesops.shared.audit;

import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.transaction.BeforeCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit trail: who did what to which record, when, and why. Each entry is also one
 * log line (logger {@code salesops.audit}), with the order's number in the log context
 * ({@code orderNumber}) when the record is an order.
 * <p>
 * The entries of a transaction are written together just before it commits, in the order
 * they were recorded (one batch, not one statement each); nothing is written when it
 * rolls back, as before. Outside a transaction an entry is written at once. A reader of
 * the trail in the same transaction asks for the entries to be written first
 * ({@link #flush()}).
 */
@Component
public class AuditLog {

	private static final int MAX_DETAIL = 4000;

	private static final String INSERT = "insert into audit_log (actor, action, subject_type, subject_id,"
			+ " process_instance_id, detail, occurred_at) values (?, ?, ?, ?, ?, ?, ?)";

	private static final Logger log = LoggerFactory.getLogger("salesops.audit");

	/** The log context key that names the order a log line is about. */
	public static final String ORDER_NUMBER = "orderNumber";

	private final JdbcTemplate jdbc;

	private final BusinessClock clock;

	AuditLog(JdbcTemplate jdbc, BusinessClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(String actor, String action, String subjectType, String subjectId, String processInstanceId,
			String detail) {
		String trimmed = (detail != null && detail.length() > MAX_DETAIL) ? detail.substring(0, MAX_DETAIL) : detail;
		Object[] entry = { (actor != null) ? actor : "system", action, subjectType, subjectId, processInstanceId,
				trimmed, this.clock.timestamp() };
		Pending pending = pending();
		if (pending != null) {
			pending.entries.add(entry);
		}
		else {
			this.jdbc.update(INSERT, entry);
		}
		if (log.isInfoEnabled()) {
			boolean order = "ORDER".equalsIgnoreCase(subjectType) && MDC.get(ORDER_NUMBER) == null;
			if (order) {
				MDC.put(ORDER_NUMBER, subjectId);
			}
			try {
				log.info("{} {} {} by {}: {}", action, subjectType, subjectId, (actor != null) ? actor : "system",
						(trimmed != null) ? trimmed : "");
			}
			finally {
				if (order) {
					MDC.remove(ORDER_NUMBER);
				}
			}
		}
	}

	/** Writes the entries the transaction recorded so far, for a reader in it. */
	public void flush() {
		Pending pending = pending();
		if (pending != null) {
			pending.run();
		}
	}

	/**
	 * The entries the transaction recorded and has yet to write, or none outside a
	 * transaction and once they were written at its commit.
	 */
	private Pending pending() {
		return BeforeCommit.of(this, Pending::new);
	}

	/** A transaction's entries, written in one batch just before it commits. */
	private final class Pending extends BeforeCommit {

		private final List<Object[]> entries = new ArrayList<>();

		Pending() {
			super(AuditLog.this);
		}

		@Override
		protected void run() {
			if (!this.entries.isEmpty()) {
				List<Object[]> written = new ArrayList<>(this.entries);
				this.entries.clear();
				AuditLog.this.jdbc.batchUpdate(INSERT, written);
			}
		}

	}

}
