package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.osb.salesops.incentive.model.CreditedTransaction;
import com.osb.salesops.incentive.model.Payout;
import com.osb.salesops.incentive.model.PayoutPlan;
import com.osb.salesops.incentive.model.PayoutSimulation;
import com.osb.salesops.incentive.model.PayoutStatement;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.incentive.model.QuarterlyQuota;
import com.osb.salesops.incentive.model.StatementLine;
import com.osb.salesops.incentive.model.TransactionKind;

import org.springframework.stereotype.Component;

/**
 * Turns a rep's documents into a statement with the incentive rules. The rules decide how
 * each document counts and which rate the curve gives; this class only adds up, divides
 * and rounds the payout to cents, so that the figures stay explainable line by line.
 */
@Component
public class PayoutCalculator {

	/** Decimal places of attainment: far more than the 10 the policy asks for. */
	static final int RATIO_SCALE = 20;

	private static final int CENTS = 2;

	private final PayoutRules rules;

	public PayoutCalculator(PayoutRules rules) {
		this.rules = rules;
	}

	/**
	 * The statement of a rep for a quarter.
	 * @param quota the rep's quota for the quarter, with its source
	 * @param transactions the rep's documents of the quarter
	 * @param carriedIn negative credited revenue carried in from the previous quarter, or
	 * 0
	 */
	public PayoutStatement statement(String repId, Quarter quarter, QuarterlyQuota quota, BigDecimal targetIncentive,
			List<CreditedTransaction> transactions, BigDecimal carriedIn) {
		List<CreditedTransaction> all = withCarriedIn(quarter, carriedIn, transactions);
		this.rules.classify(all);
		BigDecimal credited = BigDecimal.ZERO;
		BigDecimal spiffs = BigDecimal.ZERO;
		List<StatementLine> lines = new ArrayList<>(all.size());
		for (CreditedTransaction transaction : all) {
			credited = credited.add(transaction.getCredited());
			spiffs = spiffs.add(transaction.getSpiff());
			lines.add(StatementLine.of(transaction));
		}
		Payout payout = new Payout(credited, ratio(credited, quota.amount()), true, this.rules.defaultPlan());
		List<String> fired = this.rules.decide(payout);
		return new PayoutStatement(repId, quarter, quota.amount(), quota.source(), targetIncentive, credited,
				plain(payout.getAttainment()), plain(rate(payout)), spiffs,
				money(targetIncentive.multiply(rate(payout)).add(spiffs)), payout.getCarryForward(), lines, fired,
				this.rules.version());
	}

	/**
	 * The negative credited revenue carried into a quarter: each earlier quarter, from
	 * the first with a document, is classified with what it carried in itself.
	 * @param history the rep's documents before the quarter
	 */
	public BigDecimal carriedInto(Quarter quarter, List<CreditedTransaction> history) {
		Map<Quarter, List<CreditedTransaction>> byQuarter = new TreeMap<>();
		history.forEach((transaction) -> byQuarter
			.computeIfAbsent(Quarter.of(transaction.getDate()), (key) -> new ArrayList<>())
			.add(transaction));
		BigDecimal carry = BigDecimal.ZERO;
		if (byQuarter.isEmpty()) {
			return carry;
		}
		for (Quarter earlier = byQuarter.keySet().iterator().next(); earlier.compareTo(quarter) < 0; earlier = earlier
			.next()) {
			List<CreditedTransaction> all = withCarriedIn(earlier, carry, byQuarter.getOrDefault(earlier, List.of()));
			this.rules.classify(all);
			Payout payout = new Payout(credited(all), null, true, this.rules.defaultPlan());
			this.rules.decide(payout);
			carry = payout.getCarryForward();
		}
		return carry;
	}

	/** The payout for typed-in figures under the default plan. */
	public PayoutSimulation simulate(BigDecimal quota, BigDecimal targetIncentive, BigDecimal credited,
			int newCustomers) {
		return simulate(quota, targetIncentive, credited, newCustomers, this.rules.defaultPlan());
	}

	/**
	 * The payout for typed-in figures under a plan, with every rule that fired.
	 */
	public PayoutSimulation simulate(BigDecimal quota, BigDecimal targetIncentive, BigDecimal credited,
			int newCustomers, PayoutPlan plan) {
		List<String> fired = new ArrayList<>(plan.isComplete() ? List.of() : this.rules.complete(plan));
		BigDecimal spiffs = BigDecimal.ZERO;
		if (newCustomers > 0) {
			CreditedTransaction newCustomer = new CreditedTransaction(TransactionKind.FIRST_ORDER_PAID, null,
					BigDecimal.ZERO, 0, "each of " + newCustomers + " new customers");
			fired.addAll(this.rules.classifyExplained(List.of(newCustomer)));
			spiffs = newCustomer.getSpiff().multiply(BigDecimal.valueOf(newCustomers));
		}
		Payout payout = new Payout(credited, ratio(credited, quota), true, plan);
		fired.addAll(this.rules.decide(payout));
		return new PayoutSimulation(plain(payout.getAttainment()), plain(rate(payout)), spiffs,
				money(targetIncentive.multiply(rate(payout)).add(spiffs)), payout.getCarryForward(), fired);
	}

	/** The rate the rules set; a plan whose bands leave a gap is a broken rule set. */
	static BigDecimal rate(Payout payout) {
		if (payout.getRate() == null) {
			throw new IllegalStateException(
					"No rule in rules/incentive set a payout rate for attainment " + payout.getAttainment());
		}
		return payout.getRate();
	}

	static BigDecimal ratio(BigDecimal credited, BigDecimal quota) {
		return credited.divide(quota, RATIO_SCALE, RoundingMode.HALF_EVEN);
	}

	static BigDecimal money(BigDecimal amount) {
		return amount.setScale(CENTS, RoundingMode.HALF_EVEN);
	}

	/** The same number without trailing zeros, never in exponent notation. */
	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static BigDecimal credited(List<CreditedTransaction> transactions) {
		BigDecimal credited = BigDecimal.ZERO;
		for (CreditedTransaction transaction : transactions) {
			credited = credited.add(transaction.getCredited());
		}
		return credited;
	}

	private static List<CreditedTransaction> withCarriedIn(Quarter quarter, BigDecimal carriedIn,
			List<CreditedTransaction> transactions) {
		if (carriedIn.signum() == 0) {
			return transactions;
		}
		List<CreditedTransaction> all = new ArrayList<>(transactions.size() + 1);
		all.add(new CreditedTransaction(TransactionKind.CARRIED_IN, quarter.start(), carriedIn, 0,
				"credited revenue of " + quarter.previous()));
		all.addAll(transactions);
		return all;
	}

}
