package com.osb.salesops.credit.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a changed {@code credit-limit} would do to every active customer, before it is
 * deployed.
 *
 * @param decision the decision previewed
 * @param evaluatedOn the business date the ledger was read on
 * @param customers every active customer, before and after
 */
public record CreditLimitPreview(String decision, LocalDate evaluatedOn, List<CreditLimitChange> customers) {

	public CreditLimitPreview {
		customers = List.copyOf(customers);
	}

	/** The figures an analyst looks at first. */
	public Summary summary() {
		List<CreditLimitChange> changed = this.customers.stream().filter(CreditLimitChange::changed).toList();
		BigDecimal before = sum(this.customers.stream().map(CreditLimitChange::creditLimitBefore).toList());
		BigDecimal after = sum(this.customers.stream().map(CreditLimitChange::creditLimitAfter).toList());
		int held = (int) this.customers.stream().filter(CreditLimitChange::openOrdersPassToHold).count();
		return new Summary(this.customers.size(), changed.size(), before, after, after.subtract(before), held);
	}

	private static BigDecimal sum(List<BigDecimal> amounts) {
		return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * @param customers active customers compared
	 * @param customersChanged customers whose grade, limit or terms change
	 * @param totalLimitBefore the sum of the limits in use
	 * @param totalLimitAfter the sum of the limits after the change
	 * @param totalLimitMoved after minus before
	 * @param customersPassToHold customers whose open orders would go from PASS to HOLD
	 */
	public record Summary(int customers, int customersChanged, BigDecimal totalLimitBefore, BigDecimal totalLimitAfter,
			BigDecimal totalLimitMoved, int customersPassToHold) {
	}

}
