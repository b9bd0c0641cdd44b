package com.osb.salesops.shared.numbering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.osb.salesops.support.TestClock;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.transaction.Database;
import com.osb.salesops.support.PostgresServer;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two "nodes" (two connection pools) drawing numbers from one PostgreSQL at once never
 * get the same number, the 10,000th of a type in a day is refused, and a rolled-back
 * transaction never gives its number back.
 */
@ExtendWith(PostgresServer.class)
class DocumentNumbersPostgresIT {

	private static final LocalDate DAY = LocalDate.of(2014, 2, 13);

	private static final String REFUSED = "refused";

	private static HikariDataSource nodeA;

	private static HikariDataSource nodeB;

	@BeforeAll
	static void twoNodes() {
		nodeA = pool("node-a");
		nodeB = pool("node-b");
		Flyway.configure().dataSource(nodeA).table("salesops_schema_history").load().migrate();
		new JdbcTemplate(nodeA).update("delete from document_sequence where business_date = ?", DAY);
	}

	@AfterAll
	static void closePools() {
		nodeA.close();
		nodeB.close();
	}

	@Test
	void numbersFromEightThreadsOnTwoNodesAreUniqueAndTheTenThousandthOfTheDayIsRefused() throws Exception {
		// given
		DocumentNumbers[] nodes = { numbers(nodeA), numbers(nodeB) };
		List<Callable<List<String>>> workers = new ArrayList<>();
		for (int thread = 0; thread < 8; thread++) {
			DocumentNumbers node = nodes[thread % 2];
			workers.add(() -> draw(node, 1250));
		}

		// when
		List<String> drawn = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			for (Future<List<String>> result : pool.invokeAll(workers)) {
				drawn.addAll(result.get());
			}
		}
		finally {
			pool.shutdown();
		}

		// then
		Set<String> unique = new HashSet<>(drawn);
		assertThat(drawn).hasSize(10_000);
		assertThat(drawn).filteredOn(REFUSED::equals).hasSize(1);
		assertThat(unique).hasSize(10_000).contains("SC20140213DD0001", "SC20140213DD9999");
		assertThat(unique).filteredOn((number) -> !REFUSED.equals(number))
			.hasSize(9_999)
			.allMatch((number) -> number.matches("SC20140213DD\\d{4}"));
		assertThatThrownBy(() -> nodes[0].next(DocumentType.SALES_ORDER, DAY))
			.isInstanceOf(DocumentNumbersExhaustedException.class)
			.hasMessageContaining("No DD number is left for 2014-02-13")
			.hasMessageContaining("9999 DD documents were already issued");
		assertThat(new JdbcTemplate(nodeA).queryForObject(
				"select last_value from document_sequence where doc_type = 'DD' and business_date = ?", Integer.class,
				DAY))
			.isEqualTo(9999);
	}

	@Test
	void theFirstNumbersOfADayDrawnAtOnceFromTwoNodesAreNeverRefused() throws Exception {
		// given: eight threads on two nodes that draw the first number of a new day at
		// the same moment, day after day, so that one node creates the day's counter
		// while the others are looking for it
		DocumentNumbers[] nodes = { numbers(nodeA), numbers(nodeB) };
		LocalDate firstDay = LocalDate.of(2015, 3, 1);
		int days = 60;
		new JdbcTemplate(nodeA).update("delete from document_sequence where business_date between ? and ?", firstDay,
				firstDay.plusDays(days));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<String> refusals = new ArrayList<>();
		try {
			for (int d = 0; d < days; d++) {
				LocalDate day = firstDay.plusDays(d);
				CyclicBarrier start = new CyclicBarrier(8);
				List<Callable<String>> workers = new ArrayList<>();
				for (int thread = 0; thread < 8; thread++) {
					DocumentNumbers node = nodes[thread % 2];
					workers.add(() -> {
						start.await();
						try {
							return node.next(DocumentType.SHIPPING_NOTICE, day);
						}
						catch (DocumentNumbersExhaustedException ex) {
							return REFUSED + " on " + day;
						}
					});
				}
				Set<String> drawn = new HashSet<>();
				for (Future<String> result : pool.invokeAll(workers)) {
					drawn.add(result.get());
				}

				// then
				drawn.stream().filter((number) -> number.startsWith(REFUSED)).forEach(refusals::add);
				assertThat(drawn).hasSize(8);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(refusals).isEmpty();
	}

	@Test
	void aNumberDrawnInARolledBackTransactionIsNeverReused() {
		// given
		DocumentNumbers numbers = numbers(nodeA);
		TransactionTemplate callerTransaction = new TransactionTemplate(new DataSourceTransactionManager(nodeA));
		String[] inRolledBack = new String[1];

		// when
		callerTransaction.executeWithoutResult((status) -> {
			inRolledBack[0] = numbers.next(DocumentType.CONTRACT, DAY);
			status.setRollbackOnly();
		});
		String next = numbers.next(DocumentType.CONTRACT, DAY);

		// then
		assertThat(next).isNotEqualTo(inRolledBack[0]).startsWith("SC20140213HT");
		assertThat(Integer.parseInt(next.substring(12))).isEqualTo(Integer.parseInt(inRolledBack[0].substring(12)) + 1);
	}

	private static List<String> draw(DocumentNumbers numbers, int count) {
		List<String> drawn = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			try {
				drawn.add(numbers.next(DocumentType.SALES_ORDER, DAY));
			}
			catch (DocumentNumbersExhaustedException ex) {
				drawn.add(REFUSED);
			}
		}
		return drawn;
	}

	private static DocumentNumbers numbers(HikariDataSource dataSource) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		return new DocumentNumbers(jdbc, new DataSourceTransactionManager(dataSource),
				new BusinessClock(TestClock.BUSINESS_ZONE,
						Clock.fixed(TestClock.START.toInstant(), TestClock.BUSINESS_ZONE)),
				new Database(jdbc));
	}

	private static HikariDataSource pool(String name) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName(name);
		dataSource.setJdbcUrl(PostgresServer.url());
		dataSource.setUsername(PostgresServer.user());
		dataSource.setPassword(PostgresServer.password());
		dataSource.setMaximumPoolSize(8);
		return dataSource;
	}

}
