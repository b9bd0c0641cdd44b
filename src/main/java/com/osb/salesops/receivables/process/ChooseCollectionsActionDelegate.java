package com.osb.salesops.receivables.process;

import java.util.List;
import java.util.Set;

import com.osb.salesops.receivables.CollectionCases;
import com.osb.salesops.receivables.CollectionCases.OverdueInvoice;
import com.osb.salesops.receivables.CollectionCases.TakenAction;
import com.osb.salesops.shared.time.BusinessClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Takes the first action the {@code collections-action} table gives for the days past due
 * that was not taken on this invoice yet (each row fires once per invoice, in order), and
 * records it with the rule that fired and its input; nothing new waits for the next
 * sweep.
 */
@Component
class ChooseCollectionsActionDelegate implements JavaDelegate {

	private static final String DUE_ACTIONS = "dueActions";

	private final CollectionCases cases;

	private final FiredCollectionsRule rules;

	private final BusinessClock clock;

	ChooseCollectionsActionDelegate(CollectionCases cases, FiredCollectionsRule rules, BusinessClock clock) {
		this.cases = cases;
		this.rules = rules;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String number = CollectionsProcess.INVOICE_NUMBER.get(execution);
		OverdueInvoice invoice = this.cases.invoice(number).orElseThrow();
		List<String> due = dueActions(execution);
		Set<String> taken = this.cases.actionsTaken(number);
		String next = (!invoice.chased()) ? CollectionsProcess.CLOSE
				: due.stream().filter((action) -> !taken.contains(action)).findFirst().orElse(CollectionsProcess.NONE);
		if (!CollectionsProcess.NONE.equals(next) && !CollectionsProcess.CLOSE.equals(next)) {
			FiredCollectionsRule.Fired rule = this.rules.find(next).orElse(new FiredCollectionsRule.Fired("", ""));
			this.cases.recordAction(number,
					new TakenAction(next, CollectionsProcess.DAYS_PAST_DUE.get(execution), invoice.openAmount(),
							CollectionsProcess.DECISION, rule.ruleId(), rule.description(), this.clock.today(),
							execution.getProcessInstanceId()));
		}
		CollectionsProcess.NEXT_ACTION.set(execution, next);
	}

	/**
	 * The decision's list of actions, kept as text ({@code REMIND_CUSTOMER;CALL_TASK}) so
	 * that Cockpit shows it and no serialized list is stored.
	 */
	private static List<String> dueActions(DelegateExecution execution) {
		Object value = execution.getVariable(DUE_ACTIONS);
		List<String> due = (value instanceof List<?> list) ? list.stream().map(String::valueOf).toList()
				: (value == null || value.toString().isBlank()) ? List.of() : List.of(value.toString().split(";"));
		execution.setVariable(DUE_ACTIONS, String.join(";", due));
		return due;
	}

}
