package com.osb.salesops.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.credit.model.CreditEvaluation;
import com.osb.salesops.credit.model.CreditLimitChange;
import com.osb.salesops.credit.model.CreditLimitPreview;
import com.osb.salesops.credit.model.CreditProfile;
import com.osb.salesops.credit.model.LedgerFigures;
import com.osb.salesops.shared.process.CandidateDecisions;
import com.osb.salesops.shared.process.DecisionEvaluator;
import com.osb.salesops.shared.time.BusinessClock;

import com.osb.salesops.receivables.CustomerBalances;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rates every active customer twice from today's ledger, under the {@code credit-limit}
 * in use and under a changed one that is not deployed, and checks each customer's open
 * orders under both ratings. Nothing is stored: an analyst sees the impact of a change
 * before it goes live.
 */
@Service
public class CreditLimitPreviews {

	/** The decision whose changes this previews. */
	public static final String DECISION = CreditDecisions.CREDIT_LIMIT;

	private final CreditLedger ledger;

	private final CreditProfiles profiles;

	private final CreditDecisions decisions;

	private final DecisionEvaluator evaluator;

	private final JdbcTemplate jdbc;

	private final CustomerBalances balances;

	private final BusinessClock clock;

	CreditLimitPreviews(CreditLedger ledger, CreditProfiles profiles, CreditDecisions decisions,
			DecisionEvaluator evaluator, JdbcTemplate jdbc, BusinessClock clock, CustomerBalances balances) {
		this.balances = balances;
		this.ledger = ledger;
		this.profiles = profiles;
		this.decisions = decisions;
		this.evaluator = evaluator;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CreditLimitPreview preview(CandidateDecisions candidate) {
		LocalDate today = this.clock.today();
		Map<Long, LedgerFigures> figures = this.ledger.allActiveCustomers(today);
		Map<Long, CreditProfile> current = this.profiles.all();
		Map<Long, String[]> names = new HashMap<>();
		this.jdbc.query("select id, code, name from customer where active = true", (RowCallbackHandler) (rs) -> names
			.put(rs.getLong(1), new String[] { rs.getString(2), rs.getString(3) }));
		Map<Long, BigDecimal> open = this.balances.openByCustomer();
		List<CreditLimitChange> changes = new ArrayList<>(figures.size());
		for (LedgerFigures customer : figures.values()) {
			CreditProfile profile = current.get(customer.customerId());
			BigDecimal adjustment = (profile != null) ? profile.adjustmentOn(today) : BigDecimal.ZERO;
			BigDecimal committed = (profile != null) ? profile.committedAmount() : BigDecimal.ZERO;
			BigDecimal exposure = open.getOrDefault(customer.customerId(), BigDecimal.ZERO).add(committed);
			CreditEvaluation before = this.decisions.evaluate(customer.withAdjustment(adjustment));
			CreditEvaluation after = this.decisions.evaluate(customer.withAdjustment(adjustment), candidate);
			String[] name = names.getOrDefault(customer.customerId(), new String[] { "", "" });
			changes.add(new CreditLimitChange(name[0], name[1], before.grade(), after.grade(), before.creditLimit(),
					after.creditLimit(), before.paymentTerms(), after.paymentTerms(), exposure, committed,
					check(committed, exposure, customer, before), check(committed, exposure, customer, after)));
		}
		changes.sort((a, b) -> a.customerCode().compareTo(b.customerCode()));
		return new CreditLimitPreview(DECISION, today, changes);
	}

	/** The order credit check of the committed orders, or {@code null} when none. */
	private String check(BigDecimal committed, BigDecimal exposure, LedgerFigures customer, CreditEvaluation rating) {
		if (committed.signum() <= 0) {
			return null;
		}
		return (String) this.evaluator
			.evaluate(CreditCheck.DECISION,
					Map.of("grade", rating.grade(), "maxOverdueDays", customer.maxOverdueDays(), "paymentTerms",
							rating.paymentTerms(), "exposure", exposure, "creditLimit", rating.creditLimit()))
			.outputs()
			.get("creditResult");
	}

}
