package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.osb.salesops.incentive.model.PayoutStatement;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.incentive.model.StatementLine;
import com.osb.salesops.incentive.model.TeamPayout;
import com.osb.salesops.incentive.model.TransactionKind;
import com.osb.salesops.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Credited revenue as POLICY section 5 defines it, read from a ledger with a document on
 * each side of the quarter and of the 180-day bad-debt limit.
 */
class CreditedRevenuePostgresIT extends PostgresIntegrationTest {

	private static final Quarter Q1 = new Quarter(2025, 1);

	@Autowired
	IncentiveStatements statements;

	@Autowired
	ManagerStatements managers;

	@Autowired
	JdbcTemplate jdbc;

	LedgerFixture ledger;

	@BeforeEach
	void organisation() {
		this.ledger = new LedgerFixture(this.jdbc, Q1);
	}

	@Test
	void readsTheDocumentsOfTheQuarterAndExplainsEachLine() {
		// given
		String rep = this.ledger.rep("TR1", "10000", "100000");
		long old = this.ledger.customer(rep);
		long order = this.ledger.order(rep, old, "2024-12-01", "100000");
		long invoice = this.ledger.invoice(old, order, "2024-12-05", "100000");
		String inQuarter = this.ledger.payment(old, order, invoice, "2025-02-10", "60000");
		this.ledger.payment(old, order, invoice, "2024-12-31", "10000");
		this.ledger.payment(old, order, invoice, "2025-04-01", "30000");
		String creditNote = this.ledger.creditNote(old, invoice, "2025-03-01", "5000");
		LocalDate writtenOff = LocalDate.parse("2025-03-15");
		String young = this.ledger.writeOff(old, writtenOff.minusDays(179), "2000", writtenOff);
		String aged = this.ledger.writeOff(old, writtenOff.minusDays(181), "3000", writtenOff);
		long newCustomer = this.ledger.customerFirstOrderingOn(rep, "2025-01-05");
		long firstOrder = this.ledger.order(rep, newCustomer, "2025-01-05", "8000");
		this.ledger.payment(newCustomer, firstOrder, null, "2025-01-20", "3000");
		String completing = this.ledger.payment(newCustomer, firstOrder, null, "2025-02-20", "5000");

		// when
		PayoutStatement statement = this.statements.statement(rep, Q1);

		// then
		assertThat(statement.lines()).extracting(StatementLine::kind, StatementLine::credited, StatementLine::spiff)
			.containsExactlyInAnyOrder(tuple(TransactionKind.PAYMENT, new BigDecimal("60000.00"), BigDecimal.ZERO),
					tuple(TransactionKind.PAYMENT, new BigDecimal("3000.00"), BigDecimal.ZERO),
					tuple(TransactionKind.PAYMENT, new BigDecimal("5000.00"), BigDecimal.ZERO),
					tuple(TransactionKind.CREDIT_NOTE, new BigDecimal("-5000.00"), BigDecimal.ZERO),
					tuple(TransactionKind.BAD_DEBT, new BigDecimal("-2000.00"), BigDecimal.ZERO),
					tuple(TransactionKind.BAD_DEBT, BigDecimal.ZERO, BigDecimal.ZERO),
					tuple(TransactionKind.FIRST_ORDER_PAID, BigDecimal.ZERO, new BigDecimal("500")));
		assertThat(line(statement, inQuarter).rule())
			.isEqualTo("Payment received in the quarter on the rep's order counts in full");
		assertThat(line(statement, inQuarter).documents()).contains(this.ledger.number(order, "sales_order"))
			.contains(this.ledger.number(invoice, "invoice"));
		assertThat(line(statement, creditNote).rule()).isEqualTo("Credit note issued in the quarter is deducted");
		assertThat(line(statement, young).documents()).contains("179 days");
		assertThat(line(statement, aged).rule())
			.isEqualTo("Bad debt written off on an invoice 180 days old or older is not deducted");
		assertThat(statement.lines()).filteredOn((line) -> line.kind() == TransactionKind.FIRST_ORDER_PAID)
			.singleElement()
			.satisfies((line) -> assertThat(line.documents()).contains(completing)
				.contains(this.ledger.number(firstOrder, "sales_order")));
		assertThat(statement.credited()).isEqualByComparingTo("61000");
		assertThat(statement.attainment()).isEqualByComparingTo("0.61");
		assertThat(statement.payout()).isEqualTo(new BigDecimal("6600.00"));
	}

	@Test
	void carriesANegativeQuarterIntoTheNext() {
		// given
		String rep = this.ledger.rep("TR1", "10000", "100000");
		long customer = this.ledger.customer(rep);
		long order = this.ledger.order(rep, customer, "2024-10-01", "70000");
		long invoice = this.ledger.invoice(customer, order, "2024-10-02", "70000");
		this.ledger.creditNote(customer, invoice, "2024-11-15", "20000");
		this.ledger.payment(customer, order, invoice, "2025-01-15", "70000");

		// when
		PayoutStatement statement = this.statements.statement(rep, Q1);

		// then
		assertThat(statement.lines().get(0)).satisfies((line) -> {
			assertThat(line.kind()).isEqualTo(TransactionKind.CARRIED_IN);
			assertThat(line.credited()).isEqualByComparingTo("-20000");
			assertThat(line.documents()).isEqualTo("credited revenue of 2024-Q4");
		});
		assertThat(statement.credited()).isEqualByComparingTo("50000");
		assertThat(statement.payout()).isEqualTo(new BigDecimal("5000.00"));
	}

	@Test
	void paysARegionManagerOnTheTeamsAttainment() {
		// given
		this.jdbc.update("insert into market (id, name) values ('IM', 'Incentive market')");
		this.jdbc.update("insert into region (id, market_id, name) values ('IR', 'IM', 'Incentive region')");
		String ahead = this.ledger.rep("IR", "10000", "100000");
		String behind = this.ledger.rep("IR", "10000", "200000");
		long first = this.ledger.customer(ahead);
		long second = this.ledger.customer(behind);
		this.ledger.payment(first, this.ledger.order(ahead, first, "2024-12-01", "170000"), null, "2025-03-31",
				"170000");
		this.ledger.payment(second, this.ledger.order(behind, second, "2024-12-01", "100000"), null, "2025-01-01",
				"100000");
		this.jdbc.update("update region set manager_user_id = 'irma' where id = 'IR'");
		this.jdbc.update("update market set manager_user_id = 'ivan' where id = 'IM'");
		String manager = "insert into manager_incentive (user_id, team_level, name, target_incentive) values (?, ?, ?, ?)";
		this.jdbc.update(manager, "irma", "REGION", "Irma", new BigDecimal("20000"));
		this.jdbc.update(manager, "ivan", "MARKET", "Ivan", new BigDecimal("30000"));

		// when
		TeamPayout region = this.managers.statements(Q1, "irma").get(0).payout();
		TeamPayout market = this.managers.statements(Q1, "ivan").get(0).payout();

		// then
		assertThat(region.attainment()).isEqualByComparingTo("0.9");
		assertThat(region.payout()).isEqualTo(new BigDecimal("18000.00"));
		assertThat(market.payout()).isEqualTo(new BigDecimal("27000.00"));
	}

	private static StatementLine line(PayoutStatement statement, String document) {
		return statement.lines()
			.stream()
			.filter((line) -> line.documents().contains(document))
			.findFirst()
			.orElseThrow();
	}

}
