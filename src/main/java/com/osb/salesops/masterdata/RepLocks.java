package com.osb.salesops.masterdata;

import java.util.Locale;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The row lock on a rep that makes recounts of the rep's sums take turns, in the caller's
 * transaction. On PostgreSQL it does not block the key-share lock that inserting a row
 * referring to the rep takes (two orders submitted at once for the rep would otherwise
 * wait on each other); H2 takes none.
 */
@Component
public class RepLocks {

	private final JdbcTemplate jdbc;

	private volatile String clause;

	public RepLocks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the rep's row until the transaction ends. */
	public void lock(String repId) {
		this.jdbc.queryForList("select id from sales_rep where id = ?" + clause(), String.class, repId);
	}

	/** Locks every rep's row until the transaction ends, for a recount of all. */
	public void lockEvery() {
		this.jdbc.queryForList("select id from sales_rep" + clause(), String.class);
	}

	private String clause() {
		if (this.clause == null) {
			this.clause = this.jdbc.execute((ConnectionCallback<String>) (connection) -> connection.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(Locale.ROOT)
				.contains("postgres") ? " for no key update" : " for update");
		}
		return this.clause;
	}

}
