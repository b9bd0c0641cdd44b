package com.osb.salesops.receivables.process;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.receivables.CollectionCases;
import com.osb.salesops.receivables.CollectionCases.SweepItem;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily sweep: one query over the open items past due, the {@code collections-action}
 * table evaluated once per distinct number of days past due, a case started for each
 * invoice without one, and a message only to the cases the table has a new action for.
 * Each case then reads its invoice and acts in a job of its own.
 */
@Component
public class CollectionsSweep {

	private final CollectionCases cases;

	private final RuntimeService runtime;

	private final DecisionService decisions;

	CollectionsSweep(CollectionCases cases, RuntimeService runtime, DecisionService decisions) {
		this.cases = cases;
		this.runtime = runtime;
		this.decisions = decisions;
	}

	/** Sweeps the ledger as of the day and answers how many cases it started and woke. */
	@Transactional
	public Swept sweep(LocalDate today) {
		Map<Long, List<Object>> actionsByDays = new HashMap<>();
		int started = 0;
		int woken = 0;
		for (SweepItem item : this.cases.overdue(today)) {
			if (item.caseStatus() == null) {
				ProcessInstance instance = this.runtime.createProcessInstanceByKey(CollectionsProcess.KEY)
					.businessKey(item.number())
					.setVariable(CollectionsProcess.INVOICE_NUMBER.name(), item.number())
					.execute();
				this.cases.open(item.number(), instance.getId(), today);
				started++;
				continue;
			}
			long days = ChronoUnit.DAYS.between(item.dueDate(), today);
			List<Object> due = actionsByDays.computeIfAbsent(days, this::actions);
			if (CollectionCases.OPEN.equals(item.caseStatus()) && !item.actionsTaken().containsAll(due)) {
				woken += this.runtime.createMessageCorrelation(CollectionsProcess.MSG_ACTION_DUE)
					.processInstanceBusinessKey(item.number())
					.correlateAllWithResult()
					.size();
			}
		}
		return new Swept(started, woken);
	}

	private List<Object> actions(long daysPastDue) {
		return this.decisions.evaluateDecisionTableByKey(CollectionsProcess.DECISION)
			.variables(Map.of(CollectionsProcess.DAYS_PAST_DUE.name(), (int) daysPastDue))
			.evaluate()
			.collectEntries("action");
	}

	/**
	 * @param started cases started for invoices newly past due
	 * @param woken cases told that a new action is due
	 */
	public record Swept(int started, int woken) {
	}

}
