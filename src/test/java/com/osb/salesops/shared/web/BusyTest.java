package com.osb.salesops.shared.web;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class BusyTest {

	@Test
	void aConnectionLostInAnyCauseIsBusy() {
		assertThat(Busy.causes(new IllegalStateException("wrapped",
				new RuntimeException(new SQLException("An I/O error occurred while sending to the backend", "08006")))))
			.isTrue();
	}

	@Test
	void aRollbackThatFailedOnALostConnectionAfterTheStatementIsBusy() {
		var statement = new IllegalStateException("the statement failed");
		statement.addSuppressed(new TransactionSystemException("Could not roll back JDBC transaction",
				new SQLException("This connection has been closed.", "08003")));

		assertThat(Busy.causes(statement)).isTrue();
	}

	@Test
	void aBatchWhoseNextExceptionIsTheServerShuttingDownIsBusy() {
		var batch = new BatchUpdateException("Batch entry 0 was aborted", null, 0, new int[0]);
		batch.setNextException(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));

		assertThat(Busy.causes(new RuntimeException(batch))).isTrue();
	}

	@Test
	void aBrokenRuleOfTheDataIsNotBusy() {
		assertThat(Busy
			.causes(new DataIntegrityViolationException("duplicate", new SQLException("duplicate key value", "23505"))))
			.isFalse();
	}

	@Test
	void aFailureThatIsItsOwnCauseEnds() {
		var circular = new SQLException("loop");
		var outer = new RuntimeException(circular);
		circular.initCause(outer);

		assertThat(Busy.causes(outer)).isFalse();
	}

}
