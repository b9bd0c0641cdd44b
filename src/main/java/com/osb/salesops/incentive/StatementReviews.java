package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import java.sql.Timestamp;
import java.time.Instant;

import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.incentive.model.DisputedLines.Claim;
import com.osb.salesops.incentive.model.DisputedLines.Decision;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
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

	/** The number of lines of the rep's statement, which a dispute names by number. */
	public int lineCount(String period, String repId) {
		return this.jdbc.queryForObject("select count(*) from incentive_statement_line where statement_id = ?",
				Integer.class, this.store.id(Quarter.parse(period), repId));
	}

	/** The rep disputes lines of the statement, each with its own reason. */
	@Transactional
	public void dispute(String period, String repId, List<Claim> claims, String user) {
		review(period, repId, "DISPUTED", user);
		String summary = claims.stream()
			.map((claim) -> "line " + claim.lineNo() + ": " + claim.reason())
			.collect(Collectors.joining("; "));
		KeyHolder key = new GeneratedKeyHolder();
		long statement = this.store.id(Quarter.parse(period), repId);
		this.jdbc.update((connection) -> {
			var insert = connection.prepareStatement(
					"insert into incentive_dispute (statement_id, reason, raised_by, raised_at) values (?, ?, ?, ?)",
					new String[] { "id" });
			insert.setLong(1, statement);
			insert.setString(2, (summary.length() > 2000) ? summary.substring(0, 2000) : summary);
			insert.setString(3, user);
			insert.setTimestamp(4, this.clock.timestamp());
			return insert;
		}, key);
		long dispute = key.getKey().longValue();
		this.jdbc.batchUpdate("insert into incentive_dispute_line (dispute_id, line_no, reason) values (?, ?, ?)",
				claims.stream().map((claim) -> new Object[] { dispute, claim.lineNo(), claim.reason() }).toList());
		this.audit.record(user, "STATEMENT_DISPUTED", "incentive_statement", key(period, repId), null, summary);
	}

	/** The lines of the statement's open dispute. */
	public Set<Integer> disputedLines(String period, String repId) {
		return new TreeSet<>(this.jdbc.queryForList(
				"select line_no from incentive_dispute_line where dispute_id ="
						+ " (select max(id) from incentive_dispute where statement_id = ?)",
				Integer.class, this.store.id(Quarter.parse(period), repId)));
	}

	/**
	 * The disputed lines with their reasons, one a row, as the arbitration shows them.
	 */
	public String disputedLinesText(String period, String repId) {
		return String.join("\n",
				this.jdbc.query(
						"select line_no, reason from incentive_dispute_line where dispute_id ="
								+ " (select max(id) from incentive_dispute where statement_id = ?) order by line_no",
						(rs, row) -> Messages.inCompanyLanguage("form-text.disputed-line", "line {0}: {1}",
								rs.getInt(1), rs.getString(2)),
						this.store.id(Quarter.parse(period), repId)));
	}

	/**
	 * Sales ops decide each disputed line: {@code ADJUST} adds the line's amount to the
	 * payout, {@code REJECT} leaves it; the statement's adjustment is the sum.
	 */
	@Transactional
	public void arbitrate(String period, String repId, List<Decision> decisions, String user) {
		long statement = this.store.id(Quarter.parse(period), repId);
		long dispute = this.jdbc.queryForObject("select max(id) from incentive_dispute where statement_id = ?",
				Long.class, statement);
		BigDecimal total = BigDecimal.ZERO;
		for (Decision decision : decisions) {
			total = total.add(decision.adjustment());
			this.jdbc.update(
					"update incentive_dispute_line set decision = ?, adjustment = ?, decision_reason = ?,"
							+ " decided_by = ?, decided_at = ? where dispute_id = ? and line_no = ?",
					decision.decision(), decision.adjustment(), decision.reason(), user, this.clock.timestamp(),
					dispute, decision.lineNo());
		}
		BigDecimal amount = PayoutCalculator.money(total);
		String outcome = decisions.stream().anyMatch((decision) -> "ADJUST".equals(decision.decision())) ? "ADJUST"
				: "REJECT";
		String summary = decisions.stream()
			.map((decision) -> "line " + decision.lineNo() + ": " + decision.decision()
					+ ("ADJUST".equals(decision.decision()) ? " " + decision.adjustment().toPlainString() : "") + " "
					+ decision.reason())
			.collect(Collectors.joining("; "));
		this.jdbc.update(
				"update incentive_dispute set decision = ?, adjustment = ?, decision_reason = ?, decided_by = ?,"
						+ " decided_at = ?, approved_by = null, approved_at = null where id = ?",
				outcome, amount, (summary.length() > 2000) ? summary.substring(0, 2000) : summary, user,
				this.clock.timestamp(), dispute);
		this.jdbc.update("update incentive_statement set status = 'ARBITRATED', adjustment = ?,"
				+ " final_payout = payout + ? where id = ?", amount, amount, statement);
		this.audit.record(user, "DISPUTE_" + outcome + "ED", "incentive_statement", key(period, repId), null, summary);
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
			throw NotFoundException.of("no-such-statement", "No statement of {0} for {1}", repId, period);
		}
	}

	private static String key(String period, String repId) {
		return period + "/" + repId;
	}

}
