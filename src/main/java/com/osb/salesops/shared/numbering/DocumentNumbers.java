package com.osb.salesops.shared.numbering;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.transaction.Database;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Draws document numbers such as {@code SC20140213DD0001} from a database counter per
 * type and business day. Each draw commits in a transaction of its own, so a number is
 * unique across every node that shares the database and is never handed out twice, even
 * when the caller's transaction rolls back (that leaves a gap). The sequence has four
 * digits: the 10,000th document of a type in one day is refused with
 * {@link DocumentNumbersExhaustedException} rather than numbered outside the format. The
 * draws use a small pool of connections of their own (see
 * {@link DocumentNumbersConfiguration}), so that a caller who holds a connection of the
 * main pool never waits for a second one from it.
 */
public class DocumentNumbers {

	/** The last sequence of a type in a day: four digits. */
	static final int LAST_SEQUENCE = 9999;

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final BusinessClock clock;

	private final Database database;

	DocumentNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, BusinessClock clock,
			Database database) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.database = database;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The next number of a type for today's business date. */
	public String next(DocumentType type) {
		return next(type, this.clock.today());
	}

	/** The next number of a type for a given business date. */
	public String next(DocumentType type, LocalDate businessDate) {
		Integer value = this.ownTransaction.execute((status) -> increment(type, businessDate));
		if (value == null) {
			createCounter(type, businessDate);
			value = this.ownTransaction.execute((status) -> increment(type, businessDate));
		}
		return format(type, businessDate, value);
	}

	static String format(DocumentType type, LocalDate businessDate, int sequence) {
		if (sequence < 1 || sequence > LAST_SEQUENCE) {
			throw new DocumentNumbersExhaustedException(type, businessDate);
		}
		return "SC" + DAY.format(businessDate) + type.code() + String.format("%04d", sequence);
	}

	private Integer increment(DocumentType type, LocalDate day) {
		while (true) {
			Integer drawn = draw(type, day);
			if (drawn != null) {
				return drawn;
			}
			// Nothing updated: either the day's counter does not exist yet, or it is
			// exhausted, or another node created it after the update looked. Only the
			// counter's own value tells which.
			Integer last = this.jdbc
				.query("select last_value from document_sequence where doc_type = ? and business_date = ?",
						(rs, row) -> rs.getInt(1), type.code(), day)
				.stream()
				.findFirst()
				.orElse(null);
			if (last == null) {
				return null;
			}
			if (last >= LAST_SEQUENCE) {
				throw new DocumentNumbersExhaustedException(type, day);
			}
		}
	}

	/**
	 * The day's counter moved on by one and its new value, or null when it was not (it
	 * does not exist or is exhausted): on PostgreSQL in one statement.
	 */
	private Integer draw(DocumentType type, LocalDate day) {
		String increment = "update document_sequence set last_value = last_value + 1"
				+ " where doc_type = ? and business_date = ? and last_value < ?";
		if (this.database.isPostgres()) {
			return this.jdbc
				.queryForList(increment + " returning last_value", Integer.class, type.code(), day, LAST_SEQUENCE)
				.stream()
				.findFirst()
				.orElse(null);
		}
		if (this.jdbc.update(increment, type.code(), day, LAST_SEQUENCE) == 0) {
			return null;
		}
		return this.jdbc.queryForObject(
				"select last_value from document_sequence where doc_type = ? and business_date = ?", Integer.class,
				type.code(), day);
	}

	private void createCounter(DocumentType type, LocalDate day) {
		try {
			this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update(
					"insert into document_sequence (doc_type, business_date, last_value) values (?, ?, 0)", type.code(),
					day));
		}
		catch (DuplicateKeyException ex) {
			// another node created today's counter first: use theirs
		}
	}

}
