package com.osb.salesops.credit;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.osb.salesops.credit.model.CreditProfile;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.process.DecisionEvaluator;
import com.osb.salesops.shared.process.DecisionOutcome;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order credit check. The customer's profile row is locked while the exposure is
 * computed and a passing order's amount committed, so concurrent orders of one customer
 * are checked one after the other and can never together commit more than the limit.
 */
@Service
public class CreditCheck {

	static final String DECISION = "order-credit-check";

	private final CreditProfiles profiles;

	private final CreditRating rating;

	private final DecisionEvaluator evaluator;

	private final JdbcTemplate jdbc;

	private final BusinessClock clock;

	private final AuditLog audit;

	CreditCheck(CreditProfiles profiles, CreditRating rating, DecisionEvaluator evaluator, JdbcTemplate jdbc,
			BusinessClock clock, AuditLog audit) {
		this.profiles = profiles;
		this.rating = rating;
		this.evaluator = evaluator;
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Checks an order of the given amount and commits it to the customer's exposure if it
	 * passes.
	 */
	@Transactional
	public CreditCheckResult check(long customerId, BigDecimal amount, String reference, String processInstanceId) {
		LocalDate today = this.clock.today();
		CreditProfile profile = this.profiles.lock(customerId).orElseGet(() -> {
			this.rating.rateFirstTime(customerId, today);
			return this.profiles.lock(customerId).orElseThrow();
		});
		BigDecimal open = this.jdbc.queryForObject("select coalesce(sum(open_amount), 0) from receivable"
				+ " where customer_id = ? and written_off_on is null", BigDecimal.class, customerId);
		BigDecimal exposure = open.add(profile.committedAmount()).add(amount);
		int maxOverdueDays = maxOverdueDays(customerId, today);
		DecisionOutcome outcome = this.evaluator.evaluate(DECISION,
				Map.of("grade", profile.grade(), "maxOverdueDays", maxOverdueDays, "paymentTerms",
						profile.paymentTerms(), "exposure", exposure, "creditLimit", profile.creditLimit()));
		CreditCheckResult result = new CreditCheckResult((String) outcome.outputs().get("creditResult"),
				(String) outcome.outputs().get("holdReason"), exposure, profile.creditLimit(), profile.grade(),
				profile.paymentTerms(), maxOverdueDays, CreditDecisions.rulesFired(outcome));
		if (result.passed()) {
			this.profiles.commit(customerId, amount);
		}
		this.audit.record(null, "CREDIT_CHECK", "customer", String.valueOf(customerId), processInstanceId,
				reference + ": " + result.creditResult()
						+ ((result.holdReason() != null) ? " " + result.holdReason() : "") + ", exposure "
						+ exposure.toPlainString() + " of limit " + profile.creditLimit().toPlainString() + "; "
						+ result.explanation().replace("\n", "; "));
		return result;
	}

	/** Where the customer stands today, for a person deciding a hold. */
	@Transactional(readOnly = true)
	public CreditStanding standing(long customerId) {
		LocalDate today = this.clock.today();
		CreditProfile profile = this.profiles.find(customerId).orElse(null);
		BigDecimal open = this.jdbc.queryForObject("select coalesce(sum(open_amount), 0) from receivable"
				+ " where customer_id = ? and written_off_on is null", BigDecimal.class, customerId);
		BigDecimal overdue = this.jdbc.queryForObject(
				"select coalesce(sum(open_amount), 0) from receivable"
						+ " where customer_id = ? and written_off_on is null and due_date < ?",
				BigDecimal.class, customerId, Date.valueOf(today));
		List<CreditStanding.Payment> payments = this.jdbc.query(
				"select received_on, amount, reference from payment where customer_id = ?"
						+ " order by received_on desc, id desc limit 3",
				(row, index) -> new CreditStanding.Payment(row.getDate("received_on").toLocalDate(),
						row.getBigDecimal("amount"), row.getString("reference")),
				customerId);
		return new CreditStanding(open, overdue, maxOverdueDays(customerId, today),
				(profile != null) ? profile.committedAmount() : BigDecimal.ZERO,
				(profile != null) ? profile.creditLimit() : BigDecimal.ZERO, (profile != null) ? profile.grade() : "",
				payments);
	}

	/** Commits an order's amount after finance released its credit hold. */
	@Transactional
	public void commitReleased(long customerId, BigDecimal amount) {
		this.profiles.commit(customerId, amount);
	}

	/** Takes a cancelled or invoiced order's amount out of the committed exposure. */
	@Transactional
	public void release(long customerId, BigDecimal amount) {
		this.profiles.release(customerId, amount);
	}

	private int maxOverdueDays(long customerId, LocalDate today) {
		Date oldest = this.jdbc.queryForObject(
				"select min(due_date) from receivable where customer_id = ?"
						+ " and open_amount > 0 and written_off_on is null and due_date < ?",
				Date.class, customerId, Date.valueOf(today));
		return (oldest != null) ? (int) ChronoUnit.DAYS.between(oldest.toLocalDate(), today) : 0;
	}

}
