package com.osb.salesops.approvals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.osb.salesops.approvals.model.BusinessTime;
import com.osb.salesops.approvals.model.Deadline;
import com.osb.salesops.shared.SalesOpsProperties;
import com.osb.salesops.shared.process.DecisionEvaluator;
import com.osb.salesops.shared.process.DecisionOutcome;
import com.osb.salesops.shared.time.BusinessCalendar;

import org.springframework.stereotype.Service;

/**
 * The deadline of a task from the decision task-deadline, counted in business time on the
 * business calendar.
 */
@Service
public class DeadlineRules {

	/** The decision key. */
	public static final String DECISION = "task-deadline";

	private final DecisionEvaluator decisions;

	private final BusinessTime time;

	DeadlineRules(DecisionEvaluator decisions, BusinessCalendar calendar, ApprovalSettings settings,
			SalesOpsProperties properties) {
		this.decisions = decisions;
		this.time = new BusinessTime(calendar::isBusinessDay, settings.opens(), settings.closes(),
				properties.businessZone());
	}

	/** The deadline of a task of that key, level and order total (null when none). */
	public Deadline deadline(String taskKey, String approverGroup, BigDecimal orderTotal) {
		Map<String, Object> inputs = new HashMap<>();
		inputs.put("taskKey", taskKey);
		inputs.put("approverGroup", approverGroup);
		inputs.put("orderTotal", (orderTotal != null) ? orderTotal : BigDecimal.ZERO);
		DecisionOutcome outcome = this.decisions.evaluate(DECISION, inputs);
		String rule = outcome.firedRules()
			.stream()
			.findFirst()
			.map((fired) -> fired.decisionKey() + " v" + fired.version() + " " + fired.ruleId() + ": "
					+ fired.description())
			.orElse(DECISION + ": no rule");
		return new Deadline(number(outcome, "businessDays"), number(outcome, "businessHours"),
				number(outcome, "escalationFactor"), text(outcome, "escalateTo"), rule);
	}

	/** When a task created at the moment is due. */
	public Instant due(Instant created, Deadline deadline) {
		return this.time.plus(created, deadline.businessDays(), deadline.businessHours());
	}

	/** When a task created at the moment is offered to the next level up as well. */
	public Instant escalation(Instant created, Deadline deadline) {
		return escalation(created, deadline, 0);
	}

	/**
	 * When a task created at the moment is offered one level further up after it was
	 * offered that many levels up already: at each further deadline.
	 */
	public Instant escalation(Instant created, Deadline deadline, int escalationsSoFar) {
		int deadlines = deadline.escalationFactor() + escalationsSoFar;
		return this.time.plus(created, deadline.businessDays() * deadlines, deadline.businessHours() * deadlines);
	}

	private static int number(DecisionOutcome outcome, String name) {
		Object value = outcome.outputs().get(name);
		return (value instanceof Number number) ? number.intValue() : 0;
	}

	private static String text(DecisionOutcome outcome, String name) {
		Object value = outcome.outputs().get(name);
		return (value != null) ? value.toString() : "NONE";
	}

}
