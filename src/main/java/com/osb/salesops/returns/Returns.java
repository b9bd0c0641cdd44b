package com.osb.salesops.returns;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.osb.salesops.returns.model.ReturnCredit;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.notification.Notifications;
import com.osb.salesops.shared.notification.Text;
import com.osb.salesops.shared.numbering.DocumentNumbers;
import com.osb.salesops.shared.numbering.DocumentType;
import com.osb.salesops.shared.process.DecisionEvaluator;
import com.osb.salesops.shared.process.DecisionOutcome;
import com.osb.salesops.shared.process.MoneyText;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes returns (POLICY section 6) and carries their approval: a rep requests one against
 * a delivered order, it is stored with a TH number and its process starts; the approval
 * level comes from the decision {@code return-approval-level}, and each approver's
 * decision is recorded with the rule that asked for it.
 */
@Service
@Transactional
public class Returns {

	static final String DECISION_KEY = "return-approval-level";

	private final ReturnStore store;

	private final ReturnValidation validation;

	private final DocumentNumbers numbers;

	private final BusinessClock clock;

	private final AuditLog audit;

	private final Notifications notifications;

	private final DecisionEvaluator decisions;

	private final ReturnFlow flow;

	private final ReturnSettlement settlement;

	Returns(ReturnStore store, ReturnValidation validation, DocumentNumbers numbers, BusinessClock clock,
			AuditLog audit, Notifications notifications, DecisionEvaluator decisions, ReturnFlow flow,
			ReturnSettlement settlement) {
		this.settlement = settlement;
		this.store = store;
		this.validation = validation;
		this.numbers = numbers;
		this.clock = clock;
		this.audit = audit;
		this.notifications = notifications;
		this.decisions = decisions;
		this.flow = flow;
	}

	/**
	 * Stores a return checked again under the order's lock, so two returns of one order
	 * never return the same units, and starts its process.
	 * @return the return's number
	 */
	public String request(ReturnRequest request, String requestedBy) {
		ReturnOrder order = this.validation.visibleOrder(request.orderNumber());
		if (order == null) {
			throw refused(List
				.of(FieldError.of("orderNumber", "no-such-order", "there is no order ''{0}''", request.orderNumber())));
		}
		this.store.lockOrder(order.id());
		List<ReturnableLine> lines = this.store.lines(order.id());
		List<FieldError> problems = ReturnValidation.problems(request, order, lines);
		if (!problems.isEmpty()) {
			throw refused(problems);
		}
		Map<Integer, ReturnableLine> byNumber = lines.stream()
			.collect(Collectors.toMap(ReturnableLine::lineNo, Function.identity()));
		BigDecimal value = BigDecimal.ZERO;
		for (ReturnRequest.Line line : request.lines()) {
			ReturnableLine ordered = byNumber.get(line.lineNo().intValueExact());
			value = value.add(ReturnCredit.lineAmount(line.quantity().intValueExact(), ordered.netUnitPrice()));
		}
		String number = this.numbers.next(DocumentType.RETURN);
		long id = this.store.insert(number, order, request, value, requestedBy, this.clock.today());
		for (ReturnRequest.Line line : request.lines()) {
			this.store.insertLine(id, byNumber.get(line.lineNo().intValueExact()), line.quantity().intValueExact());
		}
		String detail = (request.reasonText() != null && !request.reasonText().isBlank())
				? Messages.text(Locale.ENGLISH, "audit-detail.RETURN_REQUESTED", "{0} {1} CNY, reason {2}: {3}", number,
						value.setScale(2).toPlainString(), request.reason().name(), request.reasonText().trim())
				: Messages.text(Locale.ENGLISH, "audit-detail.RETURN_REQUESTED.1", "{0} {1} CNY, reason {2}", number,
						value.setScale(2).toPlainString(), request.reason().name());
		this.audit.record(requestedBy, "RETURN_REQUESTED", "order", order.number(), null, detail);
		this.audit.record(requestedBy, "RETURN_REQUESTED", "return", number, null, detail);
		this.store.set(id, "process_instance_id",
				this.flow.start(new ReturnFlow.Started(number, order.number(), order.customerName(), order.repUserId(),
						value, this.settlement.linesText(number), requestText(number, value, request))));
		return number;
	}

	/**
	 * The return's number, value and reason as its tasks' forms show them, in the
	 * company's language.
	 */
	private static String requestText(String number, BigDecimal value, ReturnRequest request) {
		String reason = Messages.inCompanyLanguage("form-text.return-reason." + request.reason().name(),
				request.reason().text());
		String written = request.reasonText();
		return (written == null || written.isBlank())
				? Messages.inCompanyLanguage("form-text.return-request", "{0} {1}, {2}", number, MoneyText.of(value),
						reason)
				: Messages.inCompanyLanguage("form-text.return-request-with-text", "{0} {1}, {2}: {3}", number,
						MoneyText.of(value), reason, written.trim());
	}

	/**
	 * Asks the decision which level approves the return, and records the rule that fired
	 * on which inputs.
	 */
	public String approvalLevel(String returnNumber, String processInstanceId) {
		StoredReturn stored = this.store.get(returnNumber);
		DecisionOutcome outcome = this.decisions.evaluate(DECISION_KEY,
				Map.of("returnValue", stored.returnValue(), "orderNetTotal", stored.orderNetTotal()));
		String level = String.valueOf(outcome.outputs().get("approvalLevel"));
		String rules = outcome.firedRules()
			.stream()
			.map((rule) -> rule.decisionKey() + " v" + rule.version() + " " + rule.ruleId() + " (" + rule.description()
					+ ")")
			.collect(Collectors.joining(", "));
		this.store.set(stored.id(), "approval_level", level);
		this.store.set(stored.id(), "approval_rule", rules);
		this.audit.record(null, "RETURN_APPROVAL_LEVEL", "return", returnNumber, processInstanceId, level + " by "
				+ rules + " on returnValue " + stored.returnValue() + ", orderNetTotal " + stored.orderNetTotal());
		return level;
	}

	/** Records an approver's decision with their comment. */
	public void decided(String returnNumber, String approverRole, boolean approved, String comment, String by) {
		StoredReturn stored = this.store.get(returnNumber);
		this.store.set(stored.id(), "decided_by", by);
		this.store.set(stored.id(), "decision_comment", comment);
		this.audit.record(by, approved ? "RETURN_APPROVED" : "RETURN_REJECTED", "return", returnNumber,
				stored.processInstanceId(),
				approverRole + ((comment != null && !comment.isBlank()) ? ": " + comment : ""));
		if (approved) {
			this.store.status(stored.id(), "APPROVED");
		}
	}

	/** Ends a rejected return: nothing comes back, the rep is told why. */
	public void rejected(String returnNumber) {
		StoredReturn stored = this.store.get(returnNumber);
		this.store.status(stored.id(), "REJECTED");
		this.store.set(stored.id(), "closed_on", Date.valueOf(this.clock.today()));
		String why = this.store.decisionComment(stored.id());
		this.audit.record(null, "RETURN_REJECTED", "order", stored.orderNumber(), null, returnNumber + ": " + why);
		this.notifications.notify(stored.orderNumber(), List.of(stored.repUserId()),
				Text.of("return-rejected.subject", "Return {0} rejected", returnNumber),
				Text.of("return-rejected.body", "The return {0} of order {1} was rejected: {2}", returnNumber,
						stored.orderNumber(), String.valueOf(why)));
	}

	private static InvalidRequestException refused(List<FieldError> problems) {
		return InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "return-refused",
				"The return cannot be taken", problems);
	}

}
