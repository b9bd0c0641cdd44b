package com.osb.salesops.integration.finance;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.support.LedgerOrderFixture;
import com.osb.salesops.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Invoices, payments and open items on PostgreSQL: a payment counts once per reference,
 * whatever was paid before posting settles the open item, and the ledgers balance.
 */
class LedgerFinancePostgresIT extends PostgresIntegrationTest {

	@Autowired
	private Finance finance;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private BusinessClock clock;

	private LedgerOrderFixture fixture;

	private long customer;

	@BeforeEach
	void fixture() {
		this.fixture = new LedgerOrderFixture(this.jdbc);
		this.customer = this.fixture.customer();
	}

	@Test
	void theSameReferenceTwiceIsOnePayment() {
		// given
		String order = this.fixture.order(this.customer, "PREPAY", "1000.00");
		String first = this.finance.confirmPayment(order, new BigDecimal("1000.00"), "BANK-1");

		// when
		String second = this.finance.confirmPayment(order, new BigDecimal("1000.00"), "BANK-1");

		// then
		assertThat(second).isEqualTo(first).matches("SC\\d{8}SK\\d{4,}");
		assertThat(this.finance.paidAmount(order)).isEqualByComparingTo("1000.00");
		assertThat(this.jdbc.queryForMap("select customer_id, received_on, reference from payment where number = ?",
				first))
			.containsEntry("customer_id", this.customer)
			.containsEntry("received_on", Date.valueOf(this.clock.today()))
			.containsEntry("reference", "BANK-1");
		assertThat(this.fixture.auditedActions(order)).containsExactly("PAYMENT_RECEIVED");
	}

	@Test
	void partialPaymentsAddUp() {
		// given
		String order = this.fixture.order(this.customer, "PREPAY", "100.00");
		BigDecimal before = this.finance.paidAmount(order);

		// when
		this.finance.confirmPayment(order, new BigDecimal("30"), "BANK-2a");
		this.finance.confirmPayment(order, new BigDecimal("20.50"), "BANK-2b");

		// then
		assertThat(before).isEqualTo(new BigDecimal("0.00"));
		assertThat(this.finance.paidAmount(order)).isEqualTo(new BigDecimal("50.50"));
	}

	@Test
	void aPaymentOfNothingIsRefused() {
		// given
		String order = this.fixture.order(this.customer, "PREPAY", "100.00");

		// when
		Throwable thrown = catchThrowable(() -> this.finance.confirmPayment(order, BigDecimal.ZERO, "BANK-3"));

		// then
		assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
		assertThat(this.finance.paidAmount(order)).isZero();
	}

	@ParameterizedTest
	@CsvSource({ "NET30, 30", "NET60, 60", "PREPAY, 0" })
	void theInvoiceIsDueOnThePaymentTerms(String terms, int days) {
		// given
		String order = this.fixture.order(this.customer, terms, "2500.00");

		// when
		String number = this.finance.issueInvoice(order);

		// then
		LocalDate today = this.clock.today();
		assertThat(number).matches("SC\\d{8}FP\\d{4,}");
		assertThat(this.finance.issueInvoice(order)).isEqualTo(number);
		assertThat(invoice(number)).containsEntry("issue_date", Date.valueOf(today))
			.containsEntry("due_date", Date.valueOf(today.plusDays(days)))
			.containsEntry("amount", new BigDecimal("2500.00"))
			.containsEntry("status", "OPEN");
		assertThat(this.fixture.auditedActions(order)).containsExactly("INVOICE_ISSUED");
	}

	@Test
	void aPrepaidInvoiceIsSettledWhenPosted() {
		// given
		String order = this.fixture.order(this.customer, "PREPAY", "800.00");
		String payment = this.finance.confirmPayment(order, new BigDecimal("800.00"), "BANK-4");
		String invoice = this.finance.issueInvoice(order);

		// when
		this.finance.postReceivable(invoice);
		this.finance.postReceivable(invoice);

		// then
		assertThat(receivable(invoice)).containsEntry("open_amount", new BigDecimal("0.00"))
			.containsEntry("settled_on", Date.valueOf(this.clock.today()));
		assertThat(invoice(invoice)).containsEntry("status", "SETTLED");
		assertThat(this.jdbc.queryForObject(
				"select i.number from payment p join invoice i on i.id = p.invoice_id" + " where p.number = ?",
				String.class, payment))
			.isEqualTo(invoice);
		assertThat(this.fixture.auditedActions(order)).containsExactly("PAYMENT_RECEIVED", "INVOICE_ISSUED",
				"RECEIVABLE_POSTED");
	}

	@Test
	void anUnpaidInvoiceStaysOpenWhenPosted() {
		// given
		String order = this.fixture.order(this.customer, "NET30", "800.00");
		String invoice = this.finance.issueInvoice(order);

		// when
		this.finance.postReceivable(invoice);

		// then
		assertThat(receivable(invoice)).containsEntry("amount", new BigDecimal("800.00"))
			.containsEntry("open_amount", new BigDecimal("800.00"))
			.containsEntry("due_date", Date.valueOf(this.clock.today().plusDays(30)))
			.containsEntry("settled_on", null);
		assertThat(invoice(invoice)).containsEntry("status", "OPEN");
	}

	@Test
	void aPaymentAfterInvoicingReducesTheOpenItem() {
		// given
		String order = this.fixture.order(this.customer, "NET60", "1000.00");
		this.finance.confirmPayment(order, new BigDecimal("100.00"), "BANK-5a");
		String invoice = this.finance.issueInvoice(order);
		this.finance.postReceivable(invoice);

		// when
		this.finance.confirmPayment(order, new BigDecimal("400.00"), "BANK-5b");

		// then
		assertThat(receivable(invoice)).containsEntry("open_amount", new BigDecimal("500.00"))
			.containsEntry("settled_on", null);
		assertThat(invoice(invoice)).containsEntry("status", "OPEN");
	}

	@Test
	void theLastPaymentSettlesTheOpenItem() {
		// given
		String order = this.fixture.order(this.customer, "NET30", "1000.00");
		String invoice = this.finance.issueInvoice(order);
		this.finance.postReceivable(invoice);
		this.finance.confirmPayment(order, new BigDecimal("600.00"), "BANK-6a");

		// when
		this.finance.confirmPayment(order, new BigDecimal("400.00"), "BANK-6b");

		// then
		assertThat(receivable(invoice)).containsEntry("open_amount", new BigDecimal("0.00"))
			.containsEntry("settled_on", Date.valueOf(this.clock.today()));
		assertThat(invoice(invoice)).containsEntry("status", "SETTLED");
	}

	@Test
	void receivablesLessOpenAmountsEqualThePaymentsApplied() {
		// given
		String prepaid = this.fixture.order(this.customer, "PREPAY", "300.00");
		String partlyPrepaid = this.fixture.order(this.customer, "NET30", "500.00");
		String paidLater = this.fixture.order(this.customer, "NET60", "700.00");
		this.finance.confirmPayment(prepaid, new BigDecimal("300.00"), "BANK-7a");
		this.finance.confirmPayment(partlyPrepaid, new BigDecimal("120.00"), "BANK-7b");

		// when
		for (String order : List.of(prepaid, partlyPrepaid, paidLater)) {
			this.finance.postReceivable(this.finance.issueInvoice(order));
		}
		this.finance.confirmPayment(paidLater, new BigDecimal("250.00"), "BANK-7c");
		this.finance.confirmPayment(partlyPrepaid, new BigDecimal("80.00"), "BANK-7d");

		// then
		BigDecimal posted = sum("select sum(amount) from receivable where customer_id = ?");
		BigDecimal open = sum("select sum(open_amount) from receivable where customer_id = ?");
		BigDecimal applied = sum("select sum(amount) from payment where customer_id = ? and invoice_id is not null");
		assertThat(posted).isEqualByComparingTo("1500.00");
		assertThat(open).isEqualByComparingTo("750.00");
		assertThat(posted.subtract(open)).isEqualByComparingTo(applied);
	}

	private Map<String, Object> invoice(String number) {
		return this.jdbc.queryForMap("select issue_date, due_date, amount, status from invoice where number = ?",
				number);
	}

	private Map<String, Object> receivable(String invoiceNumber) {
		return this.jdbc.queryForMap("select r.amount, r.open_amount, r.due_date, r.settled_on from receivable r"
				+ " join invoice i on i.id = r.invoice_id where i.number = ?", invoiceNumber);
	}

	private BigDecimal sum(String query) {
		return this.jdbc.queryForObject(query, BigDecimal.class, this.customer);
	}

}
