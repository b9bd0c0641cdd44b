package com.osb.salesops.shared.audit;

import com.osb.salesops.shared.time.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit trail: who did what to which record, when, and why. Each entry is also one
 * log line (logger {@code salesops.audit}), with the order's number in the log context
 * ({@code orderNumber}) when the record is an order.
 */
@Component
public class AuditLog {

	private static final int MAX_DETAIL = 4000;

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
		this.jdbc.update(
				"insert into audit_log (actor, action, subject_type, subject_id, process_instance_id, detail,"
						+ " occurred_at) values (?, ?, ?, ?, ?, ?, ?)",
				(actor != null) ? actor : "system", action, subjectType, subjectId, processInstanceId, trimmed,
				this.clock.timestamp());
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

}
