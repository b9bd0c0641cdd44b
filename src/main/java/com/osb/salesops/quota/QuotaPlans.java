package com.osb.salesops.quota;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.osb.salesops.quota.model.InfeasiblePlanException;
import com.osb.salesops.quota.model.QuotaPlan;
import com.osb.salesops.quota.model.QuotaRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a quota plan (POLICY section 4.6): drafted from the organisation and last
 * year's actuals or from an upload, reviewed, approved or sent back, published, and
 * acknowledged by every rep. The process decides the order; this service keeps the plan.
 */
@Service
public class QuotaPlans {

	/** Last year's monthly share, or equal months when there is no history. */
	public static final String SEASONALITY_LAST_YEAR = "LAST_YEAR";

	public static final String SEASONALITY_EQUAL = "EQUAL";

	private final QuotaPlanner planner;

	private final QuotaPlanInputs inputs;

	private final QuotaPlanStore store;

	QuotaPlans(QuotaPlanner planner, QuotaPlanInputs inputs, QuotaPlanStore store) {
		this.planner = planner;
		this.inputs = inputs;
		this.store = store;
	}

	/** Keeps uploaded inputs as a new plan, to be drafted by the process. */
	@Transactional
	public String upload(int year, long target, String seasonality, List<PlanLineInput> reps, String by) {
		String planId = this.store.nextId(year);
		this.store.create(planId, year, target, seasonality, "CSV", by);
		this.store.addInputs(planId, reps);
		return planId;
	}

	/** The ids in the list that name no sales rep. */
	public List<String> unknownReps(List<String> repIds) {
		return this.store.unknownReps(repIds);
	}

	/**
	 * Drafts the plan: a new one from the database when {@code planId} is null, else the
	 * given plan again, with the target and seasonality given.
	 * @throws QuotaPlanRefused when the target cannot be allocated
	 */
	@Transactional
	public PlanDraft draft(String planId, int year, long target, String seasonality, String by) {
		String id = planId;
		if (id == null) {
			id = this.store.nextId(year);
			this.store.create(id, year, target, seasonality, "DATABASE", by);
			this.store.addInputs(id, this.inputs.reps(year));
		}
		List<PlanLineInput> lines = this.store.inputs(id);
		if (lines.isEmpty()) {
			throw new QuotaPlanRefused("planYear", "no-active-rep", "There is no active sales rep to give a quota to");
		}
		if (lines.stream().allMatch((line) -> line.potential().signum() == 0)) {
			throw new QuotaPlanRefused("target", "potentials-all-zero",
					"Every rep's territory potential is 0; at least one must be above 0");
		}
		List<BigDecimal> weights = SEASONALITY_EQUAL.equals(seasonality) ? null : this.inputs.lastYearSeasonality(year);
		QuotaPlan plan = allocate(
				new QuotaRequest(target, null, lines.stream().map(PlanLineInput::toRepInput).toList(), weights));
		int version = this.store.saveDraft(id, target, seasonality, plan);
		return new PlanDraft(id, version, PlanSummary.of(plan, lines));
	}

	@Transactional
	public void approve(String planId, String by, String comment) {
		this.store.status(planId, "APPROVED", by, comment);
	}

	@Transactional
	public void sendBack(String planId, String by, String reason) {
		this.store.status(planId, "SENT_BACK", by, reason);
	}

	@Transactional
	public void publish(String planId) {
		this.store.publish(planId);
	}

	/** The user id of every rep in the plan, who each acknowledge it. */
	public List<String> repUserIds(String planId) {
		return this.store.repUserIds(planId);
	}

	@Transactional
	public void acknowledge(String planId, String userId) {
		this.store.acknowledge(planId, userId);
	}

	private QuotaPlan allocate(QuotaRequest request) {
		try {
			return this.planner.allocate(request);
		}
		catch (InfeasiblePlanException ex) {
			throw InfeasiblePlans.refused(ex);
		}
	}

	static Map<String, PlanLineInput> byRep(List<PlanLineInput> lines) {
		return lines.stream().collect(Collectors.toMap(PlanLineInput::repId, Function.identity()));
	}

}
