package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.util.List;

import com.osb.salesops.incentive.model.PayoutPlan;
import com.osb.salesops.incentive.model.PayoutSimulation;
import com.osb.salesops.incentive.model.Quarter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payout curve of {@code rules/incentive} on the worked examples of POLICY section 5,
 * each boundary, the cap, rounding, SPIFFs and a changed plan, without Spring.
 */
class PayoutRulesTest {

	static final String DEFAULT_PLAN = "Default plan: nothing below 50%, attainment up to 100%, accelerator 2 up to 150%, slope 1 above, cap 250%";

	static final String NEGATIVE = "No curve payout when credited revenue is negative";

	static final String BELOW_THRESHOLD = "No curve payout below the 50% threshold";

	static final String EQUALS_ATTAINMENT = "Payout rate equals attainment from 50% to 100%";

	static final String ACCELERATED = "Payout rate accelerated by the accelerator above 100% up to 150%";

	static final String SLOPE_ABOVE = "Payout rate rises by the slope above 150%";

	static final String CAPPED = "Payout rate capped at 250%";

	static final String CARRIED_FORWARD = "Negative credited revenue carried into the next quarter";

	static final String SPIFF = "SPIFF 500 for a customer whose first ever order was paid in the quarter";

	static final Quarter Q1 = new Quarter(2025, 1);

	static final BigDecimal QUOTA = new BigDecimal("100000");

	static final BigDecimal TI = new BigDecimal("10000");

	static final PayoutRules rules = IncentiveRules.compiled();

	PayoutCalculator calculator = new PayoutCalculator(rules);

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvFileSource(resources = "/incentive/payout.examples.csv", useHeadersInDisplayName = true)
	void agreesWithEveryExample(String example, String quota, String targetIncentive, String credited, int newCustomers,
			String attainment, String payoutRate, String payout, String rulesFired) {
		// when
		PayoutSimulation result = this.calculator.simulate(new BigDecimal(quota), new BigDecimal(targetIncentive),
				new BigDecimal(credited), newCustomers);

		// then
		assertThat(result.attainment()).isEqualByComparingTo(attainment);
		assertThat(result.payoutRate()).isEqualByComparingTo(payoutRate);
		assertThat(result.payout()).isEqualTo(new BigDecimal(payout));
		assertThat(result.rulesFired()).containsExactlyElementsOf(List.of(rulesFired.split(" \\| ")));
	}

	@Test
	void theDefaultPlanTakesItsFiguresFromTheRules() {
		// given
		PayoutPlan plan = PayoutPlan.defaults();

		// when
		PayoutSimulation result = this.calculator.simulate(QUOTA, TI, new BigDecimal("130000"), 0, plan);

		// then
		assertThat(result.rulesFired()).containsExactly(DEFAULT_PLAN, ACCELERATED);
		assertThat(List.of(plan.getThreshold(), plan.getTarget(), plan.getAcceleratedUpTo(), plan.getAccelerator(),
				plan.getSlopeAbove(), plan.getCap()))
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("1.5"), new BigDecimal("2"),
					BigDecimal.ONE, new BigDecimal("2.5"));
	}

	@ParameterizedTest(name = "credited {0} is capped at 250%")
	@CsvSource({ "200010", "250000", "1000000" })
	void theCapBindsAbove200PercentAttainment(String credited) {
		// when
		PayoutSimulation result = simulate(credited, 0);

		// then
		assertThat(result.payoutRate()).isEqualByComparingTo("2.5");
		assertThat(result.payout()).isEqualTo(new BigDecimal("25000.00"));
		assertThat(result.rulesFired()).containsExactly(SLOPE_ABOVE, CAPPED);
	}

	@Test
	void carriesAttainmentUnrounded() {
		// when
		PayoutSimulation result = this.calculator.simulate(new BigDecimal("300000"), TI, new BigDecimal("200000"), 0);

		// then
		assertThat(result.attainment().scale()).isGreaterThanOrEqualTo(10);
		assertThat(result.payoutRate()).isEqualTo(result.attainment());
		assertThat(result.attainment()).isEqualByComparingTo("0.66666666666666666667");
		assertThat(result.payout()).isEqualTo(new BigDecimal("6666.67"));
	}

	@Test
	void spiffsArePaidPerNewCustomerWhateverTheAttainment() {
		// when
		PayoutSimulation result = simulate("0", 3);

		// then
		assertThat(result.payout()).isEqualTo(new BigDecimal("1500.00"));
		assertThat(result.rulesFired()).containsExactly(SPIFF, BELOW_THRESHOLD);
	}

	@Test
	void aPlanCanOverrideTheAcceleratorAndCap() {
		// given
		PayoutPlan plan = PayoutPlan.withOverrides(null, null, null, new BigDecimal("3"), null, new BigDecimal("2"));

		// when
		PayoutSimulation accelerated = this.calculator.simulate(QUOTA, TI, new BigDecimal("130000"), 0, plan);
		PayoutSimulation capped = this.calculator.simulate(QUOTA, TI, new BigDecimal("170000"), 0, plan);

		// then
		assertThat(accelerated.payoutRate()).isEqualByComparingTo("1.9");
		assertThat(capped.payoutRate()).isEqualByComparingTo("2");
		assertThat(plan.getThreshold()).isEqualByComparingTo("0.5");
	}

	private PayoutSimulation simulate(String credited, int newCustomers) {
		return this.calculator.simulate(QUOTA, TI, new BigDecimal(credited), newCustomers);
	}

}
