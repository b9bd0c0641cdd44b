package com.osb.salesops.credit;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.osb.salesops.credit.model.CreditEvaluation;
import com.osb.salesops.credit.model.CreditProfile;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The credit profile table: one row per rated customer, its limit and its committed
 * orders.
 */
@Repository
class CreditProfiles {

	private static final String COLUMNS = "customer_id, grade, formula_limit, credit_limit, payment_terms,"
			+ " manual_adjustment, adjustment_expires_on, previous_grade, previous_limit, evaluated_on,"
			+ " committed_amount";

	private final JdbcTemplate jdbc;

	CreditProfiles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CreditProfile> find(long customerId) {
		return this.jdbc
			.query("select " + COLUMNS + " from credit_profile where customer_id = ?", CreditProfiles::map, customerId)
			.stream()
			.findFirst();
	}

	/** Reads the profile and locks it until the transaction ends. */
	Optional<CreditProfile> lock(long customerId) {
		return this.jdbc
			.query("select " + COLUMNS + " from credit_profile where customer_id = ? for update", CreditProfiles::map,
					customerId)
			.stream()
			.findFirst();
	}

	Map<Long, CreditProfile> all() {
		Map<Long, CreditProfile> profiles = new HashMap<>();
		this.jdbc.query("select " + COLUMNS + " from credit_profile",
				(RowCallbackHandler) (rs) -> profiles.put(rs.getLong(1), map(rs, 0)));
		return profiles;
	}

	/** Writes a new evaluation, keeping the committed amount and the previous figures. */
	void save(List<Rated> ratings, LocalDate on) {
		List<Object[]> updates = ratings.stream()
			.filter((rated) -> rated.previous() != null)
			.map((rated) -> new Object[] { rated.evaluation().grade(), rated.evaluation().formulaLimit(),
					rated.evaluation().creditLimit(), rated.evaluation().paymentTerms(), rated.adjustment(),
					rated.adjustment().signum() == 0 ? null : rated.previous().adjustmentExpiresOn(),
					rated.previous().grade(), rated.previous().creditLimit(), Date.valueOf(on), rated.customerId() })
			.toList();
		this.jdbc.batchUpdate("update credit_profile set grade = ?, formula_limit = ?, credit_limit = ?,"
				+ " payment_terms = ?, manual_adjustment = ?, adjustment_expires_on = ?, previous_grade = ?,"
				+ " previous_limit = ?, evaluated_on = ? where customer_id = ?", updates);
		List<Object[]> inserts = ratings.stream()
			.filter((rated) -> rated.previous() == null)
			.map((rated) -> new Object[] { rated.customerId(), rated.evaluation().grade(),
					rated.evaluation().formulaLimit(), rated.evaluation().creditLimit(),
					rated.evaluation().paymentTerms(), Date.valueOf(on) })
			.toList();
		this.jdbc.batchUpdate("insert into credit_profile (customer_id, grade, formula_limit, credit_limit,"
				+ " payment_terms, evaluated_on) values (?, ?, ?, ?, ?, ?)", inserts);
	}

	void commit(long customerId, BigDecimal amount) {
		this.jdbc.update("update credit_profile set committed_amount = committed_amount + ? where customer_id = ?",
				amount, customerId);
	}

	void release(long customerId, BigDecimal amount) {
		this.jdbc.update("update credit_profile set committed_amount = case when committed_amount > ?"
				+ " then committed_amount - ? else 0 end where customer_id = ?", amount, amount, customerId);
	}

	void applyAdjustment(long customerId, BigDecimal adjustment, BigDecimal creditLimit, LocalDate expiresOn) {
		this.jdbc.update(
				"update credit_profile set manual_adjustment = ?, credit_limit = ?,"
						+ " adjustment_expires_on = ? where customer_id = ?",
				adjustment, creditLimit, Date.valueOf(expiresOn), customerId);
	}

	private static CreditProfile map(ResultSet rs, int row) throws SQLException {
		Date expires = rs.getDate(7);
		Date evaluated = rs.getDate(10);
		return new CreditProfile(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
				rs.getString(5), rs.getBigDecimal(6), (expires != null) ? expires.toLocalDate() : null, rs.getString(8),
				rs.getBigDecimal(9), (evaluated != null) ? evaluated.toLocalDate() : null, rs.getBigDecimal(11));
	}

	/**
	 * A customer's new evaluation next to the profile it replaces.
	 *
	 * @param customerId the customer
	 * @param previous the profile before, or null for a first rating
	 * @param adjustment the adjustment still in force
	 * @param evaluation the new figures
	 */
	record Rated(long customerId, CreditProfile previous, BigDecimal adjustment, CreditEvaluation evaluation) {
	}

}
