package com.osb.salesops.shared.audit;

import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit trail: who did what to which record, when, and why.
 */
@Component
public class AuditLog {

	private static final int MAX_DETAIL = 4000;

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
	}

}
