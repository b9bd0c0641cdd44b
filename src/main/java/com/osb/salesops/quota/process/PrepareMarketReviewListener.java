package com.osb.salesops.quota.process;

import com.osb.salesops.quota.PlanMarkets;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

import static com.osb.salesops.quota.process.QuotaPlanProcess.MARKET_ID;
import static com.osb.salesops.quota.process.QuotaPlanProcess.MARKET_PART;
import static com.osb.salesops.quota.process.QuotaPlanProcess.PLAN_ID;

/**
 * Shows a market's director the market's part of the plan: each rep's quota against last
 * year, and the market's total.
 */
@Component
class PrepareMarketReviewListener implements TaskListener {

	private final PlanMarkets markets;

	PrepareMarketReviewListener(PlanMarkets markets) {
		this.markets = markets;
	}

	@Override
	public void notify(DelegateTask task) {
		MARKET_PART.setLocal(task, this.markets.part(PLAN_ID.get(task), MARKET_ID.get(task)));
	}

}
