package com.osb.salesops.masterdata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.osb.salesops.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recounts of a rep's sums on PostgreSQL: asked for in a transaction, they run once each
 * just before it commits, seeing all it wrote, with the rep's row locked from then on and
 * not before; reps in the order of their ids, a sum two reps share with both locked; none
 * when the transaction rolls back; at once outside a transaction.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepLocksPostgresIT extends PostgresIntegrationTest {

	/** PostgreSQL's "lock not available", for a lock asked for with {@code nowait}. */
	private static final String LOCK_NOT_AVAILABLE = "55P03";

	@Autowired
	RepLocks repLocks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DataSource dataSource;

	@BeforeAll
	void twoReps() {
		this.jdbc.update("insert into market (id, name, manager_user_id) values ('LKM', 'Lock market', 'lkdirector')");
		this.jdbc.update(
				"insert into region (id, market_id, name, manager_user_id) values ('LKG', 'LKM', 'Lock region', 'lkmanager')");
		this.jdbc.update("insert into sales_rep (id, region_id, user_id, name, hired_on, target_incentive) values"
				+ " ('LK1', 'LKG', 'lkrep1', 'Rep LK1', '2020-01-01', 10000),"
				+ " ('LK2', 'LKG', 'lkrep2', 'Rep LK2', '2020-01-01', 10000)");
	}

	@Test
	void aRecountRunsOnceAtCommitSeeingEverythingWrittenWithTheRepLockedOnlyFromThen() {
		// given
		AtomicInteger runs = new AtomicInteger();
		List<String> seen = new ArrayList<>();
		List<String> lockedDuringRecount = new ArrayList<>();
		List<String> lockedBeforeCommit = new ArrayList<>();

		// when
		this.transactions.executeWithoutResult((status) -> {
			Runnable recount = () -> {
				runs.incrementAndGet();
				seen.addAll(this.jdbc.queryForList(
						"select action from audit_log where subject_type = 'rep-lock-test' order by id", String.class));
				lockedDuringRecount.add(lockedElsewhere("LK1"));
			};
			this.repLocks.recountAtCommit("LK1", "month", recount);
			audit("first change");
			this.repLocks.recountAtCommit("LK1", "month", recount);
			audit("second change");
			lockedBeforeCommit.add(lockedElsewhere("LK1"));
		});

		// then
		assertThat(runs).hasValue(1);
		assertThat(seen).containsExactly("first change", "second change");
		assertThat(lockedBeforeCommit).containsExactly("free");
		assertThat(lockedDuringRecount).containsExactly("locked");
		assertThat(lockedElsewhere("LK1")).isEqualTo("free");
	}

	@Test
	void repsAreRecountedInTheOrderOfTheirIdsAndEachSumOnce() {
		// given
		List<String> order = new ArrayList<>();

		// when
		this.transactions.executeWithoutResult((status) -> {
			this.repLocks.recountAtCommit("LK2", "due 1", () -> order.add("LK2 due 1"));
			this.repLocks.recountAtCommit("LK1", "due 2", () -> order.add("LK1 due 2"));
			this.repLocks.recountAtCommit("LK2", "due 3", () -> order.add("LK2 due 3"));
			this.repLocks.recountAtCommit("LK1", "due 2", () -> order.add("LK1 due 2 again"));
		});

		// then
		assertThat(order).containsExactly("LK1 due 2", "LK2 due 1", "LK2 due 3");
	}

	@Test
	void aSumTwoRepsShareIsRecountedOnceWithBothRepsLocked() {
		// given
		List<String> lockedDuringRecount = new ArrayList<>();
		List<String> order = new ArrayList<>();

		// when
		this.transactions.executeWithoutResult((status) -> {
			this.repLocks.recountAtCommit(List.of("LK2", "LK1"), "invoice 7", () -> {
				order.add("invoice 7");
				lockedDuringRecount.add(lockedElsewhere("LK1"));
				lockedDuringRecount.add(lockedElsewhere("LK2"));
			});
			this.repLocks.recountAtCommit(List.of("LK1", "LK2"), "invoice 7", () -> order.add("invoice 7 again"));
		});

		// then
		assertThat(order).containsExactly("invoice 7");
		assertThat(lockedDuringRecount).containsExactly("locked", "locked");
	}

	@Test
	void aTransactionRolledBackRecountsNothing() {
		// given
		AtomicInteger runs = new AtomicInteger();

		// when
		this.transactions.executeWithoutResult((status) -> {
			this.repLocks.recountAtCommit("LK1", "month", runs::incrementAndGet);
			status.setRollbackOnly();
		});

		// then
		assertThat(runs).hasValue(0);
		assertThat(lockedElsewhere("LK1")).isEqualTo("free");
	}

	@Test
	void outsideATransactionTheRecountRunsAtOnce() {
		// given
		AtomicInteger runs = new AtomicInteger();

		// when
		this.repLocks.recountAtCommit("LK2", "month", runs::incrementAndGet);

		// then
		assertThat(runs).hasValue(1);
	}

	private void audit(String action) {
		this.jdbc.update("insert into audit_log (actor, action, subject_type, subject_id, occurred_at)"
				+ " values ('test', ?, 'rep-lock-test', 'LK1', current_timestamp)", action);
	}

	/**
	 * Whether another connection finds the rep's row locked: "locked" or "free" (it takes
	 * and gives back the lock at once).
	 */
	private String lockedElsewhere(String repId) {
		try (Connection other = this.dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (PreparedStatement lock = other
				.prepareStatement("select id from sales_rep where id = ? for no key update nowait")) {
				lock.setString(1, repId);
				lock.executeQuery().close();
				return "free";
			}
			catch (SQLException ex) {
				if (LOCK_NOT_AVAILABLE.equals(ex.getSQLState())) {
					return "locked";
				}
				throw ex;
			}
			finally {
				other.rollback();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
