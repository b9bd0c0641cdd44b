package com.osb.salesops.shared.transaction;

import java.util.Locale;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which database the application runs on, for the few statements written one way for
 * PostgreSQL (one statement where the embedded database needs several) and another for
 * the embedded database. Asked of the database once.
 */
@Component
public class Database {

	private final JdbcTemplate jdbc;

	private volatile Boolean postgres;

	public Database(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether it is PostgreSQL. */
	public boolean isPostgres() {
		if (this.postgres == null) {
			this.postgres = this.jdbc.execute((ConnectionCallback<Boolean>) (connection) -> connection.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(Locale.ROOT)
				.contains("postgres"));
		}
		return this.postgres;
	}

}
