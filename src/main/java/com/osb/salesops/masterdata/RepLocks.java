package com.osb.salesops.masterdata;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.osb.salesops.shared.transaction.BeforeCommit;
import com.osb.salesops.shared.transaction.Database;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The row lock on a rep that makes recounts of the rep's sums take turns, in the caller's
 * transaction. On PostgreSQL it does not block the key-share lock that inserting a row
 * referring to the rep takes (two orders submitted at once for the rep would otherwise
 * wait on each other); H2 takes none.
 * <p>
 * A recount asked for in a transaction ({@link #recountAtCommit}) runs just before the
 * transaction commits, once however often it was asked for, with its rep's row locked
 * from then on: the lock is held for the recounts and the commit, not for the rest of the
 * transaction (a document to write, a rule to evaluate), so that two changes to one rep's
 * orders wait on each other for a moment only, and the recount sees every change the
 * transaction made.
 */
@Component
public class RepLocks {

	private final JdbcTemplate jdbc;

	private final Database database;

	public RepLocks(JdbcTemplate jdbc, Database database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	/** Locks the rep's row until the transaction ends. */
	public void lock(String repId) {
		this.jdbc.queryForList("select id from sales_rep where id = ?" + clause(), String.class, repId);
	}

	/** Locks every rep's row until the transaction ends, for a recount of all. */
	public void lockEvery() {
		this.jdbc.queryForList("select id from sales_rep" + clause(), String.class);
	}

	/**
	 * Recounts one of the rep's sums with the rep's row locked: just before the
	 * transaction commits, once for each sum however often it is asked for, the reps in
	 * the order of their ids so that locks never cross; outside a transaction (or once
	 * the transaction's recounts have run), at once.
	 * @param repId the rep whose sum it is
	 * @param sum which of the rep's sums, told apart by {@code equals}
	 * @param recount counts the sum again in the caller's transaction
	 */
	public void recountAtCommit(String repId, Object sum, Runnable recount) {
		recountAtCommit(Set.of(repId), sum, recount);
	}

	/**
	 * Recounts a sum that more than one rep's sums share (an invoice that changed reps)
	 * with every one of those reps' rows locked, as
	 * {@link #recountAtCommit(String, Object, Runnable)} does for one rep: the rows are
	 * locked in the order of the reps' ids, and the recount runs once the last of them
	 * is.
	 * @param repIds the reps whose sums it moves
	 * @param sum which sum, told apart by {@code equals}
	 * @param recount counts the sum again in the caller's transaction
	 */
	public void recountAtCommit(Collection<String> repIds, Object sum, Runnable recount) {
		NavigableSet<String> reps = new TreeSet<>(repIds);
		Recounts recounts = pending();
		if (recounts == null) {
			reps.forEach(this::lock);
			recount.run();
			return;
		}
		reps.headSet(reps.last()).forEach(recounts::lockOnly);
		recounts.byRep.computeIfAbsent(reps.last(), (rep) -> new LinkedHashMap<>()).putIfAbsent(sum, recount);
	}

	/**
	 * The transaction's recounts still to run, or none outside a transaction and once
	 * they have run.
	 */
	private Recounts pending() {
		return BeforeCommit.of(this, Recounts::new);
	}

	private String clause() {
		return this.database.isPostgres() ? " for no key update" : " for update";
	}

	/** The recounts a transaction asked for, by rep in the order of their ids. */
	private final class Recounts extends BeforeCommit {

		private final Map<String, Map<Object, Runnable>> byRep = new TreeMap<>();

		Recounts() {
			super(RepLocks.this);
		}

		/** The rep's row is locked in its turn, for a recount under a later rep's. */
		void lockOnly(String repId) {
			this.byRep.computeIfAbsent(repId, (rep) -> new LinkedHashMap<>());
		}

		@Override
		protected void run() {
			this.byRep.forEach((repId, recounts) -> {
				lock(repId);
				recounts.values().forEach(Runnable::run);
			});
		}

	}

}
