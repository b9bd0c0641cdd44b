package com.osb.salesops.shared.audit;

import java.util.List;

import com.osb.salesops.support.ProcessTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail's entries are written with their transaction: together at its commit,
 * in the order they were recorded, not at all when it rolls back, and at once outside a
 * transaction or for a reader in it.
 */
@ProcessTest
class AuditLogTest {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void shouldWriteATransactionsEntriesAtItsCommitInTheOrderTheyWereRecorded() {
		// given
		String subject = "AUD-" + System.nanoTime();
		// when
		List<String> inside = this.transactions.execute((status) -> {
			this.audit.record("ann", "FIRST", "TEST", subject, null, "one");
			this.audit.record("ann", "SECOND", "TEST", subject, null, "two");
			this.audit.record(null, "THIRD", "TEST", subject, null, null);
			return actions(subject);
		});
		// then
		assertThat(inside).isEmpty();
		assertThat(actions(subject)).containsExactly("FIRST", "SECOND", "THIRD");
		assertThat(this.jdbc.queryForObject("select actor from audit_log where subject_id = ? and action = 'THIRD'",
				String.class, subject))
			.isEqualTo("system");
	}

	@Test
	void shouldWriteNothingWhenTheTransactionRollsBack() {
		// given
		String subject = "AUD-" + System.nanoTime();
		// when
		this.transactions.executeWithoutResult((status) -> {
			this.audit.record("ann", "FIRST", "TEST", subject, null, "one");
			status.setRollbackOnly();
		});
		// then
		assertThat(actions(subject)).isEmpty();
	}

	@Test
	void shouldWriteAtOnceOutsideATransactionAndForAReaderInIt() {
		// given
		String subject = "AUD-" + System.nanoTime();
		// when
		this.audit.record("ann", "ALONE", "TEST", subject, null, null);
		List<String> read = this.transactions.execute((status) -> {
			this.audit.record("ann", "READ", "TEST", subject, null, null);
			this.audit.flush();
			List<String> flushed = actions(subject);
			this.audit.record("ann", "AFTER", "TEST", subject, null, null);
			return flushed;
		});
		// then
		assertThat(read).containsExactly("ALONE", "READ");
		assertThat(actions(subject)).containsExactly("ALONE", "READ", "AFTER");
	}

	private List<String> actions(String subject) {
		return this.jdbc.queryForList("select action from audit_log where subject_id = ? order by id", String.class,
				subject);
	}

}
