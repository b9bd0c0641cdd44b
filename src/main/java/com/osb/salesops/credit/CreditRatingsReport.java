package com.osb.salesops.credit;

import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.credit.model.CreditRatingLine;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The credit rating table as a report, filtered by grade, market, region and, for a sales
 * rep, by their own customers.
 */
@Service
public class CreditRatingsReport {

	private final JdbcTemplate jdbc;

	CreditRatingsReport(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param grade only this grade, or all when null
	 * @param market only this market, or all when null
	 * @param region only this region, or all when null
	 * @param repUserId only the customers of the rep with this user id, or all when null
	 */
	public List<CreditRatingLine> lines(String grade, String market, String region, String repUserId) {
		StringBuilder sql = new StringBuilder("select c.code, c.name, g.market_id, g.id, r.id, p.grade, p.credit_limit,"
				+ " p.formula_limit, p.manual_adjustment, p.payment_terms, p.previous_grade, p.previous_limit,"
				+ " p.evaluated_on from credit_profile p join customer c on c.id = p.customer_id"
				+ " join sales_rep r on r.id = c.rep_id join region g on g.id = r.region_id where 1 = 1");
		List<Object> parameters = new ArrayList<>();
		filter(sql, parameters, " and p.grade = ?", grade);
		filter(sql, parameters, " and g.market_id = ?", market);
		filter(sql, parameters, " and g.id = ?", region);
		filter(sql, parameters, " and r.user_id = ?", repUserId);
		sql.append(" order by c.code");
		return this.jdbc.query(sql.toString(),
				(rs, row) -> new CreditRatingLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
						rs.getString(10), rs.getString(11), rs.getBigDecimal(12), rs.getDate(13).toLocalDate()),
				parameters.toArray());
	}

	private static void filter(StringBuilder sql, List<Object> parameters, String condition, String value) {
		if (value != null && !value.isBlank()) {
			sql.append(condition);
			parameters.add(value.trim());
		}
	}

}
