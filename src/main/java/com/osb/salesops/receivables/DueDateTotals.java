package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
 * ageing is read, so the sums never go stale as the invoices age.
 * <p>
 * What each posted invoice adds is kept with it ({@code receivable_due_entry}): a change
 * to its open amount (posting, an allocation, a write-off) counts that invoice again and
 * moves its due date's sum by the difference, in the same transaction just before it
 * commits, with the rep's row locked from then on so that two changes take turns
 * ({@link RepLocks#recountAtCommit}): the same work however many invoices fall due on the
 * day. A due date an invoice moved away from, and every due date of a customer's reps
 * when the customer changes hands, are counted again from the invoices. Invoices written
 * outside the receivables code, such as a data load, are followed by
 * {@link #refreshAll()}.
 */
@Service
public class DueDateTotals {

	/**
	 * Each posted invoice's rep, due date, open amount and latest entry, as it is now.
	 */
	private static final String ENTRIES = """
			select i.id, c.rep_id, i.due_date,
			  case when r.written_off_on is null then greatest(i.amount - coalesce((select sum(x.amount)
			    from receivable_allocation x where x.invoice_id = i.id), 0), 0) else 0 end,
			  greatest(i.issue_date, coalesce(r.written_off_on, i.issue_date), coalesce((select max(x.allocated_on)
			    from receivable_allocation x where x.invoice_id = i.id), i.issue_date))
			from invoice i join receivable r on r.invoice_id = i.id join customer c on c.id = i.customer_id
			where 1 = 1%s""";

	private static final String TOTALS = """
			insert into receivable_due_totals (rep_id, due_date, open_amount, last_entry_on)
			select rep_id, due_date, sum(open_amount), max(last_entry_on) from receivable_due_entry
			where 1 = 1%s
			group by rep_id, due_date
			having sum(open_amount) > 0 or max(last_entry_on) > ?""";

	private static final Date NO_ENTRY = Date.valueOf(LocalDate.of(1, 1, 1));

	private final JdbcTemplate jdbc;

	private final BusinessClock clock;

	private final RepLocks repLocks;

	public DueDateTotals(JdbcTemplate jdbc, BusinessClock clock, RepLocks repLocks) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.repLocks = repLocks;
	}

	/**
	 * Counts the invoice again after its open amount changed, and moves its due date's
	 * sum by the difference (and the sum of the due date it was counted under, if it
	 * moved).
	 */
	@Transactional
	public void recount(long invoiceId) {
		List<String[]> reps = this.jdbc.query(
				"select c.rep_id, e.rep_id from invoice i join customer c on c.id = i.customer_id"
						+ " left join receivable_due_entry e on e.invoice_id = i.id where i.id = ?",
				(rs, row) -> new String[] { rs.getString(1),
						(rs.getString(2) != null) ? rs.getString(2) : rs.getString(1) },
				invoiceId);
		for (String[] pair : reps) {
			// the rep it is counted under now and the one it was: both locked
			this.repLocks.recountAtCommit(List.of(pair[0], pair[1]), List.of("receivable_due_entry", invoiceId),
					() -> settle(invoiceId));
		}
	}

	/** Recounts one rep's due date (as it was before an invoice moved away from it). */
	@Transactional
	public void recount(Key key) {
		this.repLocks.recountAtCommit(key.repId(), key,
				() -> recountFromInvoices(" and c.rep_id = ? and i.due_date = ?", " and rep_id = ? and due_date = ?",
						key.repId(), Date.valueOf(key.dueDate())));
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
			this.repLocks.recountAtCommit(repId, List.of("receivable_due_totals", repId),
					() -> recountFromInvoices(" and c.rep_id = ?", " and rep_id = ?", repId));
		}
	}

	/**
	 * Counts every rep's due dates again from the invoices: for invoices written in bulk
	 * outside the receivables code, such as a data load.
	 */
	@Transactional
	public void refreshAll() {
		this.repLocks.lockEvery();
		this.jdbc.update("delete from receivable_due_entry");
		this.jdbc.update("insert into receivable_due_entry (invoice_id, rep_id, due_date, open_amount, last_entry_on) "
				+ ENTRIES.formatted(""));
		this.jdbc.update("delete from receivable_due_totals");
		this.jdbc.update(TOTALS.formatted(""), Date.valueOf(today()));
	}

	/**
	 * Counts the entries and sums of a rep (and due date) again from the invoices: those
	 * counted there before and those that belong there now.
	 */
	private void recountFromInvoices(String invoices, String cells, Object... key) {
		this.jdbc.update("delete from receivable_due_entry where 1 = 1" + cells, key);
		this.jdbc.update("delete from receivable_due_entry where invoice_id in (select i.id from invoice i"
				+ " join customer c on c.id = i.customer_id where 1 = 1" + invoices + ")", key);
		this.jdbc.update("insert into receivable_due_entry (invoice_id, rep_id, due_date, open_amount, last_entry_on) "
				+ ENTRIES.formatted(invoices), key);
		this.jdbc.update("delete from receivable_due_totals where 1 = 1" + cells, key);
		Object[] arguments = Arrays.copyOf(key, key.length + 1);
		arguments[key.length] = Date.valueOf(today());
		this.jdbc.update(TOTALS.formatted(cells), arguments);
	}

	/**
	 * Counts one invoice again and moves the sums of the due dates it was and is counted
	 * under by the difference; its reps' rows are locked.
	 */
	private void settle(long invoiceId) {
		Entry now = this.jdbc.query(ENTRIES.formatted(" and i.id = ?"), (rs, row) -> Entry.of(rs, 2), invoiceId)
			.stream()
			.findFirst()
			.orElse(null);
		Entry was = this.jdbc
			.query("select invoice_id, rep_id, due_date, open_amount, last_entry_on from receivable_due_entry"
					+ " where invoice_id = ?", (rs, row) -> Entry.of(rs, 2), invoiceId)
			.stream()
			.findFirst()
			.orElse(null);
		if (Objects.equals(now, was)) {
			return;
		}
		if (was == null) {
			this.jdbc.update(
					"insert into receivable_due_entry (invoice_id, rep_id, due_date, open_amount,"
							+ " last_entry_on) values (?, ?, ?, ?, ?)",
					invoiceId, now.repId(), Date.valueOf(now.dueDate()), now.openAmount(),
					Date.valueOf(now.lastEntryOn()));
		}
		else if (now == null) {
			this.jdbc.update("delete from receivable_due_entry where invoice_id = ?", invoiceId);
		}
		else {
			this.jdbc.update(
					"update receivable_due_entry set rep_id = ?, due_date = ?, open_amount = ?,"
							+ " last_entry_on = ? where invoice_id = ?",
					now.repId(), Date.valueOf(now.dueDate()), now.openAmount(), Date.valueOf(now.lastEntryOn()),
					invoiceId);
		}
		if (was != null && now != null && was.key().equals(now.key())) {
			move(now.key(), now.openAmount().subtract(was.openAmount()));
			return;
		}
		if (was != null) {
			move(was.key(), was.openAmount().negate());
		}
		if (now != null) {
			move(now.key(), now.openAmount());
		}
	}

	/**
	 * Moves a due date's sum by the difference, takes its latest entry from the entries,
	 * and drops it when nothing is open and no entry lies ahead of today.
	 */
	private void move(Key key, BigDecimal difference) {
		Date dueDate = Date.valueOf(key.dueDate());
		int moved = this.jdbc.update(
				"update receivable_due_totals set open_amount = open_amount + ?,"
						+ " last_entry_on = coalesce((select max(e.last_entry_on) from receivable_due_entry e"
						+ " where e.rep_id = ? and e.due_date = ?), ?) where rep_id = ? and due_date = ?",
				difference, key.repId(), dueDate, NO_ENTRY, key.repId(), dueDate);
		if (moved == 0) {
			this.jdbc.update(TOTALS.formatted(" and rep_id = ? and due_date = ?"), key.repId(), dueDate,
					Date.valueOf(today()));
		}
		else if (difference.signum() <= 0) {
			this.jdbc.update(
					"delete from receivable_due_totals where rep_id = ? and due_date = ?"
							+ " and open_amount <= 0 and last_entry_on <= ?",
					key.repId(), dueDate, Date.valueOf(today()));
		}
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

	/** What one invoice adds to its due date's sum. */
	private record Entry(String repId, LocalDate dueDate, BigDecimal openAmount, LocalDate lastEntryOn) {

		static Entry of(ResultSet rs, int first) throws SQLException {
			return new Entry(rs.getString(first), rs.getDate(first + 1).toLocalDate(),
					rs.getBigDecimal(first + 2).setScale(2), rs.getDate(first + 3).toLocalDate());
		}

		Key key() {
			return new Key(this.repId, this.dueDate);
		}

	}

}
