package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.osb.salesops.incentive.model.CreditedTransaction;
import com.osb.salesops.incentive.model.PayoutStatement;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.incentive.model.QuarterlyQuota;
import com.osb.salesops.incentive.model.TransactionKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarterly statements of a large sales force must go through the payout rules at
 * 250,000 credited transactions a second or more on one thread. Run with
 * {@code ./mvnw -B -Pbenchmark verify -Dit.test=PayoutRulesBenchmark}. The rules run as
 * packaged, without the application: the figure is the rules and the statement, not the
 * database. Two runs over every rep warm up the JIT; the figure is the median of five
 * measured runs, each printed, each on documents made afresh (untimed) so that every one
 * is classified by the rules again.
 */
class PayoutRulesBenchmark {

	private static final int REPS = 10_000;

	private static final int TRANSACTIONS_PER_REP = 100;

	private static final double TARGET_PER_SECOND = 250_000;

	private static final int WARM_UP_RUNS = 2;

	private static final int MEASURED_RUNS = 5;

	private static final Quarter QUARTER = new Quarter(2025, 1);

	private static final QuarterlyQuota QUOTA = new QuarterlyQuota(new BigDecimal("1000000"), "entered by sales ops");

	private static final BigDecimal TI = new BigDecimal("10000");

	private final PayoutCalculator calculator = new PayoutCalculator(IncentiveRules.compiled());

	private static long sink;

	@Test
	void processesAtLeast250000CreditedTransactionsASecond() {
		// given
		for (int run = 0; run < WARM_UP_RUNS; run++) {
			statements(salesForce());
		}

		// when
		double[] perSecond = new double[MEASURED_RUNS];
		List<List<CreditedTransaction>> reps = List.of();
		for (int run = 0; run < MEASURED_RUNS; run++) {
			reps = salesForce();
			long started = System.nanoTime();
			int transactions = statements(reps);
			double seconds = (System.nanoTime() - started) / 1e9;
			perSecond[run] = transactions / seconds;
			System.out.println(String.format(Locale.ROOT,
					"PayoutRules run %d: %d reps, %d credited transactions in %.2f s = %.0f transactions/s"
							+ " (%.1f us a statement)",
					run + 1, reps.size(), transactions, seconds, perSecond[run], seconds * 1e6 / reps.size()));
		}

		// then
		Arrays.sort(perSecond);
		double median = perSecond[MEASURED_RUNS / 2];
		System.out.println(String.format(Locale.ROOT,
				"PayoutRules: median %.0f, min %.0f, max %.0f credited transactions/s on one thread", median,
				perSecond[0], perSecond[MEASURED_RUNS - 1]));
		assertThat(median).isGreaterThanOrEqualTo(TARGET_PER_SECOND);
		assertThat(reps).allSatisfy((documents) -> assertThat(documents)
			.allSatisfy((document) -> assertThat(document.getRule()).as("classified by a rule").isNotNull()));
		assertThat(statementOfTheFirstRep(reps)).satisfies((statement) -> {
			assertThat(statement.lines()).hasSize(TRANSACTIONS_PER_REP)
				.allSatisfy((line) -> assertThat(line.rule()).isNotNull());
			assertThat(statement.spiffs()).isEqualByComparingTo("2000");
			assertThat(statement.credited()).isEqualByComparingTo("159200");
		});
	}

	private PayoutStatement statementOfTheFirstRep(List<List<CreditedTransaction>> reps) {
		return this.calculator.statement("R0", QUARTER, QUOTA, TI, reps.get(0), BigDecimal.ZERO);
	}

	private int statements(List<List<CreditedTransaction>> reps) {
		int transactions = 0;
		for (int rep = 0; rep < reps.size(); rep++) {
			PayoutStatement statement = this.calculator.statement("R" + rep, QUARTER, QUOTA, TI, reps.get(rep),
					BigDecimal.ZERO);
			sink += statement.lines().size() + statement.payout().unscaledValue().longValue();
			transactions += reps.get(rep).size();
		}
		return transactions;
	}

	/**
	 * Per rep 100 documents of the quarter: 84 payments, 8 credit notes, 4 bad debts
	 * (half of them on invoices 180 days old or older) and 4 first orders paid; payments
	 * vary so that reps land everywhere on the curve.
	 */
	private static List<List<CreditedTransaction>> salesForce() {
		List<List<CreditedTransaction>> reps = new ArrayList<>(REPS);
		LocalDate day = QUARTER.start().plusDays(10);
		for (int rep = 0; rep < REPS; rep++) {
			List<CreditedTransaction> documents = new ArrayList<>(TRANSACTIONS_PER_REP);
			BigDecimal payment = BigDecimal.valueOf(2_000 + (rep % 50) * 500L);
			for (int i = 0; i < TRANSACTIONS_PER_REP; i++) {
				String number = "SC20250111SK" + (i + 1);
				documents.add(switch (i % 25) {
					case 1, 13 -> new CreditedTransaction(TransactionKind.CREDIT_NOTE, day, new BigDecimal("800"), 0,
							"credit note " + number);
					case 7 -> new CreditedTransaction(TransactionKind.BAD_DEBT, day, new BigDecimal("1200"),
							150 + (i % 50), "invoice " + number);
					case 20 -> new CreditedTransaction(TransactionKind.FIRST_ORDER_PAID, day, BigDecimal.ZERO, 0,
							"order " + number);
					default -> new CreditedTransaction(TransactionKind.PAYMENT, day, payment, 0, "receipt " + number);
				});
			}
			reps.add(documents);
		}
		return reps;
	}

}
