package com.osb.salesops.receivables;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import com.osb.salesops.masterdata.RepLocks;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is open on the invoices of each rep's customers per due date
 * ({@code receivable_due_totals}), so that the ageing of many reps reads a few thousand
 * sums instead of every open invoice. A due date falls into its age band only when the
 * ageing is read, so the sums never go stale as the invoices age. Every change to a
 * posted invoice's open amount (posting, an allocation, a write-off) recounts its rep's
 * due date from the invoices themselves, in the same transaction just before it commits,
 * with the rep's row locked from then on so that two changes take turns
 * ({@link RepLocks#recountAtCommit}); a customer changing hands recounts both reps.
 * Invoices written outside the receivables code, such as a data load, are followed by
 * {@link #refreshAll()}.
 */
@Service
public class DueDateTotals {

	private static final String RECOUNT = """
			insert into receivable_due_totals (rep_id, due_date, open_amount, last_entry_on)
			select t.rep_id, t.due_date, sum(case when t.open_amount > 0 then t.open_amount else 0 end),
			  max(t.last_entry_on)
			from (
			  select c.rep_id, i.due_date,
			    case when r.written_off_on is null then i.amount - coalesce((select sum(x.amount)
			      from receivable_allocation x where x.invoice_id = i.id), 0) else 0 end as open_amount,
			    greatest(i.issue_date, coalesce(r.written_off_on, i.issue_date), coalesce((select max(x.allocated_on)
			      from receivable_allocation x where x.invoice_id = i.id), i.issue_date)) as last_entry_on
			  from invoice i join receivable r on r.invoice_id = i.id join customer c on c.id = i.customer_id
			  where 1 = 1%s
			) t
			group by t.rep_id, t.due_date
			having sum(case when t.open_amount > 0 then t.open_amount else 0 end) > 0 or max(t.last_entry_on) > ?""";

	private final JdbcTemplate jdbc;

	private final BusinessClock clock;

	private final RepLocks repLocks;

	public DueDateTotals(JdbcTemplate jdbc, BusinessClock clock, RepLocks repLocks) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.repLocks = repLocks;
	}

	/** Recounts the due date of the invoice's rep, after its open amount changed. */
	@Transactional
	public void recount(long invoiceId) {
		List<Key> keys = this.jdbc.query(
				"select c.rep_id, i.due_date from invoice i join customer c on c.id = i.customer_id where i.id = ?",
				(rs, row) -> new Key(rs.getString(1), rs.getDate(2).toLocalDate()), invoiceId);
		keys.forEach(this::recount);
	}

	/** Recounts one rep's due date (as it was before an invoice moved away from it). */
	@Transactional
	public void recount(Key key) {
		this.repLocks.recountAtCommit(key.repId(), key, () -> {
			this.jdbc.update("delete from receivable_due_totals where rep_id = ? and due_date = ?", key.repId(),
					Date.valueOf(key.dueDate()));
			this.jdbc.update(RECOUNT.formatted(" and c.rep_id = ? and i.due_date = ?"), key.repId(),
					Date.valueOf(key.dueDate()), Date.valueOf(today()));
		});
	}

	/** The rep and due date the invoice is counted under now, if it is posted. */
	public List<Key> keyOf(long invoiceId) {
		return this.jdbc.query(
				"select c.rep_id, i.due_date from invoice i join customer c on c.id = i.customer_id"
						+ " join receivable r on r.invoice_id = i.id where i.id = ?",
				(rs, row) -> new Key(rs.getString(1), rs.getDate(2).toLocalDate()), invoiceId);
	}

	/**
	 * Recounts every due date of the reps (just before the transaction commits, in id
	 * order, so that locks never cross): after a customer moved from one to the other.
	 */
	@Transactional
	public void recountReps(String... repIds) {
		for (String repId : new TreeSet<>(List.of(repIds))) {
			this.repLocks.recountAtCommit(repId, List.of("receivable_due_totals", repId), () -> {
				this.jdbc.update("delete from receivable_due_totals where rep_id = ?", repId);
				this.jdbc.update(RECOUNT.formatted(" and c.rep_id = ?"), repId, Date.valueOf(today()));
			});
		}
	}

	/**
	 * Counts every rep's due dates again from the invoices: for invoices written in bulk
	 * outside the receivables code, such as a data load.
	 */
	@Transactional
	public void refreshAll() {
		this.repLocks.lockEvery();
		this.jdbc.update("delete from receivable_due_totals");
		this.jdbc.update(RECOUNT.formatted(""), Date.valueOf(today()));
	}

	/**
	 * Whether the sums tell what was open on the day: a day from today on, with no issue,
	 * allocation or write-off counted after it.
	 */
	boolean answer(LocalDate asOf) {
		if (asOf.isBefore(today())) {
			return false;
		}
		Date latest = this.jdbc.queryForObject("select max(last_entry_on) from receivable_due_totals", Date.class);
		return latest == null || !latest.toLocalDate().isAfter(asOf);
	}

	private LocalDate today() {
		return this.clock.today();
	}

	/**
	 * A rep's due date.
	 *
	 * @param repId the rep of the invoice's customer
	 * @param dueDate the invoice's due date
	 */
	public record Key(String repId, LocalDate dueDate) {
	}

}
