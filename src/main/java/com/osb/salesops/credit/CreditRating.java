package com.osb.salesops.credit;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.osb.salesops.credit.CreditDecisions.Review;
import com.osb.salesops.credit.CreditProfiles.Rated;
import com.osb.salesops.credit.model.CreditEvaluation;
import com.osb.salesops.credit.model.CreditProfile;
import com.osb.salesops.credit.model.LedgerFigures;
import com.osb.salesops.credit.model.RuleFired;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rates customers from their ledger: the quarterly refresh of every active customer (or
 * one), and the first rating of a customer who orders before any refresh. Each rating is
 * kept in the credit rating table with the rules that produced it; manual adjustments
 * lapse at the refresh that reaches their expiry date.
 */
@Service
public class CreditRating {

	private final CreditLedger ledger;

	private final CreditProfiles profiles;

	private final CreditDecisions decisions;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	CreditRating(CreditLedger ledger, CreditProfiles profiles, CreditDecisions decisions, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager) {
		this.ledger = ledger;
		this.profiles = profiles;
		this.decisions = decisions;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Re-evaluates every active customer, or only the given one, as of a date.
	 * @return how many customers were rated and how many need a finance review
	 */
	@Transactional
	public RefreshSummary refresh(Long customerId, LocalDate on, String processInstanceId) {
		Map<Long, LedgerFigures> figures = (customerId != null)
				? Map.of(customerId, this.ledger.figures(customerId, on)) : this.ledger.allActiveCustomers(on);
		Map<Long, CreditProfile> current = (customerId != null)
				? this.profiles.find(customerId).map((profile) -> Map.of(customerId, profile)).orElse(Map.of())
				: this.profiles.all();
		List<Rated> rated = new ArrayList<>(figures.size());
		List<Object[]> rows = new ArrayList<>(figures.size());
		int reviews = 0;
		for (LedgerFigures customer : figures.values()) {
			CreditProfile previous = current.get(customer.customerId());
			BigDecimal adjustment = (previous != null) ? previous.adjustmentOn(on) : BigDecimal.ZERO;
			CreditEvaluation evaluation = this.decisions.evaluate(customer.withAdjustment(adjustment));
			Review review = this.decisions.review((previous != null) ? previous.grade() : null,
					(previous != null) ? previous.creditLimit() : null, evaluation);
			reviews += review.needed() ? 1 : 0;
			rated.add(new Rated(customer.customerId(), previous, adjustment, evaluation));
			rows.add(ratingRow(customer.customerId(), on, previous, adjustment, evaluation, review, processInstanceId));
		}
		this.profiles.save(rated, on);
		this.jdbc.batchUpdate("insert into credit_rating (customer_id, evaluated_on, grade, formula_limit,"
				+ " credit_limit, payment_terms, previous_grade, previous_limit, manual_adjustment, review_needed,"
				+ " review_reason, rules_fired, process_instance_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows);
		return new RefreshSummary(rated.size(), reviews);
	}

	/** Rates a customer who has no profile yet; a concurrent first rating wins. */
	void rateFirstTime(long customerId, LocalDate on) {
		try {
			this.ownTransaction.executeWithoutResult((status) -> refresh(customerId, on, null));
		}
		catch (DuplicateKeyException ex) {
			// another order of the same customer rated it a moment ago
		}
	}

	private static Object[] ratingRow(long customerId, LocalDate on, CreditProfile previous, BigDecimal adjustment,
			CreditEvaluation evaluation, Review review, String processInstanceId) {
		List<RuleFired> fired = new ArrayList<>(evaluation.rulesFired());
		fired.addAll(review.rulesFired());
		String rules = RatedRules.record(fired);
		return new Object[] { customerId, Date.valueOf(on), evaluation.grade(), evaluation.formulaLimit(),
				evaluation.creditLimit(), evaluation.paymentTerms(), (previous != null) ? previous.grade() : null,
				(previous != null) ? previous.creditLimit() : null, adjustment, review.needed(), review.reason(),
				(rules.length() > 2000) ? rules.substring(0, 2000) : rules, processInstanceId };
	}

	/**
	 * @param rated customers rated
	 * @param reviews ratings that need a finance review
	 */
	public record RefreshSummary(int rated, int reviews) {
	}

}
