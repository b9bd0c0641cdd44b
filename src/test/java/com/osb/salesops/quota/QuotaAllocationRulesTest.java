package com.osb.salesops.quota;

import java.math.BigDecimal;
import java.math.MathContext;

import com.osb.salesops.quota.model.Bound;
import com.osb.salesops.quota.model.QuotaPlan;
import com.osb.salesops.quota.model.QuotaRequest;
import com.osb.salesops.quota.model.RepQuota;
import org.junit.jupiter.api.Test;

import static com.osb.salesops.quota.QuotaFixture.quotaOf;
import static com.osb.salesops.quota.QuotaFixture.workedExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The quota rules of {@code rules/quota/quota-allocation.drl} with the allocation they
 * drive, on POLICY section 4's worked example and on each side of every rule.
 */
class QuotaAllocationRulesTest {

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
		assertThat(plan.mu().toPlainString()).startsWith("0.98218");
		assertThat(plan.reps()).extracting(RepQuota::id, RepQuota::quota, RepQuota::bound)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("R1", 530_900L, Bound.NONE),
					org.assertj.core.groups.Tuple.tuple("R2", 270_000L, Bound.FLOOR),
					org.assertj.core.groups.Tuple.tuple("R3", 79_600L, Bound.NONE),
					org.assertj.core.groups.Tuple.tuple("R4", 119_500L, Bound.NONE));
		assertThat(cents(quotaOf(plan, "R1").idealQuota())).isEqualTo("540540.54");
		assertThat(cents(quotaOf(plan, "R2").idealQuota())).isEqualTo("256756.76");
		assertThat(cents(quotaOf(plan, "R3").idealQuota())).isEqualTo("81081.08");
		assertThat(cents(quotaOf(plan, "R4").idealQuota())).isEqualTo("121621.62");
		assertThat(cents(quotaOf(plan, "R1").quotaBeforeRounding())).isEqualTo("530909.09");
		assertThat(cents(quotaOf(plan, "R4").quotaBeforeRounding())).isEqualTo("119454.55");
		assertThat(quotaOf(plan, "R2").weight()).isCloseTo(0.2375, within(1e-15));
		assertThat(quotaOf(plan, "R3").rampFactor()).isEqualByComparingTo("0.5");
	}

	private static String cents(BigDecimal value) {
		return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	private static String cents(double value) {
		return cents(BigDecimal.valueOf(value));
	}

}
