package com.osb.salesops.credit;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The ratings of a refresh that finance has to review.
 */
@Service("creditReviews")
public class CreditReviews {

	private final JdbcTemplate jdbc;

	CreditReviews(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The ids of the ratings of a refresh run that need a review, in rating order. */
	public List<Long> ratingIds(String processInstanceId) {
		return this.jdbc.queryForList(
				"select id from credit_rating where process_instance_id = ?" + " and review_needed = true order by id",
				Long.class, processInstanceId);
	}

	public RatingToReview rating(long ratingId) {
		return this.jdbc.queryForObject(
				"select r.id, c.code, c.name, r.previous_grade, r.grade, r.previous_limit,"
						+ " r.credit_limit, r.review_reason, r.rules_fired from credit_rating r"
						+ " join customer c on c.id = r.customer_id where r.id = ?",
				(rs, row) -> new RatingToReview(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8), rs.getString(9)),
				ratingId);
	}

	/**
	 * A rating as finance sees it in the review task.
	 *
	 * @param ratingId the rating
	 * @param customerCode the customer's code
	 * @param customerName the customer's name
	 * @param previousGrade grade before the refresh
	 * @param grade grade after it
	 * @param previousLimit limit before the refresh
	 * @param creditLimit limit after it
	 * @param reviewReason DOWNGRADE or LIMIT_CUT
	 * @param rulesFired the rules that produced the rating
	 */
	public record RatingToReview(long ratingId, String customerCode, String customerName, String previousGrade,
			String grade, BigDecimal previousLimit, BigDecimal creditLimit, String reviewReason, String rulesFired) {
	}

}
