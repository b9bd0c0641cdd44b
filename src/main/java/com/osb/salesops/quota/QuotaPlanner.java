package com.osb.salesops.quota;

import com.osb.salesops.quota.model.InfeasiblePlanException;
import com.osb.salesops.quota.model.QuotaAllocator;
import com.osb.salesops.quota.model.QuotaPlan;
import com.osb.salesops.quota.model.QuotaRequest;
import com.osb.salesops.quota.rules.QuotaRules;

/**
 * Allocates a quota plan: the quota rules decide the terms, the allocator applies them.
 * It writes nothing, so the what-if simulation and a real plan share it.
 */
public class QuotaPlanner {

	private final QuotaRules rules;

	public QuotaPlanner(QuotaRules rules) {
		this.rules = rules;
	}

	/**
	 * Allocates the target over the reps.
	 * @throws InfeasiblePlanException when the fairness bounds cannot meet the target
	 */
	public QuotaPlan allocate(QuotaRequest request) {
		return QuotaAllocator.allocate(request, this.rules.decide(request));
	}

}
