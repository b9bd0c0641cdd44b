package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.osb.salesops.incentive.model.PayoutStatement;
import com.osb.salesops.incentive.model.PlanComparison;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.shared.rules.RuleSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan comparison for changed incentive rules: every active rep's statement of a
 * quarter, from the ledger, computed by the rules in use and by the changed ones, rep by
 * rep and in total. Nothing is stored.
 */
@Service
public class PayoutRulePreviews {

	private final IncentiveStatements statements;

	PayoutRulePreviews(IncentiveStatements statements) {
		this.statements = statements;
	}

	/**
	 * @param live the incentive rules in use
	 * @param changed the same rules with the change
	 */
	@Transactional(readOnly = true)
	public PlanComparison compare(Quarter quarter, RuleSet live, RuleSet changed) {
		List<PayoutStatement> current = this.statements.allStatements(quarter,
				new PayoutCalculator(new PayoutRules(() -> live)));
		Map<String, PayoutStatement> next = this.statements
			.allStatements(quarter, new PayoutCalculator(new PayoutRules(() -> changed)))
			.stream()
			.collect(Collectors.toMap(PayoutStatement::repId, Function.identity()));
		List<PlanComparison.Rep> reps = new ArrayList<>(current.size());
		BigDecimal currentTotal = BigDecimal.ZERO;
		BigDecimal changedTotal = BigDecimal.ZERO;
		for (PayoutStatement before : current) {
			PayoutStatement after = next.get(before.repId());
			reps.add(new PlanComparison.Rep(before.repId(), before.attainment(), before.payoutRate(),
					after.payoutRate(), before.payout(), after.payout(), after.payout().subtract(before.payout())));
			currentTotal = currentTotal.add(before.payout());
			changedTotal = changedTotal.add(after.payout());
		}
		return new PlanComparison(reps, currentTotal, changedTotal, changedTotal.subtract(currentTotal));
	}

}
