package com.osb.salesops.credit.process;

import java.math.BigDecimal;

import com.osb.salesops.credit.AdjustmentApprovals;
import com.osb.salesops.credit.AdjustmentApprovals.Decided;
import com.osb.salesops.shared.process.MoneyText;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.credit.process.CreditAdjustmentProcess.*;

/**
 * Decides who approves the adjustment (decision {@code credit-adjustment-approver}) on
 * the customer's current formula limit, and shows the figures it decided on.
 */
@Component
class DetermineAdjustmentApproverDelegate implements JavaDelegate {

	private final AdjustmentApprovals approvals;

	DetermineAdjustmentApproverDelegate(AdjustmentApprovals approvals) {
		this.approvals = approvals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Decided decided = this.approvals.decide(ADJUSTMENT_ID.get(execution));
		show(execution, decided);
		ADJUSTMENT_APPROVER.set(execution, decided.approver());
	}

	static void show(DelegateExecution execution, Decided decided) {
		GRADE.set(execution, decided.grade());
		MANUAL_ADJUSTMENT.set(execution, decided.manualAdjustment());
		FORMULA_LIMIT.set(execution, decided.formulaLimit());
		CREDIT_LIMIT.set(execution, decided.creditLimit());
		APPROVER_RULE.set(execution, decided.rule());
		MANUAL_ADJUSTMENT_TEXT.set(execution, MoneyText.of(new BigDecimal(decided.manualAdjustment())));
		FORMULA_LIMIT_TEXT.set(execution, MoneyText.of(new BigDecimal(decided.formulaLimit())));
		CREDIT_LIMIT_TEXT.set(execution, MoneyText.of(new BigDecimal(decided.creditLimit())));
		APPROVER_RULE_TEXT.set(execution, decided.ruleText());
	}

}
