package com.osb.salesops.credit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.osb.salesops.credit.model.CreditEvaluation;
import com.osb.salesops.credit.model.CreditInputs;
import com.osb.salesops.credit.model.GrowthPotential;
import com.osb.salesops.credit.model.RuleFired;
import com.osb.salesops.shared.process.CandidateDecisions;
import com.osb.salesops.shared.process.DecisionEvaluator;
import com.osb.salesops.shared.process.DecisionOutcome;

import org.springframework.stereotype.Service;

/**
 * The credit rules of {@code rules/}: grade, limit, terms and who approves an adjustment.
 * Evaluates the latest deployed decisions without side effects.
 */
@Service
public class CreditDecisions {

	static final String CREDIT_LIMIT = "credit-limit";

	static final String ADJUSTMENT_APPROVER = "credit-adjustment-approver";

	static final String REVIEW = "credit-review";

	private final DecisionEvaluator evaluator;

	CreditDecisions(DecisionEvaluator evaluator) {
		this.evaluator = evaluator;
	}

	public CreditEvaluation evaluate(CreditInputs inputs) {
		return evaluate(inputs, this.evaluator::evaluate);
	}

	/** As {@link #evaluate(CreditInputs)}, with a changed model that is not deployed. */
	public CreditEvaluation evaluate(CreditInputs inputs, CandidateDecisions candidate) {
		return evaluate(inputs, candidate::evaluate);
	}

	private static CreditEvaluation evaluate(CreditInputs inputs,
			BiFunction<String, Map<String, Object>, DecisionOutcome> rules) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("trailing12mNetSales", inputs.trailing12mNetSales());
		variables.put("avgDaysLate", inputs.avgDaysLate());
		variables.put("maxOverdueDays", inputs.maxOverdueDays());
		variables.put("yearsAsCustomer", inputs.yearsAsCustomer());
		variables.put("growthPotential", inputs.growthPotential().name());
		DecisionOutcome limit = rules.apply(CREDIT_LIMIT, variables);
		BigDecimal formulaLimit = decimal(limit.outputs().get("formulaLimit"));
		DecisionOutcome approver = rules.apply(ADJUSTMENT_APPROVER,
				Map.of("manualAdjustment", inputs.manualAdjustment(), "formulaLimit", formulaLimit));
		BigDecimal creditLimit = formulaLimit.add(inputs.manualAdjustment()).max(BigDecimal.ZERO);
		List<RuleFired> fired = new ArrayList<>(rulesFired(limit));
		fired.addAll(rulesFired(approver));
		return new CreditEvaluation((String) limit.outputs().get("grade"),
				decimal(limit.outputs().get("monthsOfCover")), decimal(limit.outputs().get("growthFactor")),
				formulaLimit, creditLimit, (String) limit.outputs().get("paymentTerms"),
				(String) approver.outputs().get("adjustmentApprover"), List.copyOf(fired));
	}

	/**
	 * Who approves an adjustment of the given amount on the given formula limit, and the
	 * rule that said so; {@code REFUSED} outside the policy.
	 */
	public Approver adjustmentApprover(BigDecimal manualAdjustment, BigDecimal formulaLimit) {
		DecisionOutcome outcome = this.evaluator.evaluate(ADJUSTMENT_APPROVER,
				Map.of("manualAdjustment", manualAdjustment, "formulaLimit", formulaLimit));
		return new Approver((String) outcome.outputs().get("adjustmentApprover"), rulesFired(outcome));
	}

	/**
	 * @param group the approving group, {@code NONE} or {@code REFUSED}
	 * @param rulesFired the rules that decided
	 */
	public record Approver(String group, List<RuleFired> rulesFired) {

	}

	/** The terms a customer without any history opens with. */
	public OpeningTerms openingTerms(String growthPotential) {
		CreditEvaluation evaluation = evaluate(new CreditInputs(BigDecimal.ZERO, BigDecimal.ZERO, 0, 0,
				GrowthPotential.valueOf(growthPotential), BigDecimal.ZERO));
		return new OpeningTerms(evaluation.grade(), evaluation.creditLimit(), evaluation.paymentTerms(),
				evaluation.rulesFired()
					.stream()
					.map(RuleFired::description)
					.collect(java.util.stream.Collectors.joining("; ")));
	}

	/** Whether a new rating needs a finance review, and why. */
	public Review review(String previousGrade, BigDecimal previousLimit, CreditEvaluation evaluation) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("previousGrade", previousGrade);
		variables.put("previousLimit", previousLimit);
		variables.put("grade", evaluation.grade());
		variables.put("creditLimit", evaluation.creditLimit());
		DecisionOutcome outcome = this.evaluator.evaluate(REVIEW, variables);
		return new Review(Boolean.TRUE.equals(outcome.outputs().get("reviewNeeded")),
				(String) outcome.outputs().get("reviewReason"), rulesFired(outcome));
	}

	static List<RuleFired> rulesFired(DecisionOutcome outcome) {
		return outcome.firedRules()
			.stream()
			.map((rule) -> new RuleFired(rule.decisionKey(), rule.version(), rule.ruleId(), rule.description()))
			.toList();
	}

	/**
	 * @param needed whether finance must look at the change
	 * @param reason DOWNGRADE or LIMIT_CUT
	 * @param rulesFired the rules that decided
	 */
	public record Review(boolean needed, String reason, List<RuleFired> rulesFired) {
	}

	private static BigDecimal decimal(Object value) {
		return (value == null) ? BigDecimal.ZERO : new BigDecimal(value.toString());
	}

}
