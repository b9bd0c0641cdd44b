package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.ProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Allocation, customer credit, credit notes, ageing as of past days and the statement of
 * account, on the application's own ledger.
 */
@ProcessTest
class ReceivablesTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Receivables receivables;

	@Autowired
	CustomerBalances balances;

	@Autowired
	Ageing ageing;

	@Autowired
	Statements statements;

	@Autowired
	BadDebts badDebts;

	@Autowired
	BusinessClock clock;

	private long customerId;

	private String code;

	@BeforeEach
	void aNewCustomer() {
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		this.customerId = customers.customer("T02");
		this.code = customers.code(this.customerId);
	}

	@Test
	void shouldAllocateOldestDueDateFirstAndKeepTheRestAsCreditForTheNextInvoice() {
		// given
		String later = invoice("2026-02-01", "2026-03-15", "3000.00");
		String older = invoice("2026-01-15", "2026-03-01", "2000.00");
		// when
		pay("5500.00", List.of());
		String next = invoice("2026-03-20", "2026-04-20", "1000.00");
		// then
		assertThat(open(older)).isZero();
		assertThat(open(later)).isZero();
		assertThat(open(next)).isEqualByComparingTo("500.00");
		assertThat(this.balances.credit(this.customerId)).isZero();
	}

	@Test
	void shouldAllocateToTheInvoicesFinanceNames() {
		// given
		String older = invoice("2026-01-15", "2026-03-01", "2000.00");
		String later = invoice("2026-02-01", "2026-03-15", "3000.00");
		// when
		pay("1000.00", List.of(later));
		// then
		assertThat(open(older)).isEqualByComparingTo("2000.00");
		assertThat(open(later)).isEqualByComparingTo("2000.00");
	}

	@Test
	void shouldReduceTheNamedInvoiceWithACreditNoteAndKeepTheExcessAsCredit() {
		// given
		String invoice = invoice("2026-01-15", "2026-03-01", "800.00");
		// when
		String note = this.receivables
			.issueCreditNote(new NewCreditNote(this.customerId, invoice, new BigDecimal("912.00"), "Return"));
		// then
		assertThat(note).contains("HZ");
		assertThat(open(invoice)).isZero();
		assertThat(this.balances.credit(this.customerId)).isEqualByComparingTo("112.00");
	}

	@Test
	void shouldAgePolicyWorkedExampleAsOfEachDay() {
		// given: due 03-01, 10,000; 4,000 paid on 03-20
		String invoice = invoice("2026-01-30", "2026-03-01", "10000.00");
		this.receivables.recordPayment(new NewPayment(this.customerId, null, new BigDecimal("4000.00"), "PART-1",
				LocalDate.parse("2026-03-20"), List.of(invoice), null));
		// when / then
		assertThat(bucketOn("2026-03-01")).isEqualTo("CURRENT 10000.00");
		assertThat(bucketOn("2026-03-05")).isEqualTo("1-30 10000.00");
		assertThat(bucketOn("2026-03-20")).isEqualTo("1-30 6000.00");
		assertThat(bucketOn("2026-04-30")).isEqualTo("31-60 6000.00");
		assertThat(bucketOn("2026-05-01")).isEqualTo("61-90 6000.00");
		assertThat(bucketOn("2026-05-31")).isEqualTo("OVER_90 6000.00");
		Statements.Statement statement = this.statements
			.of(this.code, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"), ReceivablesScope.all())
			.orElseThrow();
		assertThat(statement.lines()).extracting(Statements.Line::kind).containsExactly("INVOICE", "PAYMENT");
		assertThat(statement.closingBalance()).isEqualByComparingTo("6000.00");
		assertThat(this.statements.of(this.code, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"),
				new ReceivablesScope("tina", null, null)))
			.isEmpty();
	}

	@Test
	void shouldMoveTheRepsSumPerDueDateWithAnInvoiceAPaymentAndAWriteOff() {
		// given: an invoice of T02's customer due 53 days ago, posted
		LocalDate today = this.clock.today();
		LocalDate due = today.minusDays(53);
		BigDecimal before = dueTotal(due);
		String invoice = invoice(today.minusDays(83).toString(), due.toString(), "1000.00");
		BigDecimal posted = dueTotal(due);
		this.receivables.recordPayment(new NewPayment(this.customerId, null, new BigDecimal("400.00"),
				"DUE-" + System.nanoTime(), today, List.of(invoice), null));
		BigDecimal paid = dueTotal(due);
		// when
		this.badDebts.writeOff(invoice, "accountant");
		// then
		assertThat(posted.subtract(before)).isEqualByComparingTo("1000.00");
		assertThat(paid.subtract(before)).isEqualByComparingTo("600.00");
		assertThat(dueTotal(due)).isEqualByComparingTo(before);
		LocalDate later = today.plusYears(2);
		assertThat(bucketSums(later, Ageing.Grouping.REP)).isEqualTo(bucketSums(later, Ageing.Grouping.CUSTOMER));
	}

	@Test
	void shouldKeepEachDueDatesSumAsACountOfItsInvoicesWouldAfterEveryChange() {
		// given: three invoices, two of them due on one day, one due on another
		LocalDate today = this.clock.today();
		LocalDate due = today.minusDays(41);
		String first = invoice(today.minusDays(71).toString(), due.toString(), "1200.00");
		String second = invoice(today.minusDays(70).toString(), due.toString(), "800.00");
		String third = invoice(today.minusDays(60).toString(), today.minusDays(30).toString(), "500.00");
		// when: part paid, paid beyond what is open, one written off
		this.receivables.recordPayment(new NewPayment(this.customerId, null, new BigDecimal("300.00"),
				"SUM-" + System.nanoTime(), today, List.of(first), null));
		this.receivables.recordPayment(new NewPayment(this.customerId, null, new BigDecimal("1000.00"),
				"SUM-" + System.nanoTime(), today, List.of(second), null));
		this.badDebts.writeOff(third, "accountant");
		// then
		assertThat(open(first)).isEqualByComparingTo("900.00");
		assertThat(dueSums()).isEqualTo(countedFromInvoices());
		assertThat(dueTotal(due)).isEqualByComparingTo(this.jdbc.queryForObject(
				"select coalesce(sum(case when r.written_off_on is null then r.open_amount"
						+ " else 0 end), 0) from receivable r join invoice i on i.id = r.invoice_id"
						+ " join customer c on c.id = i.customer_id where c.rep_id = 'T02' and i.due_date = ?",
				BigDecimal.class, java.sql.Date.valueOf(due)));
	}

	/** T02's sums per due date, as the ageing reads them. */
	private Map<String, String> dueSums() {
		Map<String, String> sums = new TreeMap<>();
		this.jdbc.query("select due_date, open_amount, last_entry_on from receivable_due_totals where rep_id = 'T02'",
				(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> sums.put(rs.getString(1),
						rs.getBigDecimal(2).setScale(2) + " " + rs.getString(3)));
		return sums;
	}

	/**
	 * T02's sums per due date counted from every posted invoice, allocation and
	 * write-off.
	 */
	private Map<String, String> countedFromInvoices() {
		Map<String, String> sums = new TreeMap<>();
		this.jdbc
			.query("""
					select t.due_date, sum(case when t.open_amount > 0 then t.open_amount else 0 end), max(t.last_entry_on)
					from (select i.due_date, case when r.written_off_on is null then i.amount - coalesce((select sum(x.amount)
					    from receivable_allocation x where x.invoice_id = i.id), 0) else 0 end as open_amount,
					  greatest(i.issue_date, coalesce(r.written_off_on, i.issue_date), coalesce((select max(x.allocated_on)
					    from receivable_allocation x where x.invoice_id = i.id), i.issue_date)) as last_entry_on
					  from invoice i join receivable r on r.invoice_id = i.id join customer c on c.id = i.customer_id
					  where c.rep_id = 'T02') t
					group by t.due_date
					having sum(case when t.open_amount > 0 then t.open_amount else 0 end) > 0 or max(t.last_entry_on) > ?""",
					(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> sums.put(rs.getString(1),
							rs.getBigDecimal(2).setScale(2) + " " + rs.getString(3)),
					java.sql.Date.valueOf(this.clock.today()));
		return sums;
	}

	/** T02's ageing on the day, its lines added up per bucket. */
	private Map<String, BigDecimal> bucketSums(LocalDate day, Ageing.Grouping by) {
		Map<String, BigDecimal> sums = new TreeMap<>();
		this.ageing.report(day, by, ReceivablesScope.all(), "T02", null, null)
			.lines()
			.forEach((line) -> line.buckets().forEach((bucket, amount) -> sums.merge(bucket, amount, BigDecimal::add)));
		return sums;
	}

	private BigDecimal dueTotal(LocalDate due) {
		return this.jdbc.queryForObject("select coalesce(sum(open_amount), 0) from receivable_due_totals"
				+ " where rep_id = 'T02' and due_date = ?", BigDecimal.class, java.sql.Date.valueOf(due));
	}

	private String bucketOn(String day) {
		Ageing.Line line = this.ageing.report(LocalDate.parse(day), Ageing.Grouping.CUSTOMER, ReceivablesScope.all())
			.lines()
			.stream()
			.filter((candidate) -> candidate.key().equals(this.code))
			.findFirst()
			.orElseThrow();
		return line.buckets()
			.entrySet()
			.stream()
			.filter((bucket) -> !bucket.getKey().equals("TOTAL") && bucket.getValue().signum() > 0)
			.map((bucket) -> bucket.getKey() + " " + bucket.getValue().toPlainString())
			.findFirst()
			.orElse("none");
	}

	private String invoice(String issued, String due, String amount) {
		String number = this.receivables.issueInvoice(new NewInvoice(this.customerId, null, new BigDecimal(amount),
				LocalDate.parse(issued), LocalDate.parse(due), null));
		this.receivables.post(number);
		return number;
	}

	private void pay(String amount, List<String> invoices) {
		this.receivables.recordPayment(new NewPayment(this.customerId, null, new BigDecimal(amount),
				"REF-" + System.nanoTime(), LocalDate.parse("2026-03-25"), invoices, null));
	}

	private BigDecimal open(String invoice) {
		return this.jdbc.queryForObject(
				"select r.open_amount from receivable r join invoice i on i.id = r.invoice_id where i.number = ?",
				BigDecimal.class, invoice);
	}

}
