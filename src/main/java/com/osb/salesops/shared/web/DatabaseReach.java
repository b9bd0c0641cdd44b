package com.osb.salesops.shared.web;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Whether the database answers at this moment. A failure that no rule recognises as the
 * database being away (a driver or a library that wrapped the cause away) is still the
 * database's when the database does not answer right after it: the caller is then asked
 * to come back, not told that the application failed.
 */
@Component
public class DatabaseReach {

	/** Seconds a connection of the pool has to prove itself alive. */
	private static final int VALID_SECONDS = 2;

	private final DataSource dataSource;

	public DatabaseReach(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Whether the given failure means "come back in a moment": it is one that
	 * {@link Busy} recognises, or the database does not answer now.
	 */
	public boolean busy(Throwable failure) {
		return Busy.causes(failure) || lost();
	}

	/** Whether no connection to the database can be had, or none answers, now. */
	public boolean lost() {
		try (Connection connection = this.dataSource.getConnection()) {
			return !connection.isValid(VALID_SECONDS);
		}
		catch (SQLException | RuntimeException ex) {
			return true;
		}
	}

}
