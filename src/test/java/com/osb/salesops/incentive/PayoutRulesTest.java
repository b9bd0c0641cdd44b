package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.util.List;

import com.osb.salesops.incentive.model.PayoutPlan;
import com.osb.salesops.incentive.model.PayoutSimulation;
import com.osb.salesops.incentive.model.Quarter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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

	@ParameterizedTest(name = "POLICY 5 worked example: credited {0}, {1} new -> A {2}, P {3}, {4}")
	@CsvSource({ "45000, 0, 0.45, 0, 0.00", "80000, 0, 0.8, 0.8, 8000.00", "130000, 0, 1.3, 1.6, 16000.00",
			"170000, 1, 1.7, 2.2, 22500.00", "400000, 0, 4, 2.5, 25000.00" })
	void reproducesTheWorkedExamples(String credited, int newCustomers, String attainment, String rate, String payout) {
		// when
		PayoutSimulation result = simulate(credited, newCustomers);

		// then
		assertThat(result.attainment()).isEqualByComparingTo(attainment);
		assertThat(result.payoutRate()).isEqualByComparingTo(rate);
		assertThat(result.payout()).isEqualTo(new BigDecimal(payout));
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

	@Test
	void theCappedExampleNamesTheRulesThatFired() {
		// when
		PayoutSimulation result = simulate("400000", 0);

		// then
		assertThat(result.rulesFired()).containsExactly(SLOPE_ABOVE, CAPPED);
	}

	@Test
	void theNewCustomerExampleNamesTheSpiff() {
		// when
		PayoutSimulation result = simulate("170000", 1);

		// then
		assertThat(result.rulesFired()).containsExactly(SPIFF, SLOPE_ABOVE);
		assertThat(result.spiffs()).isEqualByComparingTo("500");
	}

	@ParameterizedTest(name = "credited {0} -> P {1}, {2} by ''{3}''")
	@CsvSource(delimiter = '|', textBlock = """
			49990  | 0      | 0.00     | No curve payout below the 50% threshold
			50000  | 0.5    | 5000.00  | Payout rate equals attainment from 50% to 100%
			100000 | 1      | 10000.00 | Payout rate equals attainment from 50% to 100%
			100010 | 1.0002 | 10002.00 | Payout rate accelerated by the accelerator above 100% up to 150%
			150000 | 2      | 20000.00 | Payout rate accelerated by the accelerator above 100% up to 150%
			150010 | 2.0001 | 20001.00 | Payout rate rises by the slope above 150%
			200000 | 2.5    | 25000.00 | Payout rate rises by the slope above 150%
			""")
	void eachBoundaryOfTheCurve(String credited, String rate, String payout, String rule) {
		// when
		PayoutSimulation result = simulate(credited, 0);

		// then
		assertThat(result.payoutRate()).isEqualByComparingTo(rate);
		assertThat(result.payout()).isEqualTo(new BigDecimal(payout));
		assertThat(result.rulesFired()).containsExactly(rule);
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

	@ParameterizedTest(name = "credited {0} -> {1} (half to even at the cent)")
	@CsvSource({ "80001.25, 8000.12", "80001.35, 8000.14", "80001.26, 8000.13" })
	void roundsOnlyThePayoutHalfToEven(String credited, String payout) {
		// when
		PayoutSimulation result = simulate(credited, 0);

		// then
		assertThat(result.payoutRate()).isEqualByComparingTo(new BigDecimal(credited).movePointLeft(5));
		assertThat(result.payout()).isEqualTo(new BigDecimal(payout));
	}

	@Test
	void carriesAttainmentUnrounded() {
		// when
		PayoutSimulation result = this.calculator.simulate(new BigDecimal("300000"), TI, new BigDecimal("200000"), 0);

		// then
		assertThat(result.attainment().scale()).isGreaterThanOrEqualTo(10);
		assertThat(result.attainment()).isEqualByComparingTo("0.66666666666666666667");
		assertThat(result.payout()).isEqualTo(new BigDecimal("6666.67"));
	}

	@Test
	void spiffsArePaidPerNewCustomerWhateverTheAttainment() {
		// when
		PayoutSimulation result = simulate("0", 3);

		// then
		assertThat(result.payout()).isEqualTo(new BigDecimal("1500.00"));
		assertThat(result.rulesFired()).containsExactly(SPIFF, SPIFF, SPIFF, BELOW_THRESHOLD);
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
