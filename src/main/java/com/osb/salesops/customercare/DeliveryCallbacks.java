package com.osb.salesops.customercare;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.osb.salesops.customercare.rules.CustomerCareRules;
import com.osb.salesops.customercare.rules.CustomerCareRules.CallbackTerms;
import com.osb.salesops.masterdata.CustomerCareFile;
import com.osb.salesops.masterdata.CustomerCareFiles;
import com.osb.salesops.ordertocash.order.Orders;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessCalendar;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.Messages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Callbacks after delivery (POLICY §8): planned in business days once delivery is
 * confirmed, each attempt and the satisfaction recorded, a follow-up for the sales
 * manager when the rules ask for one, closed as unreachable when they say so. Each step
 * is audited with the rules that decided it.
 */
@Service
public class DeliveryCallbacks {

	private final CallbackLog log;

	private final CustomerCareFiles files;

	private final CustomerCareRules rules;

	private final BusinessCalendar calendar;

	private final BusinessClock clock;

	private final AuditLog audit;

	private final Orders orders;

	DeliveryCallbacks(CallbackLog log, CustomerCareFiles files, CustomerCareRules rules, BusinessCalendar calendar,
			BusinessClock clock, AuditLog audit, Orders orders) {
		this.orders = orders;
		this.log = log;
		this.files = files;
		this.rules = rules;
		this.calendar = calendar;
		this.clock = clock;
		this.audit = audit;
	}

	/** Plans the callback of a delivered order, once per order. */
	@Transactional
	public Planned plan(String orderNumber, String customerCode, String processInstanceId) {
		CustomerCareFile customer = this.files.find(customerCode)
			.orElseThrow(() -> new IllegalStateException("There is no customer " + customerCode));
		LocalDate delivered = this.clock.today();
		CallbackTerms terms = this.rules.callback(null, null, null, 0);
		LocalDate due = this.calendar.plusBusinessDays(delivered, terms.callbackAfterBusinessDays());
		long id = this.log.byOrder(orderNumber)
			.orElseGet(() -> this.log.insert(orderNumber, customer.id(), delivered, due, products(orderNumber)));
		this.audit.record(null, "CALLBACK_PLANNED", "order", orderNumber, processInstanceId,
				Messages.text(Locale.ENGLISH, "audit-detail.CALLBACK_PLANNED",
						"delivered {0}, call on {1} ({2} business days); rules: {3}", delivered.toString(),
						due.toString(), String.valueOf(terms.callbackAfterBusinessDays()),
						String.valueOf(terms.rulesFired())));
		return new Planned(id, customer.name(), delivered, due);
	}

	/**
	 * Records one call: the scores when the customer was reached, else a failed attempt.
	 * @throws ContactRefused naming every missing or wrong score; nothing is recorded
	 * then
	 */
	@Transactional
	public Outcome attempt(long callbackId, String orderNumber, Attempt attempt, String actor,
			String processInstanceId) {
		if (!attempt.reached()) {
			int failed = this.log.failedAttempt(callbackId);
			CallbackTerms terms = this.rules.callback(null, null, null, failed);
			if (terms.unreachable()) {
				this.log.unreachable(callbackId, this.clock.timestamp());
			}
			LocalDate retry = this.calendar.plusBusinessDays(this.clock.today(), terms.retryAfterBusinessDays());
			this.audit.record(actor, terms.unreachable() ? "CALLBACK_UNREACHABLE" : "CALLBACK_ATTEMPT_FAILED", "order",
					orderNumber, processInstanceId,
					"failed attempt " + failed
							+ (terms.unreachable() ? ", closed as unreachable" : ", call again on " + retry)
							+ "; rules: " + terms.rulesFired());
			return new Outcome(terms.unreachable() ? Outcome.UNREACHABLE : Outcome.RETRY, false, retry, failed);
		}
		CallbackLog.Scores scores = scores(attempt);
		int failed = this.log.failedAttempts(callbackId);
		CallbackTerms terms = this.rules.callback(scores.delivery(), scores.product(), scores.service(), failed);
		boolean followUp = terms.followUp() || attempt.followUpRequested();
		this.log.scored(callbackId, scores, attempt.comments(), followUp, this.clock.timestamp());
		this.audit.record(actor, "CALLBACK_SCORED", "order", orderNumber, processInstanceId,
				"delivery " + scores.delivery() + ", product " + scores.product() + ", service " + scores.service()
						+ (attempt.followUpRequested() ? ", follow-up requested" : "") + "; follow-up: " + followUp
						+ "; rules: " + terms.rulesFired());
		return new Outcome(Outcome.SCORED, followUp, null, failed);
	}

	/** Records what the sales manager's follow-up came to, and closes the callback. */
	@Transactional
	public void followedUp(long callbackId, String orderNumber, String outcome, String actor,
			String processInstanceId) {
		if (outcome == null || outcome.isBlank()) {
			throw new ContactRefused("followUpOutcome", "follow-up-outcome", "Say what came of the follow-up");
		}
		this.log.followedUp(callbackId, outcome.trim(), this.clock.timestamp());
		this.audit.record(actor, "CALLBACK_FOLLOWED_UP", "order", orderNumber, processInstanceId, outcome.trim());
	}

	/** The SKUs the order delivered, for satisfaction by product. */
	private String products(String orderNumber) {
		return this.orders.head(orderNumber)
			.map((head) -> this.orders.lines(((Number) head.get("id")).longValue())
				.stream()
				.map((line) -> String.valueOf(line.get("sku")))
				.distinct()
				.collect(Collectors.joining(",")))
			.orElse("");
	}

	private static CallbackLog.Scores scores(Attempt attempt) {
		Map<String, FieldError> problems = new LinkedHashMap<>();
		check(problems, "deliveryScore", attempt.deliveryScore());
		check(problems, "productScore", attempt.productScore());
		check(problems, "serviceScore", attempt.serviceScore());
		if (!problems.isEmpty()) {
			throw new ContactRefused(problems);
		}
		return new CallbackLog.Scores(attempt.deliveryScore(), attempt.productScore(), attempt.serviceScore());
	}

	private static void check(Map<String, FieldError> problems, String field, Integer score) {
		if (score == null || score < 1 || score > 5) {
			problems.put(field, FieldError.of(field, "callback-score", "Give a score from 1 to 5"));
		}
	}

	/**
	 * @param callbackId the callback's number
	 * @param customerName the customer's name
	 * @param deliveredOn when delivery was confirmed
	 * @param dueOn when to call
	 */
	public record Planned(long callbackId, String customerName, LocalDate deliveredOn, LocalDate dueOn) {
	}

	/**
	 * One call.
	 *
	 * @param reached whether the customer was reached
	 * @param deliveryScore satisfaction with the delivery, 1 to 5
	 * @param productScore satisfaction with the product, 1 to 5
	 * @param serviceScore satisfaction with the service, 1 to 5
	 * @param comments the customer's comments
	 * @param followUpRequested whether the assistant asks the sales manager to follow up
	 */
	public record Attempt(boolean reached, Integer deliveryScore, Integer productScore, Integer serviceScore,
			String comments, boolean followUpRequested) {
	}

	/**
	 * @param result SCORED, RETRY or UNREACHABLE
	 * @param followUp whether the sales manager follows up
	 * @param retryOn when to call again after a failed attempt
	 * @param failedAttempts failed attempts so far
	 */
	public record Outcome(String result, boolean followUp, LocalDate retryOn, int failedAttempts) {

		public static final String SCORED = "SCORED";

		public static final String RETRY = "RETRY";

		public static final String UNREACHABLE = "UNREACHABLE";

	}

}
