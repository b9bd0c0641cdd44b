package com.osb.salesops.credit;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.osb.salesops.credit.model.CreditEvaluation;
import com.osb.salesops.credit.model.CreditInputs;
import com.osb.salesops.credit.model.GrowthPotential;
import com.osb.salesops.support.Latencies;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The what-if credit evaluation writes no engine history, so it must answer within 1 ms
 * at the 99th percentile inside the running application. Run with
 * {@code ./mvnw -B -Pbenchmark verify -Dit.test=CreditEvaluationBenchmark}. The
 * application starts with a mock servlet context and no server: the engine's REST API
 * needs a servlet context, the figure does not need a port.
 */
@SpringBootTest(webEnvironment = WebEnvironment.MOCK,
		properties = { "spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "salesops.demo.enabled=false",
				"camunda.bpm.job-execution.enabled=false", "spring.main.banner-mode=off", "logging.level.root=WARN" })
class CreditEvaluationBenchmark {

	private static final int WARM_UP_CALLS = 50_000;

	private static final int MEASURED_CALLS = 100_000;

	private static final Duration P99_TARGET = Duration.ofMillis(1);

	private static final BigDecimal SALES = new BigDecimal("1200000");

	private final CreditDecisions decisions;

	CreditEvaluationBenchmark(@Autowired CreditDecisions decisions) {
		this.decisions = decisions;
	}

	@Test
	void evaluatesWithinOneMillisecondAtP99() {
		// given
		List<CreditInputs> inputs = variedInputs();
		Latencies.warmUp(WARM_UP_CALLS, (call) -> this.decisions.evaluate(inputs.get(call % inputs.size())));

		// when
		Latencies latencies = Latencies.measure(MEASURED_CALLS,
				(call) -> this.decisions.evaluate(inputs.get(call % inputs.size())));

		// then
		System.out.println(latencies.summary("CreditDecisions.evaluate"));
		assertThat(latencies.percentile(99)).isLessThan(P99_TARGET);
	}

	/**
	 * Every grade with every growth potential, each with no adjustment, one within 20% of
	 * its formula limit, one of exactly 50%, one above 50% and a fixed 60,000 (refused
	 * when there is no formula limit), in a fixed random order.
	 */
	private List<CreditInputs> variedInputs() {
		List<CreditInputs> inputs = new ArrayList<>();
		List<String> grades = new ArrayList<>();
		List<String> approvers = new ArrayList<>();
		for (CreditInputs customer : customersOfEveryGrade()) {
			BigDecimal limit = this.decisions.evaluate(customer).formulaLimit();
			for (BigDecimal adjustment : adjustmentsOf(limit)) {
				CreditInputs adjusted = withAdjustment(customer, adjustment);
				CreditEvaluation evaluation = this.decisions.evaluate(adjusted);
				grades.add(evaluation.grade());
				approvers.add(evaluation.adjustmentApprover());
				inputs.add(adjusted);
			}
		}
		assertThat(grades).as("grades").containsOnly("A", "B", "C", "D", "E");
		assertThat(approvers).as("approvers")
			.containsOnly("NONE", "sales-manager", "finance", "general-manager", "REFUSED");
		Collections.shuffle(inputs, new Random(42));
		return inputs;
	}

	private static List<BigDecimal> adjustmentsOf(BigDecimal formulaLimit) {
		return List.of(BigDecimal.ZERO, formulaLimit.multiply(new BigDecimal("0.1")),
				formulaLimit.multiply(new BigDecimal("-0.5")), formulaLimit.multiply(new BigDecimal("0.8")),
				new BigDecimal("60000"));
	}

	private static List<CreditInputs> customersOfEveryGrade() {
		List<CreditInputs> customers = new ArrayList<>();
		for (GrowthPotential growth : GrowthPotential.values()) {
			customers.add(customer("3", 0, 5, growth));
			customers.add(customer("10", 0, 2, growth));
			customers.add(customer("3", 0, 0, growth));
			customers.add(customer("40", 0, 5, growth));
			customers.add(customer("3", 120, 5, growth));
		}
		return customers;
	}

	private static CreditInputs customer(String avgDaysLate, int maxOverdueDays, int yearsAsCustomer,
			GrowthPotential growth) {
		return new CreditInputs(SALES, new BigDecimal(avgDaysLate), maxOverdueDays, yearsAsCustomer, growth,
				BigDecimal.ZERO);
	}

	private static CreditInputs withAdjustment(CreditInputs customer, BigDecimal adjustment) {
		return new CreditInputs(customer.trailing12mNetSales(), customer.avgDaysLate(), customer.maxOverdueDays(),
				customer.yearsAsCustomer(), customer.growthPotential(), adjustment);
	}

}
