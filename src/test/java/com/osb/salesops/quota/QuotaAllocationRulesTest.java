package com.osb.salesops.quota;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import com.osb.salesops.quota.model.Bound;
import com.osb.salesops.quota.model.InfeasiblePlanException;
import com.osb.salesops.quota.model.QuotaPlan;
import com.osb.salesops.quota.model.QuotaRequest;
import com.osb.salesops.quota.model.RepInput;
import com.osb.salesops.quota.model.RepQuota;
import org.junit.jupiter.api.Test;

import static com.osb.salesops.quota.QuotaFixture.quotaOf;
import static com.osb.salesops.quota.QuotaFixture.rep;
import static com.osb.salesops.quota.QuotaFixture.workedExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * The quota rules of {@code rules/quota/quota-allocation.drl} with the allocation they
 * drive, on POLICY section 4's worked example and on each side of every rule.
 */
class QuotaAllocationRulesTest {

	static final String DEFAULT_ALPHA = "Alpha 0.5: last year's actuals and potential weigh equally";

	static final String REQUESTED_ALPHA = "Alpha as requested, overriding the default for this simulation";

	static final String NO_HISTORY = "Weight by potential alone when no rep sold last year";

	static final String RAMP = "Ramp factor 0.5 in the first 6 months";

	static final String NO_RAMP = "Ramp factor 1.0 from 6 months of tenure";

	static final String BOUNDED = "Quota between 0.9 and 1.5 times last year for a rep who sold last year";

	static final String UNBOUNDED = "Quota of 0 or more with no cap for a rep who did not sell last year";

	private final QuotaPlanner planner = QuotaFixture.planner();

	@Test
	void shouldReproduceThePolicyWorkedExample() {
		// given
		QuotaRequest request = new QuotaRequest(1_000_000, workedExample());

		// when
		QuotaPlan plan = this.planner.allocate(request);

		// then
		BigDecimal expectedMu = new BigDecimal("730000").divide(new BigDecimal("743243.243243243243243243243"),
				MathContext.DECIMAL128);
		assertThat(plan.mu()).isCloseTo(expectedMu, within(new BigDecimal("1e-15")));
		assertThat(plan.reps()).extracting(RepQuota::id, RepQuota::quota, RepQuota::bound)
			.containsExactly(tuple("R1", 530_900L, Bound.NONE), tuple("R2", 270_000L, Bound.FLOOR),
					tuple("R3", 79_600L, Bound.NONE), tuple("R4", 119_500L, Bound.NONE));
		assertThat(plan.reps()).extracting((rep) -> cents(rep.idealQuota()))
			.containsExactly("540540.54", "256756.76", "81081.08", "121621.62");
		assertThat(plan.reps()).extracting((rep) -> cents(rep.quotaBeforeRounding()))
			.containsExactly("530909.09", "270000.00", "79636.36", "119454.55");
		assertThat(plan.reps()).extracting((rep) -> digits(rep.weight()))
			.containsExactly("0.5", "0.2375", "0.15", "0.1125");
		assertThat(quotaOf(plan, "R2").floor()).isEqualByComparingTo("270000");
		assertThat(quotaOf(plan, "R2").cap()).isEqualByComparingTo("450000");
		assertThat(quotaOf(plan, "R3").cap()).isNull();
	}

	@Test
	void shouldExplainWhichRulesFiredForEachRep() {
		// when
		QuotaPlan plan = this.planner.allocate(new QuotaRequest(1_000_000, workedExample()));

		// then
		assertThat(plan.terms().rulesFired()).containsExactly(DEFAULT_ALPHA);
		assertThat(quotaOf(plan, "R1").rulesFired()).containsExactlyInAnyOrder(DEFAULT_ALPHA, NO_RAMP, BOUNDED);
		assertThat(quotaOf(plan, "R3").rulesFired()).containsExactlyInAnyOrder(DEFAULT_ALPHA, RAMP, UNBOUNDED);
		assertThat(quotaOf(plan, "R3").rampFactor()).isEqualByComparingTo("0.5");
		assertThat(quotaOf(plan, "R4").rampFactor()).isEqualByComparingTo("1.0");
	}

	@Test
	void shouldCapRepWhenIdealAboveOneAndAHalfTimesLastYear() {
		// given
		List<RepInput> reps = List.of(rep("A", 100_000, 900_000, 24), rep("B", 900_000, 100_000, 24));

		// when
		QuotaPlan plan = this.planner.allocate(new QuotaRequest(1_000_000, reps));

		// then
		assertThat(plan.reps()).extracting(RepQuota::id, RepQuota::quota, RepQuota::bound)
			.containsExactly(tuple("A", 150_000L, Bound.CAP), tuple("B", 850_000L, Bound.NONE));
		assertThat(plan.mu()).isCloseTo(new BigDecimal("1.7"), within(new BigDecimal("1e-12")));
	}

	@Test
	void shouldBindFloorsAndCapsAtOnce() {
		// given
		List<RepInput> reps = List.of(rep("A", 100_000, 900_000, 24), rep("B", 900_000, 100_000, 24),
				rep("C", 500_000, 0, 24), rep("D", 0, 400_000, 24));

		// when
		QuotaPlan plan = this.planner.allocate(new QuotaRequest(1_700_000, reps));

		// then
		assertThat(plan.reps()).extracting(RepQuota::id, RepQuota::quota, RepQuota::bound)
			.containsExactly(tuple("A", 150_000L, Bound.CAP), tuple("B", 810_000L, Bound.FLOOR),
					tuple("C", 450_000L, Bound.FLOOR), tuple("D", 290_000L, Bound.NONE));
	}

	@Test
	void shouldGiveNewRepHalfTheIdealOfAnEstablishedRep() {
		// given
		List<RepInput> reps = List.of(rep("NEW", 0, 200_000, 5), rep("OLD", 0, 200_000, 6));

		// when
		QuotaPlan plan = this.planner.allocate(new QuotaRequest(300_000, reps));

		// then
		assertThat(quotaOf(plan, "NEW").idealQuota()).isCloseTo(100_000, within(1e-6));
		assertThat(quotaOf(plan, "OLD").idealQuota()).isCloseTo(200_000, within(1e-6));
		assertThat(quotaOf(plan, "NEW").rulesFired()).contains(RAMP);
		assertThat(quotaOf(plan, "OLD").rulesFired()).contains(NO_RAMP);
	}

	@Test
	void shouldWeightByPotentialAloneWhenNoRepSoldLastYear() {
		// given
		List<RepInput> reps = List.of(rep("A", 0, 100_000, 12), rep("B", 0, 300_000, 12), rep("C", 0, 600_000, 2));

		// when
		QuotaPlan plan = this.planner.allocate(new QuotaRequest(1_000_000, reps));

		// then
		assertThat(plan.terms().alpha()).isEqualByComparingTo("0");
		assertThat(plan.terms().rulesFired()).containsExactly(NO_HISTORY);
		assertThat(plan.reps()).extracting((rep) -> digits(rep.weight())).containsExactly("0.1", "0.3", "0.6");
		assertThat(plan.reps()).extracting(RepQuota::quota).containsExactly(142_800L, 428_600L, 428_600L);
		assertThat(plan.reps()).extracting(RepQuota::bound).containsOnly(Bound.NONE);
	}

	@Test
	void shouldApplyTheRequestedAlphaInsteadOfTheDefault() {
		// given
		QuotaRequest request = new QuotaRequest(1_000_000, BigDecimal.ONE, workedExample(), null);

		// when
		QuotaPlan plan = this.planner.allocate(request);

		// then
		assertThat(plan.terms().alpha()).isEqualByComparingTo("1");
		assertThat(plan.terms().alphaRequested()).isTrue();
		assertThat(plan.terms().rulesFired()).containsExactly(REQUESTED_ALPHA);
		assertThat(quotaOf(plan, "R1").weight()).isCloseTo(0.5, within(1e-15));
		assertThat(quotaOf(plan, "R3").weight()).isZero();
	}

	@Test
	void shouldRefusePlanWhenFloorsExceedTarget() {
		// given
		QuotaRequest request = new QuotaRequest(700_000, workedExample());

		// when / then
		assertThatThrownBy(() -> this.planner.allocate(request))
			.isInstanceOfSatisfying(InfeasiblePlanException.class, (ex) -> {
				assertThat(ex.binding()).isEqualTo(Bound.FLOOR);
				assertThat(ex.boundsSum()).isEqualByComparingTo("720000");
				assertThat(ex.repIds()).containsExactly("R1", "R2", "R4");
			})
			.hasMessageContaining("FLOOR bounds sum to 720,000.00, more than the target 700,000");
	}

	@Test
	void shouldRefusePlanWhenCapsFallShortOfTarget() {
		// given
		List<RepInput> reps = List.of(rep("A", 100_000, 100_000, 24), rep("B", 200_000, 100_000, 2));

		// when / then
		assertThatThrownBy(() -> this.planner.allocate(new QuotaRequest(500_000, reps)))
			.isInstanceOfSatisfying(InfeasiblePlanException.class, (ex) -> {
				assertThat(ex.binding()).isEqualTo(Bound.CAP);
				assertThat(ex.boundsSum()).isEqualByComparingTo("450000");
				assertThat(ex.repIds()).containsExactly("A", "B");
			})
			.hasMessageContaining("CAP bounds allow at most 450,000.00");
	}

	private static String digits(double value) {
		return new BigDecimal(value, new MathContext(12)).stripTrailingZeros().toPlainString();
	}

	private static String cents(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

}
