package com.osb.salesops.quota.process;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import com.osb.salesops.quota.PlanMarkets;
import com.osb.salesops.quota.QuotaPlans;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.stereotype.Component;

/**
 * What the quota plan model asks of the application by expression: when the plan's period
 * starts, in business time, who reviews each market's part and who acknowledges the
 * published plan.
 */
@Component
public class QuotaPlanSchedule {

	private final BusinessClock clock;

	private final QuotaPlans plans;

	private final PlanMarkets markets;

	QuotaPlanSchedule(BusinessClock clock, QuotaPlans plans, PlanMarkets markets) {
		this.clock = clock;
		this.plans = plans;
		this.markets = markets;
	}

	/** 00:00 business time on 1 January of the plan year. */
	public Date periodStart(Long planYear) {
		return Date.from(LocalDate.of(planYear.intValue(), 1, 1).atStartOfDay(this.clock.zone()).toInstant());
	}

	/** Every market of the plan, each reviewed by its director. */
	public List<String> marketsToReview(String planId) {
		return this.markets.markets(planId);
	}

	/** The market's director, who reviews its part of the plan. */
	public List<String> marketReviewers(String marketId) {
		return this.markets.director(marketId).map(List::of).orElse(List.of());
	}

	/** Any sales director, only for a market without a director of its own. */
	public List<String> marketReviewerGroups(String marketId) {
		return this.markets.director(marketId).isPresent() ? List.of() : List.of(Roles.SALES_DIRECTOR);
	}

	/** Every rep of the plan, each acknowledging their own quota. */
	public List<String> acknowledgers(String planId) {
		return this.plans.repUserIds(planId);
	}

}
