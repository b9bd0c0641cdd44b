package com.osb.salesops.shared.security;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import com.osb.salesops.shared.web.DatabaseReach;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

class EngineBusyAnswersTest {

	/** A database that answers. */
	private static final DatabaseReach UP = new DatabaseReach(new DriverManagerDataSource("jdbc:h2:mem:reach-up"));

	/** A database that does not: nothing listens on its port. */
	private static final DatabaseReach AWAY = new DatabaseReach(
			new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/away?connectTimeout=2"));

	@Test
	void aLostDatabaseConnectionIsAnsweredAsBusyWithARetryAfter() {
		var lost = new ProcessEnginePersistenceException("persistence",
				new RuntimeException(new SQLException("connection refused", "08006")));

		var answer = new EngineBusyAnswers.PersistenceFailures(UP).toResponse(lost);

		assertThat(answer.getStatus()).isEqualTo(503);
		assertThat(answer.getHeaderString("Retry-After")).isEqualTo("2");
	}

	@Test
	void noConnectionFromThePoolIsAnsweredAsBusy() {
		var none = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
				new SQLException("timeout"));

		assertThat(new EngineBusyAnswers.DataAccessFailures(UP).toResponse(none).getStatus()).isEqualTo(503);
	}

	@Test
	void aConnectionEndedByTheServerShuttingDownIsAnsweredAsBusy() {
		var ended = new ProcessEnginePersistenceException("persistence", new RuntimeException(
				new SQLException("FATAL: terminating connection due to administrator command", "57P01")));

		assertThat(new EngineBusyAnswers.PersistenceFailures(UP).toResponse(ended).getStatus()).isEqualTo(503);
	}

	@Test
	void aTransactionThatCouldNotOpenAConnectionIsAnsweredAsBusy() {
		var none = new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));

		assertThat(new EngineBusyAnswers.TransactionFailures(UP).toResponse(none).getStatus()).isEqualTo(503);
	}

	@Test
	void anyOtherPersistenceFailureKeepsTheEnginesAnswer() {
		var broken = new ProcessEnginePersistenceException("persistence",
				new RuntimeException(new SQLException("duplicate key", "23505")));

		assertThat(new EngineBusyAnswers.PersistenceFailures(UP).toResponse(broken).getStatus()).isEqualTo(500);
	}

	@Test
	void aFailureOfAnyKindWhileTheDatabaseDoesNotAnswerIsAnsweredAsBusy() {
		var unrecognised = new ProcessEnginePersistenceException("persistence",
				new RuntimeException("the driver said something no rule knows"));

		var answer = new EngineBusyAnswers.PersistenceFailures(AWAY).toResponse(unrecognised);

		assertThat(answer.getStatus()).isEqualTo(503);
		assertThat(answer.getHeaderString("Retry-After")).isEqualTo("2");
		assertThat(new EngineBusyAnswers.PersistenceFailures(UP).toResponse(unrecognised).getStatus()).isEqualTo(500);
	}

}
