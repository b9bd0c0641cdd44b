package com.osb.salesops.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means "the database is busy, try again in a moment": no connection
 * free in time, a lock not granted within the lock timeout, a deadlock or a serialization
 * failure chosen as victim, a connection lost or refused. Such a request changed nothing
 * (its transaction rolled back), so the caller may send it again.
 */
public final class Busy {

	/**
	 * PostgreSQL: lock not available, serialization failure, deadlock, query cancelled,
	 * connection ended by an administrator or a server shutdown or crash, server not
	 * accepting connections yet.
	 */
	private static final Set<String> STATES = Set.of("55P03", "40001", "40P01", "57014", "57P01", "57P02", "57P03");

	/** Seconds a caller is asked to wait before sending the request again. */
	public static final int RETRY_AFTER_SECONDS = 2;

	private Busy() {
	}

	/**
	 * Whether the failure, any of its causes, any failure suppressed on the way (a
	 * rollback that failed after the statement) or any next exception of a driver's chain
	 * (a batch's) is the database being busy or away.
	 */
	public static boolean causes(Throwable failure) {
		return causes(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
	}

	private static boolean causes(Throwable failure, Set<Throwable> seen) {
		for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (cause instanceof TransientDataAccessException || cause instanceof CannotGetJdbcConnectionException
					|| cause instanceof PessimisticLockingFailureException
					|| cause instanceof CannotAcquireLockException || cause instanceof QueryTimeoutException
					|| cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
					|| cause instanceof SQLNonTransientConnectionException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof CannotCreateTransactionException) {
				return true;
			}
			if (cause instanceof SQLException sql) {
				if (sql.getSQLState() != null
						&& (STATES.contains(sql.getSQLState()) || sql.getSQLState().startsWith("08"))) {
					return true;
				}
				if (sql.getNextException() != null && causes(sql.getNextException(), seen)) {
					return true;
				}
			}
			for (Throwable suppressed : cause.getSuppressed()) {
				if (causes(suppressed, seen)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The answer to a busy request, in the language given. */
	static ApiError problem(Locale locale) {
		HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
		return new ApiError(status.value(), Messages.text(locale, "status.503", status.getReasonPhrase()),
				Messages.text(locale, "problem.busy",
						"The system is busy and changed nothing; send the request again in a moment"),
				List.of(), "busy");
	}

}
