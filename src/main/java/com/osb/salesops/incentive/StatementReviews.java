package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to an issued statement: the rep accepts or disputes it (or the review time
 * runs out), sales ops arbitrate a dispute, the manager approves the outcome. Each step
 * is written on the statement and in the audit trail.
 */
@Service
public class StatementReviews {

	private final StatementStore store;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final BusinessClock clock;

	StatementReviews(StatementStore store, JdbcTemplate jdbc, AuditLog audit, BusinessClock clock) {
		this.clock = clock;
		this.store = store;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The rep accepts the statement. */
	@Transactional
	public void accept(String period, String repId, String user) {
		review(period, repId, "ACCEPTED", user);
		this.audit.record(user, "STATEMENT_ACCEPTED", "incentive_statement", key(period, repId), null, null);
	}

	/** The review time ran out: the statement counts as accepted. */
	@Transactional
	public void acceptByTimeout(String period, String repId) {
		review(period, repId, "ACCEPTED_BY_TIMEOUT", null);
		this.audit.record("system", "STATEMENT_ACCEPTED_BY_TIMEOUT", "incentive_statement", key(period, repId), null,
				"Not reviewed within 5 business days");
	}

	/** The rep disputes the statement, with a reason. */
	@Transactional
	public void dispute(String period, String repId, String reason, String user) {
		review(period, repId, "DISPUTED", user);
		this.jdbc.update(
				"insert into incentive_dispute (statement_id, reason, raised_by, raised_at) values (?, ?, ?, ?)",
				this.store.id(Quarter.parse(period), repId), reason, user, this.clock.timestamp());
		this.audit.record(user, "STATEMENT_DISPUTED", "incentive_statement", key(period, repId), null, reason);
	}

	/**
	 * Sales ops decide the open dispute: {@code ADJUST} adds the amount to the payout,
	 * {@code REJECT} leaves the payout as computed.
	 */
	@Transactional
	public void arbitrate(String period, String repId, String decision, BigDecimal adjustment, String reason,
			String user) {
		long statement = this.store.id(Quarter.parse(period), repId);
		BigDecimal amount = "ADJUST".equals(decision) ? PayoutCalculator.money(adjustment) : BigDecimal.ZERO;
		this.jdbc.update(
				"update incentive_dispute set decision = ?, adjustment = ?, decision_reason = ?, decided_by = ?,"
						+ " decided_at = ?, approved_by = null, approved_at = null where statement_id = ?"
						+ " and id = (select max(id) from incentive_dispute where statement_id = ?)",
				decision, amount, reason, user, this.clock.timestamp(), statement, statement);
		this.jdbc.update("update incentive_statement set status = 'ARBITRATED', adjustment = ?,"
				+ " final_payout = payout + ? where id = ?", amount, amount, statement);
		this.audit.record(user, "DISPUTE_" + decision + "ED", "incentive_statement", key(period, repId), null, reason);
	}

	/** Whether an adjustment would leave a negative payout. */
	public boolean leavesNegativePayout(String period, String repId, BigDecimal adjustment) {
		return this.jdbc
			.queryForObject("select payout from incentive_statement where quarter = ? and rep_id = ?", BigDecimal.class,
					Quarter.parse(period).toString(), repId)
			.add(adjustment)
			.signum() < 0;
	}

	private void review(String period, String repId, String status, String user) {
		int updated = this.jdbc.update(
				"update incentive_statement set status = ?, reviewed_by = ?, reviewed_at = ? where quarter = ?"
						+ " and rep_id = ?",
				status, user, this.clock.timestamp(), Quarter.parse(period).toString(), repId);
		if (updated != 1) {
			throw new NotFoundException("No statement of " + repId + " for " + period);
		}
	}

	private static String key(String period, String repId) {
		return period + "/" + repId;
	}

}
