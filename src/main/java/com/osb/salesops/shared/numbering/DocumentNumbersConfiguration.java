package com.osb.salesops.shared.numbering;

import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.transaction.Database;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Document numbers are drawn on connections of their own. A submission holds a connection
 * of the main pool (and may wait on its customer's credit row) while it draws its
 * numbers; were the draws to take a second connection from the same pool, enough
 * submissions in flight would hold every connection and wait for one more, for ever. The
 * draws are short single-row updates, so a few connections serve every thread of a node.
 */
@Configuration(proxyBeanMethods = false)
class DocumentNumbersConfiguration {

	/** Connections for number draws, per node, on top of the main pool. */
	static final int CONNECTIONS = 4;

	@Bean(destroyMethod = "close")
	NumberingConnections numberingConnections(DataSourceProperties properties) {
		HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		pool.setPoolName("numbers");
		pool.setMaximumPoolSize(CONNECTIONS);
		pool.setMinimumIdle(1);
		return new NumberingConnections(pool);
	}

	@Bean
	DocumentNumbers documentNumbers(NumberingConnections connections, BusinessClock clock, Database database) {
		return new DocumentNumbers(new JdbcTemplate(connections.pool()),
				new DataSourceTransactionManager(connections.pool()), clock, database);
	}

	/**
	 * The draws' own pool, closed with the application; not a data source of the
	 * application.
	 */
	record NumberingConnections(HikariDataSource pool) implements AutoCloseable {

		@Override
		public void close() {
			this.pool.close();
		}

	}

}
