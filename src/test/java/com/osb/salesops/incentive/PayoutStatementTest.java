package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.osb.salesops.incentive.model.CreditedTransaction;
import com.osb.salesops.incentive.model.PayoutStatement;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.incentive.model.QuarterlyQuota;
import com.osb.salesops.incentive.model.StatementLine;
import com.osb.salesops.incentive.model.TeamPayout;
import com.osb.salesops.incentive.model.TransactionKind;
import org.junit.jupiter.api.Test;

import static com.osb.salesops.incentive.PayoutRulesTest.ACCELERATED;
import static com.osb.salesops.incentive.PayoutRulesTest.CARRIED_FORWARD;
import static com.osb.salesops.incentive.PayoutRulesTest.EQUALS_ATTAINMENT;
import static com.osb.salesops.incentive.PayoutRulesTest.NEGATIVE;
import static com.osb.salesops.incentive.PayoutRulesTest.Q1;
import static com.osb.salesops.incentive.PayoutRulesTest.QUOTA;
import static com.osb.salesops.incentive.PayoutRulesTest.SPIFF;
import static com.osb.salesops.incentive.PayoutRulesTest.TI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Statements through the incentive rules, without Spring: how each document counts,
 * clawbacks that push a quarter negative, the carry-forward, and managers' payouts.
 */
class PayoutStatementTest {

	static final PayoutRules rules = IncentiveRules.compiled();

	static final QuarterlyQuota PLANNED = new QuarterlyQuota(QUOTA, "quota plan QP-2025-1");

	PayoutCalculator calculator = new PayoutCalculator(rules);

	@Test
	void classifiesEachDocumentAndNamesItsSourceAndRule() {
		// given
		List<CreditedTransaction> documents = List.of(payment("SK0001 order DD0001 invoice FP0001", "120000"),
				document(TransactionKind.CREDIT_NOTE, "credit note TH0001 invoice FP0001", "5000", 0),
				document(TransactionKind.BAD_DEBT, "invoice FP0002", "3000", 179),
				document(TransactionKind.BAD_DEBT, "invoice FP0003", "4000", 180),
				document(TransactionKind.FIRST_ORDER_PAID, "customer C1 order DD0001 paid by SK0001", "0", 0));

		// when
		PayoutStatement statement = this.calculator.statement("R1", Q1, PLANNED, TI, documents, BigDecimal.ZERO);

		// then
		assertThat(statement.lines())
			.extracting(StatementLine::documents, StatementLine::credited, StatementLine::spiff, StatementLine::rule)
			.containsExactly(
					tuple("SK0001 order DD0001 invoice FP0001", new BigDecimal("120000"), BigDecimal.ZERO,
							"Payment received in the quarter on the rep's order counts in full"),
					tuple("credit note TH0001 invoice FP0001", new BigDecimal("-5000"), BigDecimal.ZERO,
							"Credit note issued in the quarter is deducted"),
					tuple("invoice FP0002", new BigDecimal("-3000"), BigDecimal.ZERO,
							"Bad debt written off on an invoice less than 180 days old is deducted"),
					tuple("invoice FP0003", BigDecimal.ZERO, BigDecimal.ZERO,
							"Bad debt written off on an invoice 180 days old or older is not deducted"),
					tuple("customer C1 order DD0001 paid by SK0001", BigDecimal.ZERO, new BigDecimal("500"), SPIFF));
		assertThat(statement.credited()).isEqualByComparingTo("112000");
		assertThat(statement.quota()).isEqualByComparingTo(QUOTA);
		assertThat(statement.quotaSource()).isEqualTo("quota plan QP-2025-1");
		assertThat(statement.attainment()).isEqualByComparingTo("1.12");
		assertThat(statement.payoutRate()).isEqualByComparingTo("1.24");
		assertThat(statement.spiffs()).isEqualByComparingTo("500");
		assertThat(statement.payout()).isEqualTo(new BigDecimal("12900.00"));
		assertThat(statement.carryForward()).isZero();
		assertThat(statement.rulesFired()).containsExactly(ACCELERATED);
	}

	@Test
	void eachStatementAndManagersPayoutNamesTheVersionOfTheRulesThatComputedIt() {
		// given
		String version = "rules/incentive version " + com.osb.salesops.shared.rules.RuleSet
			.compile(PayoutRules.CAPABILITY, com.osb.salesops.shared.rules.RuleSets.fromClasspath("incentive"))
			.version();

		// when
		PayoutStatement statement = this.calculator.statement("R1", Q1, PLANNED, TI,
				List.of(payment("SK0001 order DD0001 invoice FP0001", "120000")), BigDecimal.ZERO);
		TeamPayout team = new TeamPayouts(rules).payout(List.of(statement), new BigDecimal("30000"));

		// then
		assertThat(statement.rulesVersion()).isEqualTo(version).matches("rules/incentive version [0-9a-f]{12}");
		assertThat(team.rulesVersion()).isEqualTo(version);
	}

	@Test
	void aClawbackPushingTheQuarterNegativePaysOnlySpiffsAndCarriesTheRest() {
		// given
		List<CreditedTransaction> documents = List.of(payment("SK0001", "20000"),
				document(TransactionKind.CREDIT_NOTE, "credit note TH0001", "30000", 0),
				document(TransactionKind.BAD_DEBT, "invoice FP0002", "5000", 90),
				document(TransactionKind.FIRST_ORDER_PAID, "customer C1", "0", 0));

		// when
		PayoutStatement statement = this.calculator.statement("R1", Q1, PLANNED, TI, documents, BigDecimal.ZERO);

		// then
		assertThat(statement.credited()).isEqualByComparingTo("-15000");
		assertThat(statement.payoutRate()).isZero();
		assertThat(statement.payout()).isEqualTo(new BigDecimal("500.00"));
		assertThat(statement.carryForward()).isEqualByComparingTo("-15000");
		assertThat(statement.rulesFired()).containsExactly(NEGATIVE, CARRIED_FORWARD);
	}

	@Test
	void theNegativeAmountIsCarriedIntoTheNextQuarter() {
		// given
		List<CreditedTransaction> history = List.of(
				document(TransactionKind.CREDIT_NOTE, "credit note TH0001", "30000", 0, Q1.start().plusDays(10)),
				payment("SK0001", "20000", Q1.start().plusDays(20)));
		Quarter q2 = Q1.next();

		// when
		BigDecimal carriedIn = this.calculator.carriedInto(q2, history);
		PayoutStatement statement = this.calculator.statement("R1", q2, PLANNED, TI,
				List.of(payment("SK0002", "90000", q2.start().plusDays(5))), carriedIn);

		// then
		assertThat(carriedIn).isEqualByComparingTo("-10000");
		assertThat(statement.lines().get(0)).satisfies((line) -> {
			assertThat(line.kind()).isEqualTo(TransactionKind.CARRIED_IN);
			assertThat(line.documents()).isEqualTo("credited revenue of 2025-Q1");
			assertThat(line.credited()).isEqualByComparingTo("-10000");
			assertThat(line.rule()).isEqualTo("Negative credited revenue of the previous quarter is carried in");
		});
		assertThat(statement.credited()).isEqualByComparingTo("80000");
		assertThat(statement.payout()).isEqualTo(new BigDecimal("8000.00"));
		assertThat(statement.carryForward()).isZero();
	}

	@Test
	void aCarryForwardRollsOnThroughAQuarterWithoutDocuments() {
		// given
		List<CreditedTransaction> history = List
			.of(document(TransactionKind.CREDIT_NOTE, "credit note TH0001", "30000", 0, Q1.start()));

		// when
		BigDecimal carriedIn = this.calculator.carriedInto(new Quarter(2025, 3), history);

		// then
		assertThat(carriedIn).isEqualByComparingTo("-30000");
	}

	@Test
	void aPositiveQuarterCarriesNothing() {
		// given
		List<CreditedTransaction> history = List.of(payment("SK0001", "1000", Q1.start()));

		// when
		BigDecimal carriedIn = this.calculator.carriedInto(Q1.next(), history);

		// then
		assertThat(carriedIn).isZero();
	}

	@Test
	void managersArePaidOnTheirTeamsAttainmentWithTheirOwnTargetIncentive() {
		// given
		PayoutStatement over = this.calculator.statement("R1", Q1, PLANNED, TI, List.of(payment("SK0001", "170000")),
				BigDecimal.ZERO);
		PayoutStatement under = this.calculator.statement("R2", Q1,
				new QuarterlyQuota(new BigDecimal("200000"), "entered by sales ops"), TI,
				List.of(payment("SK0002", "100000")), BigDecimal.ZERO);
		TeamPayouts teams = new TeamPayouts(rules);

		// when
		TeamPayout region = teams.payout(List.of(over, under), new BigDecimal("20000"));

		// then
		assertThat(region.attainment()).isEqualByComparingTo("0.9");
		assertThat(region.payoutRate()).isEqualByComparingTo("0.9");
		assertThat(region.payout()).isEqualTo(new BigDecimal("18000.00"));
		assertThat(region.repIds()).containsExactly("R1", "R2");
		assertThat(region.rulesFired()).containsExactly(EQUALS_ATTAINMENT);
	}

	@Test
	void aManagerOfANegativeTeamGetsNoCurvePayoutAndCarriesNothing() {
		// given
		PayoutStatement negative = this.calculator.statement("R1", Q1, PLANNED, TI,
				List.of(document(TransactionKind.CREDIT_NOTE, "credit note TH0001", "1000", 0)), BigDecimal.ZERO);

		// when
		TeamPayout market = new TeamPayouts(rules).payout(List.of(negative), new BigDecimal("30000"));

		// then
		assertThat(market.payout()).isEqualTo(new BigDecimal("0.00"));
		assertThat(market.rulesFired()).containsExactly(NEGATIVE);
	}

	private static CreditedTransaction payment(String documents, String amount) {
		return payment(documents, amount, Q1.start().plusDays(30));
	}

	private static CreditedTransaction payment(String documents, String amount, LocalDate on) {
		return document(TransactionKind.PAYMENT, documents, amount, 0, on);
	}

	private static CreditedTransaction document(TransactionKind kind, String documents, String amount, int age) {
		return document(kind, documents, amount, age, Q1.start().plusDays(40));
	}

	private static CreditedTransaction document(TransactionKind kind, String documents, String amount, int age,
			LocalDate on) {
		return new CreditedTransaction(kind, on, new BigDecimal(amount), age, documents);
	}

}
