package com.osb.salesops.credit;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import com.osb.salesops.credit.model.CreditProfile;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

/**
 * Manual credit adjustments: requested, then approved or rejected by the approver the
 * policy names. An approved adjustment changes the limit at once and lapses at the next
 * quarterly refresh.
 */
@Service
public class CreditAdjustments {

	private final JdbcTemplate jdbc;

	private final CreditProfiles profiles;

	private final CreditRating rating;

	private final BusinessClock clock;

	private final AuditLog audit;

	CreditAdjustments(JdbcTemplate jdbc, CreditProfiles profiles, CreditRating rating, BusinessClock clock,
			AuditLog audit) {
		this.jdbc = jdbc;
		this.profiles = profiles;
		this.rating = rating;
		this.clock = clock;
		this.audit = audit;
	}

	/** The customer's current profile, rating the customer first if it never was. */
	public CreditProfile profile(long customerId) {
		return this.profiles.find(customerId).orElseGet(() -> {
			this.rating.rateFirstTime(customerId, this.clock.today());
			return this.profiles.find(customerId).orElseThrow();
		});
	}

	public long request(long customerId, BigDecimal amount, String reason, String requestedBy,
			String processInstanceId) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement(
					"insert into credit_adjustment (customer_id, amount, reason,"
							+ " status, requested_by, process_instance_id) values (?, ?, ?, 'REQUESTED', ?, ?)",
					new String[] { "id" });
			statement.setLong(1, customerId);
			statement.setBigDecimal(2, amount);
			statement.setString(3, reason);
			statement.setString(4, requestedBy);
			statement.setString(5, processInstanceId);
			return statement;
		}, key);
		long id = key.getKey().longValue();
		this.audit.record(requestedBy, "CREDIT_ADJUSTMENT_REQUESTED", "customer", String.valueOf(customerId),
				processInstanceId, amount.toPlainString() + ": " + reason);
		return id;
	}

	public void approve(long adjustmentId, String approverGroup, String decidedBy, String comment) {
		Adjustment adjustment = decide(adjustmentId, "APPROVED", approverGroup, decidedBy, comment);
		CreditProfile profile = profile(adjustment.customerId());
		BigDecimal limit = profile.formulaLimit().add(adjustment.amount()).max(BigDecimal.ZERO);
		LocalDate expires = BusinessClock.nextQuarterStart(this.clock.today());
		this.profiles.applyAdjustment(adjustment.customerId(), adjustment.amount(), limit, expires);
		this.jdbc.update("update credit_adjustment set expires_on = ? where id = ?", expires, adjustmentId);
	}

	public void reject(long adjustmentId, String approverGroup, String decidedBy, String comment) {
		decide(adjustmentId, "REJECTED", approverGroup, decidedBy, comment);
	}

	private Adjustment decide(long id, String status, String approverGroup, String decidedBy, String comment) {
		this.jdbc.update("update credit_adjustment set status = ?, approver_group = ?, decided_by = ?, decided_at = ?"
				+ " where id = ?", status, approverGroup, decidedBy, this.clock.timestamp(), id);
		Adjustment adjustment = this.jdbc.queryForObject(
				"select customer_id, amount, process_instance_id from credit_adjustment where id = ?",
				(rs, row) -> new Adjustment(rs.getLong(1), rs.getBigDecimal(2), rs.getString(3)), id);
		this.audit.record(decidedBy, "CREDIT_ADJUSTMENT_" + status, "customer", String.valueOf(adjustment.customerId()),
				adjustment.processInstanceId(), adjustment.amount().toPlainString() + ": " + comment);
		return adjustment;
	}

	private record Adjustment(long customerId, BigDecimal amount, String processInstanceId) {
	}

}
