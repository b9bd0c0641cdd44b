package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import com.osb.salesops.incentive.model.PayoutStatement;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.incentive.model.StatementLine;
import com.osb.salesops.incentive.model.TeamPayout;
import com.osb.salesops.incentive.model.TransactionKind;
import com.osb.salesops.support.CustomerFixture;
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

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	IncentiveStatements statements;

	@Autowired
	JdbcTemplate jdbc;

	CustomerFixture customers;

	@BeforeEach
	void organisation() {
		this.customers = new CustomerFixture(this.jdbc);
	}

	@Test
	void readsTheDocumentsOfTheQuarterAndExplainsEachLine() {
		// given
		String rep = rep("TR1", "10000", "100000");
		long old = this.customers.customer(rep);
		long order = order(rep, old, "2024-12-01", "100000");
		long invoice = invoice(old, order, "2024-12-05", "100000");
		String inQuarter = payment(old, order, invoice, "2025-02-10", "60000");
		payment(old, order, invoice, "2024-12-31", "10000");
		payment(old, order, invoice, "2025-04-01", "30000");
		String creditNote = creditNote(old, invoice, "2025-03-01", "5000");
		LocalDate writtenOff = LocalDate.parse("2025-03-15");
		String young = writeOff(old, writtenOff.minusDays(179), "2000", writtenOff);
		String aged = writeOff(old, writtenOff.minusDays(181), "3000", writtenOff);
		long newCustomer = customerFirstOrderingOn(rep, "2025-01-05");
		long firstOrder = order(rep, newCustomer, "2025-01-05", "8000");
		payment(newCustomer, firstOrder, null, "2025-01-20", "3000");
		String completing = payment(newCustomer, firstOrder, null, "2025-02-20", "5000");

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
		assertThat(line(statement, inQuarter).documents()).contains(this.number(order, "sales_order"))
			.contains(this.number(invoice, "invoice"));
		assertThat(line(statement, creditNote).rule()).isEqualTo("Credit note issued in the quarter is deducted");
		assertThat(line(statement, young).documents()).contains("179 days");
		assertThat(line(statement, aged).rule())
			.isEqualTo("Bad debt written off on an invoice 180 days old or older is not deducted");
		assertThat(statement.lines()).filteredOn((line) -> line.kind() == TransactionKind.FIRST_ORDER_PAID)
			.singleElement()
			.satisfies((line) -> assertThat(line.documents()).contains(completing)
				.contains(number(firstOrder, "sales_order")));
		assertThat(statement.credited()).isEqualByComparingTo("61000");
		assertThat(statement.attainment()).isEqualByComparingTo("0.61");
		assertThat(statement.payout()).isEqualTo(new BigDecimal("6600.00"));
	}

	@Test
	void carriesANegativeQuarterIntoTheNext() {
		// given
		String rep = rep("TR1", "10000", "100000");
		long customer = this.customers.customer(rep);
		long order = order(rep, customer, "2024-10-01", "70000");
		long invoice = invoice(customer, order, "2024-10-02", "70000");
		creditNote(customer, invoice, "2024-11-15", "20000");
		payment(customer, order, invoice, "2025-01-15", "70000");

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
		String ahead = rep("IR", "10000", "100000");
		String behind = rep("IR", "10000", "200000");
		long first = this.customers.customer(ahead);
		long second = this.customers.customer(behind);
		payment(first, order(ahead, first, "2024-12-01", "170000"), null, "2025-03-31", "170000");
		payment(second, order(behind, second, "2024-12-01", "100000"), null, "2025-01-01", "100000");

		// when
		TeamPayout region = this.statements.regionManager("IR", Q1, new BigDecimal("20000"));
		TeamPayout market = this.statements.marketManager("IM", Q1, new BigDecimal("30000"));

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

	private String rep(String region, String targetIncentive, String quota) {
		String id = "I" + SEQUENCE.incrementAndGet();
		this.jdbc.update(
				"insert into sales_rep (id, region_id, user_id, name, hired_on, target_incentive)"
						+ " values (?, ?, ?, ?, ?, ?)",
				id, region, "user-" + id, "Rep " + id, Date.valueOf("2020-01-01"), new BigDecimal(targetIncentive));
		this.jdbc.update("insert into incentive_quota (rep_id, quarter, quota) values (?, ?, ?)", id, Q1.toString(),
				new BigDecimal(quota));
		return id;
	}

	private long customerFirstOrderingOn(String rep, String date) {
		long customer = this.customers.customer(rep);
		this.jdbc.update("update customer set first_order_date = ? where id = ?", Date.valueOf(date), customer);
		return customer;
	}

	private long order(String rep, long customer, String date, String total) {
		String number = number(date, "DD");
		this.jdbc.update(
				"insert into sales_order (number, customer_id, rep_id, status, order_date, total_amount,"
						+ " created_by) values (?, ?, ?, 'CLOSED', ?, ?, 'test')",
				number, customer, rep, Date.valueOf(date), new BigDecimal(total));
		return this.jdbc.queryForObject("select id from sales_order where number = ?", Long.class, number);
	}

	private long invoice(long customer, Long order, String date, String amount) {
		String number = number(date, "FP");
		this.jdbc.update(
				"insert into invoice (number, customer_id, order_id, issue_date, due_date, amount, status)"
						+ " values (?, ?, ?, ?, ?, ?, 'OPEN')",
				number, customer, order, Date.valueOf(date), Date.valueOf(LocalDate.parse(date).plusDays(30)),
				new BigDecimal(amount));
		return this.jdbc.queryForObject("select id from invoice where number = ?", Long.class, number);
	}

	private String payment(long customer, long order, Long invoice, String date, String amount) {
		String number = number(date, "SK");
		this.jdbc.update(
				"insert into payment (number, customer_id, order_id, invoice_id, received_on, amount)"
						+ " values (?, ?, ?, ?, ?, ?)",
				number, customer, order, invoice, Date.valueOf(date), new BigDecimal(amount));
		return number;
	}

	private String creditNote(long customer, long invoice, String date, String amount) {
		String number = number(date, "TH");
		this.jdbc.update(
				"insert into credit_note (number, customer_id, invoice_id, issue_date, amount)"
						+ " values (?, ?, ?, ?, ?)",
				number, customer, invoice, Date.valueOf(date), new BigDecimal(amount));
		return number;
	}

	/** An invoice without an order, issued on a day and written off unpaid on another. */
	private String writeOff(long customer, LocalDate issued, String amount, LocalDate writtenOff) {
		long invoice = invoice(customer, null, issued.toString(), amount);
		this.jdbc.update(
				"insert into receivable (invoice_id, customer_id, due_date, amount, open_amount,"
						+ " written_off_on) values (?, ?, ?, ?, ?, ?)",
				invoice, customer, Date.valueOf(issued.plusDays(30)), new BigDecimal(amount), new BigDecimal(amount),
				Date.valueOf(writtenOff));
		return number(invoice, "invoice");
	}

	private String number(long id, String table) {
		return this.jdbc.queryForObject("select number from " + table + " where id = ?", String.class, id);
	}

	private static String number(String date, String type) {
		return "SC" + LocalDate.parse(date).format(DateTimeFormatter.BASIC_ISO_DATE) + type
				+ String.format("%04d", SEQUENCE.incrementAndGet());
	}

}
