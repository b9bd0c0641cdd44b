package com.osb.salesops.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.osb.salesops.credit.model.CreditProfile;
import com.osb.salesops.credit.model.RuleFired;
import com.osb.salesops.receivables.CustomerBalances;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.process.DecisionEvaluator;
import com.osb.salesops.shared.process.DecisionOutcome;
import com.osb.salesops.shared.time.BusinessClock;

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

	private static final String HOLD = "HOLD";

	private static final int LATEST_PAYMENTS = 3;

	private final CustomerBalances balances;

	private final BusinessClock clock;

	private final AuditLog audit;

	CreditCheck(CreditProfiles profiles, CreditRating rating, DecisionEvaluator evaluator, CustomerBalances balances,
			BusinessClock clock, AuditLog audit) {
		this.profiles = profiles;
		this.rating = rating;
		this.evaluator = evaluator;
		this.balances = balances;
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
		BigDecimal open = this.balances.open(customerId);
		BigDecimal exposure = open.add(profile.committedAmount()).add(amount);
		int maxOverdueDays = maxOverdueDays(customerId, today);
		DecisionOutcome outcome = this.evaluator.evaluate(DECISION,
				Map.of("grade", profile.grade(), "maxOverdueDays", maxOverdueDays, "paymentTerms",
						profile.paymentTerms(), "exposure", exposure, "creditLimit", profile.creditLimit()));
		CreditCheckResult result = new CreditCheckResult((String) outcome.outputs().get("creditResult"),
				(String) outcome.outputs().get("holdReason"), exposure, profile.creditLimit(), profile.grade(),
				profile.paymentTerms(), maxOverdueDays, CreditDecisions.rulesFired(outcome));
		result = collectionsHold(customerId, result);
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
		BigDecimal open = this.balances.open(customerId);
		BigDecimal overdue = this.balances.overdue(customerId, today);
		List<CreditStanding.Payment> payments = this.balances.latestPayments(customerId, LATEST_PAYMENTS)
			.stream()
			.map((payment) -> new CreditStanding.Payment(payment.receivedOn(), payment.amount(), payment.reference()))
			.toList();
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

	/**
	 * A collections case that reached its credit hold holds every new order of the
	 * customer, whatever the order credit check said.
	 */
	private CreditCheckResult collectionsHold(long customerId, CreditCheckResult result) {
		return this.balances.collectionsHold(customerId)
			.filter((invoice) -> !HOLD.equals(result.creditResult()))
			.map((invoice) -> {
				List<RuleFired> fired = new ArrayList<>(result.rulesFired());
				fired.add(new RuleFired("collections-action", 0, "CREDIT_HOLD",
						"Credit hold: invoice " + invoice + " is in collections"));
				return new CreditCheckResult(HOLD, "OVERDUE", result.exposure(), result.creditLimit(), result.grade(),
						result.paymentTerms(), result.maxOverdueDays(), List.copyOf(fired));
			})
			.orElse(result);
	}

	private int maxOverdueDays(long customerId, LocalDate today) {
		return this.balances.oldestOverdueDueDate(customerId, today)
			.map((oldest) -> (int) ChronoUnit.DAYS.between(oldest, today))
			.orElse(0);
	}

}
