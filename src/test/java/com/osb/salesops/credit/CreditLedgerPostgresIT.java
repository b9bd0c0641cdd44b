package com.osb.salesops.credit;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;

import com.osb.salesops.credit.model.LedgerFigures;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The credit inputs as POLICY section 2 defines them, computed from a ledger with an item
 * on each side of every window boundary.
 */
class CreditLedgerPostgresIT extends PostgresIntegrationTest {

	private static final LocalDate EVALUATION = LocalDate.of(2026, 4, 1);

	@Autowired
	CreditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	long customer;

	int invoices;

	@BeforeEach
	void ledgerAroundTheWindow() {
		this.customer = new CustomerFixture(this.jdbc).customer("T01");
		this.jdbc.update("update customer set first_order_date = ? where id = ?", Date.valueOf("2022-06-15"),
				this.customer);
		invoice("2025-03-31", "50000", "2025-04-30", "2025-06-09", null);
		invoice("2025-04-01", "100000", "2025-05-01", "2025-05-11", null);
		invoice("2026-03-31", "20000", "2026-04-30", null, null);
		invoice("2026-04-01", "7000", "2026-05-01", null, null);
		invoice("2025-12-02", "3000", "2026-01-01", null, null);
		invoice("2025-05-01", "2000", "2025-06-01", null, "2025-12-01");
		invoice("2025-02-01", "8000", "2025-03-03", "2025-03-20", null);
		invoice("2025-06-01", "30000", "2025-07-01", "2025-06-25", null);
		creditNote("2025-12-10", "5000");
		creditNote("2025-03-01", "1000");
	}

	@Test
	void computesTheFourInputsOfTheCreditRules() {
		// when
		LedgerFigures figures = this.ledger.figures(this.customer, EVALUATION);

		// then
		assertThat(figures.trailing12mNetSales()).as("invoiced 1 Apr 2025 - 31 Mar 2026 minus credit notes")
			.isEqualByComparingTo("150000");
		assertThat(figures.avgDaysLate()).as("(50000 x 40 + 100000 x 10 + 30000 x 0) / 180000")
			.isEqualByComparingTo("16.666667");
		assertThat(figures.maxOverdueDays()).as("oldest open, not written off").isEqualTo(90);
		assertThat(figures.yearsAsCustomer()).isEqualTo(3);
	}

	@Test
	void computesTheSameFiguresForEveryCustomerAtOnce() {
		// when
		LedgerFigures one = this.ledger.figures(this.customer, EVALUATION);
		LedgerFigures fromAll = this.ledger.allActiveCustomers(EVALUATION).get(this.customer);

		// then
		assertThat(fromAll).isEqualTo(one);
	}

	@Test
	void aCustomerWithoutHistoryHasZeroes() {
		// given
		long newCustomer = new CustomerFixture(this.jdbc).customer("T02");
		this.jdbc.update("update customer set first_order_date = ? where id = ?", Date.valueOf("2025-10-01"),
				newCustomer);

		// when
		LedgerFigures figures = this.ledger.figures(newCustomer, EVALUATION);

		// then
		assertThat(figures.trailing12mNetSales()).isZero();
		assertThat(figures.avgDaysLate()).isZero();
		assertThat(figures.maxOverdueDays()).isZero();
		assertThat(figures.yearsAsCustomer()).isZero();
	}

	private void invoice(String issued, String amount, String due, String settled, String writtenOff) {
		String number = "FPLEDGER" + this.customer + "-" + (++this.invoices);
		this.jdbc.update(
				"insert into invoice (number, customer_id, issue_date, due_date, amount, status)"
						+ " values (?, ?, ?, ?, ?, 'OPEN')",
				number, this.customer, Date.valueOf(issued), Date.valueOf(due), new BigDecimal(amount));
		Long invoiceId = this.jdbc.queryForObject("select id from invoice where number = ?", Long.class, number);
		this.jdbc.update(
				"insert into receivable (invoice_id, customer_id, due_date, amount, open_amount, settled_on,"
						+ " written_off_on) values (?, ?, ?, ?, ?, ?, ?)",
				invoiceId, this.customer, Date.valueOf(due), new BigDecimal(amount),
				(settled != null) ? BigDecimal.ZERO : new BigDecimal(amount),
				(settled != null) ? Date.valueOf(settled) : null,
				(writtenOff != null) ? Date.valueOf(writtenOff) : null);
	}

	private void creditNote(String issued, String amount) {
		this.jdbc.update("insert into credit_note (number, customer_id, issue_date, amount) values (?, ?, ?, ?)",
				"THLEDGER" + this.customer + "-" + issued, this.customer, Date.valueOf(issued), new BigDecimal(amount));
	}

}
