package com.osb.salesops.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import com.osb.salesops.credit.model.CreditProfile;
import com.osb.salesops.credit.model.RuleFired;
import com.osb.salesops.shared.audit.AuditLog;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Who approves a manual adjustment, decided on the customer's figures of the moment: when
 * it is requested, again when it is approved (a refresh in between may have moved the
 * formula limit), and for a renewal on the formula limit of the refresh. Each decision is
 * audited with the rule that fired and the figures it fired on.
 */
@Service
public class AdjustmentApprovals {

	/**
	 * The approvers in the order of the policy's bands: an approval by a later group also
	 * covers an earlier band.
	 */
	private static final List<String> BANDS = List.of("sales-manager", "finance", "general-manager");

	private final JdbcTemplate jdbc;

	private final CreditAdjustments adjustments;

	private final CreditDecisions decisions;

	private final AuditLog audit;

	AdjustmentApprovals(JdbcTemplate jdbc, CreditAdjustments adjustments, CreditDecisions decisions, AuditLog audit) {
		this.jdbc = jdbc;
		this.adjustments = adjustments;
		this.decisions = decisions;
		this.audit = audit;
	}

	/** Decides the approver of the adjustment on the customer's current figures. */
	public Decided decide(long adjustmentId) {
		Requested adjustment = requested(adjustmentId);
		CreditProfile profile = this.adjustments.profile(adjustment.customerId());
		CreditDecisions.Approver approver = this.decisions.adjustmentApprover(adjustment.amount(),
				profile.formulaLimit());
		String rule = approver.rulesFired()
			.stream()
			.map((fired) -> fired.rule() + " (" + fired.description() + ")")
			.collect(Collectors.joining(", "));
		this.audit.record(null, "CREDIT_ADJUSTMENT_APPROVER", "customer", String.valueOf(adjustment.customerId()),
				adjustment.processInstanceId(), approver.group() + " by " + rule + " on manualAdjustment "
						+ cents(adjustment.amount()) + " and formulaLimit " + cents(profile.formulaLimit()));
		String sentences = approver.rulesFired().stream().map(RuleFired::description).collect(Collectors.joining("; "));
		return new Decided(approver.group(), rule, sentences, profile.grade(), cents(adjustment.amount()),
				cents(profile.formulaLimit()), cents(profile.creditLimit()));
	}

	/** Whether an approval by one group covers the band another group stands for. */
	public boolean covers(String approvedBy, String required) {
		int band = BANDS.indexOf(required);
		return band >= 0 && BANDS.indexOf(approvedBy) >= band;
	}

	/** A renewal of an approved adjustment: the same amount, asked for again. */
	public long requestRenewal(long adjustmentId, String reason, String requestedBy) {
		Requested previous = requested(adjustmentId);
		long renewal = this.adjustments.request(previous.customerId(), previous.amount(), reason, requestedBy,
				previous.processInstanceId());
		this.jdbc.update("update credit_adjustment set renewal_of = ? where id = ?", adjustmentId, renewal);
		return renewal;
	}

	/** Records that the adjustment falls outside the policy on the current figures. */
	public void refuse(long adjustmentId, String why) {
		Requested adjustment = requested(adjustmentId);
		this.jdbc.update("update credit_adjustment set status = 'REFUSED' where id = ?", adjustmentId);
		this.audit.record(null, "CREDIT_ADJUSTMENT_REFUSED", "customer", String.valueOf(adjustment.customerId()),
				adjustment.processInstanceId(), cents(adjustment.amount()) + ": " + why);
	}

	/** The refresh date at which the approved adjustment lapses. */
	public LocalDate expiresOn(long adjustmentId) {
		return this.jdbc
			.queryForObject("select expires_on from credit_adjustment where id = ?", java.sql.Date.class, adjustmentId)
			.toLocalDate();
	}

	private Requested requested(long adjustmentId) {
		return this.jdbc.queryForObject(
				"select customer_id, amount, process_instance_id from credit_adjustment where id = ?",
				(rs, row) -> new Requested(rs.getLong(1), rs.getBigDecimal(2), rs.getString(3)), adjustmentId);
	}

	/**
	 * Money as a canonical decimal text with two places, as process variables carry it.
	 */
	public static String cents(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
	}

	/**
	 * @param approver the approving group, or {@code REFUSED}
	 * @param rule the rule that decided, with its description
	 * @param grade the customer's grade
	 * @param manualAdjustment the amount, e.g. {@code "-15000.00"}
	 * @param formulaLimit the formula limit it was decided on
	 * @param creditLimit the current credit limit
	 */
	public record Decided(String approver, String rule, String ruleText, String grade, String manualAdjustment,
			String formulaLimit, String creditLimit) {
	}

	private record Requested(long customerId, BigDecimal amount, String processInstanceId) {
	}

}
