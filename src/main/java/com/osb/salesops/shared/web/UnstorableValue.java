package com.osb.salesops.shared.web;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A failure because the database would not keep a value the request gave: longer than its
 * column, a number or date out of range, a character it refuses (SQL's data exceptions,
 * class {@code 22}). It is the caller's value, never the server's fault; the transaction
 * rolled back, so nothing of the request was kept.
 */
public final class UnstorableValue {

	/** In the caller's language as {@code engine.value-not-stored}. */
	public static final String ENGLISH = "A value of the request cannot be stored: too long, out of range, or with a character that is not allowed";

	private UnstorableValue() {
	}

	public static boolean causes(Throwable failure) {
		return causes(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
	}

	private static boolean causes(Throwable failure, Set<Throwable> seen) {
		for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				if (sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
					return true;
				}
				if (sql.getNextException() != null && causes(sql.getNextException(), seen)) {
					return true;
				}
			}
		}
		return false;
	}

}
