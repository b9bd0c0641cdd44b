package com.osb.salesops.quota;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import com.osb.salesops.incentive.CreditedRevenue;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attainment to date against a plan: each rep's credited revenue from 1 January of the
 * plan year up to and including the as-of date, against the quota of the months begun by
 * then. Credited revenue is the incentive capability's, so that the figures agree with
 * the statements. Each rep is counted in the region they were in on the as-of day (within
 * the plan year), as a quarter's statements count them on its last day.
 */
@Service
public class QuotaAttainment {

	private static final int RATIO_SCALE = 10;

	private final QuotaPlanReports reports;

	private final CreditedRevenue credited;

	QuotaAttainment(QuotaPlanReports reports, CreditedRevenue credited) {
		this.reports = reports;
		this.credited = credited;
	}

	/**
	 * Every rep's attainment, or only the given user's own when {@code onlyUserId} is
	 * set.
	 */
	@Transactional(readOnly = true)
	public List<RepAttainment> toDate(PlanHeader plan, String onlyUserId, LocalDate asOf) {
		LocalDate start = LocalDate.of(plan.year(), 1, 1);
		LocalDate end = start.plusYears(1);
		LocalDate before = asOf.plusDays(1).isAfter(end) ? end : asOf.plusDays(1);
		int months = asOf.isBefore(start) ? 0 : asOf.isBefore(end) ? asOf.getMonthValue() : 12;
		LocalDate teamDay = asOf.isBefore(start) ? start : asOf.isBefore(end) ? asOf : end.minusDays(1);
		return this.reports.lines(plan.id(), onlyUserId, teamDay).stream().map((line) -> {
			long quota = line.quotaToMonth(months);
			BigDecimal credit = before.isAfter(start) ? this.credited.between(line.repId(), start, before)
					: BigDecimal.ZERO;
			BigDecimal attainment = (quota > 0)
					? credit.divide(BigDecimal.valueOf(quota), RATIO_SCALE, RoundingMode.HALF_EVEN) : null;
			return new RepAttainment(line.marketId(), line.regionId(), line.repId(), line.quota().longValueExact(),
					quota, credit, attainment);
		}).toList();
	}

}
