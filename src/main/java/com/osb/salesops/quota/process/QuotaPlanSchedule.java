package com.osb.salesops.quota.process;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import com.osb.salesops.quota.QuotaPlans;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.stereotype.Component;

/**
 * What the quota plan model asks of the application by expression: when the plan's period
 * starts, in business time, and who acknowledges the published plan.
 */
@Component
public class QuotaPlanSchedule {

	private final BusinessClock clock;

	private final QuotaPlans plans;

	QuotaPlanSchedule(BusinessClock clock, QuotaPlans plans) {
		this.clock = clock;
		this.plans = plans;
	}

	/** 00:00 business time on 1 January of the plan year. */
	public Date periodStart(Long planYear) {
		return Date.from(LocalDate.of(planYear.intValue(), 1, 1).atStartOfDay(this.clock.zone()).toInstant());
	}

	/** Every rep of the plan, each acknowledging their own quota. */
	public List<String> acknowledgers(String planId) {
		return this.plans.repUserIds(planId);
	}

}
