package com.osb.salesops.ordertocash.order;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A period of order dates cut into the whole months it holds, read from the monthly sums,
 * and the days before and after them, read from the orders.
 *
 * @param firstMonth the first whole month, or null when the period has no first day
 * @param lastMonth the last whole month, or null when the period has no last day
 * @param partialDays the first and last day of each stretch outside the whole months
 * @param wholeMonths whether any whole month is in the period
 */
record MonthSpan(YearMonth firstMonth, YearMonth lastMonth, List<LocalDate[]> partialDays, boolean wholeMonths) {

	static MonthSpan of(LocalDate from, LocalDate to) {
		if (from != null && to != null && from.isAfter(to)) {
			return new MonthSpan(null, null, List.of(), false);
		}
		YearMonth first = (from == null) ? null
				: (from.getDayOfMonth() == 1) ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
		YearMonth last = (to == null) ? null : (to.equals(YearMonth.from(to).atEndOfMonth())) ? YearMonth.from(to)
				: YearMonth.from(to).minusMonths(1);
		if (first != null && last != null && first.isAfter(last)) {
			List<LocalDate[]> whole = new ArrayList<>();
			whole.add(new LocalDate[] { from, to });
			return new MonthSpan(null, null, whole, false);
		}
		List<LocalDate[]> partial = new ArrayList<>();
		if (from != null && from.getDayOfMonth() != 1) {
			partial.add(new LocalDate[] { from, first.atDay(1).minusDays(1) });
		}
		if (to != null && !to.equals(YearMonth.from(to).atEndOfMonth())) {
			partial.add(new LocalDate[] { last.plusMonths(1).atDay(1), to });
		}
		return new MonthSpan(first, last, partial, true);
	}

	static int yearMonth(LocalDate day) {
		return day.getYear() * 100 + day.getMonthValue();
	}

	boolean hasWholeMonths() {
		return this.wholeMonths;
	}

	/** The condition on a {@code year_month} column, its arguments added. */
	String monthsCondition(String column, List<Object> arguments) {
		StringBuilder condition = new StringBuilder();
		if (this.firstMonth != null) {
			condition.append(" and ").append(column).append(" >= ?");
			arguments.add(this.firstMonth.getYear() * 100 + this.firstMonth.getMonthValue());
		}
		if (this.lastMonth != null) {
			condition.append(" and ").append(column).append(" <= ?");
			arguments.add(this.lastMonth.getYear() * 100 + this.lastMonth.getMonthValue());
		}
		return condition.toString();
	}

}
