package com.osb.salesops.shared.process;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Lets nodes that share one PostgreSQL database start one after the other: a node takes a
 * database-wide advisory lock before it migrates the schema and keeps it until it is
 * ready (engine tables, models deployed, roles, filters and loaders done) or has failed.
 * So several nodes started at the same moment, on an empty or an existing database, never
 * race to create the same table, deployment, user or row. A node that dies while it
 * starts loses its session, and with it the lock. On a database that is not PostgreSQL
 * (the embedded single-node default) there is nothing to wait for.
 */
@Component
class StartupLock implements FlywayMigrationStrategy, ApplicationListener<ApplicationEvent>, Ordered {

	private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

	/** The lock's key: the digits of "SALESOPS" on a phone keypad. */
	private static final long KEY = 72537677L;

	private final DataSource dataSource;

	private Connection holder;

	private String lockTimeout;

	StartupLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void migrate(org.flywaydb.core.Flyway flyway) {
		acquire();
		flyway.migrate();
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent
				|| event instanceof ContextClosedEvent) {
			release();
		}
	}

	/** After every other listener of the ready event: the loaders run there too. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	synchronized void acquire() {
		if (this.holder != null) {
			return;
		}
		try {
			Connection connection = this.dataSource.getConnection();
			if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
				connection.close();
				return;
			}
			long started = System.nanoTime();
			try (Statement statement = connection.createStatement()) {
				// another node's start may take longer than a row lock may be waited for
				try (ResultSet timeout = statement.executeQuery("show lock_timeout")) {
					timeout.next();
					this.lockTimeout = timeout.getString(1);
				}
				statement.execute("set lock_timeout = 0");
				statement.execute("select pg_advisory_lock(" + KEY + ")");
			}
			this.holder = connection;
			long waited = (System.nanoTime() - started) / 1_000_000;
			if (waited > 1000) {
				log.info("Waited {} ms for another node to finish starting", waited);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not take the start-up lock on the database: " + ex.getMessage(), ex);
		}
	}

	synchronized void release() {
		if (this.holder == null) {
			return;
		}
		try (Connection connection = this.holder; Statement statement = connection.createStatement()) {
			statement.execute("select pg_advisory_unlock(" + KEY + ")");
			statement.execute("set lock_timeout = '" + this.lockTimeout.replace("'", "") + "'");
		}
		catch (SQLException ex) {
			log.warn("Could not release the start-up lock (it goes with the connection): {}", ex.getMessage());
		}
		finally {
			this.holder = null;
		}
	}

}
