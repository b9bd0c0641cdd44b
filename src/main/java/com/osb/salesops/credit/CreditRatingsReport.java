package com.osb.salesops.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.osb.salesops.credit.model.CreditRatingLine;
import com.osb.salesops.receivables.CustomerBalances;
import com.osb.salesops.shared.process.PaymentTermsText;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The credit rating table as a report, filtered by grade, market, region and, for a sales
 * rep, by their own customers.
 */
@Service
public class CreditRatingsReport {

	private final JdbcTemplate jdbc;

	private final CustomerBalances balances;

	CreditRatingsReport(JdbcTemplate jdbc, CustomerBalances balances) {
		this.jdbc = jdbc;
		this.balances = balances;
	}

	/**
	 * @param grade only this grade, or all when null
	 * @param market only this market, or all when null
	 * @param region only this region, or all when null
	 * @param repUserId only the customers of the rep with this user id, or all when null
	 */
	public List<CreditRatingLine> lines(String grade, String market, String region, String repUserId) {
		return lines(grade, market, region, repUserId, null);
	}

	/**
	 * The same, of one customer where its code is given: each line with the names of its
	 * people and terms, and what is left of its limit.
	 */
	public List<CreditRatingLine> lines(String grade, String market, String region, String repUserId,
			String customerCode) {
		StringBuilder sql = new StringBuilder("select c.id as customer_id, c.code, c.name, g.market_id, g.id, r.id,"
				+ " p.grade, p.credit_limit, p.formula_limit, p.manual_adjustment, p.payment_terms,"
				+ " p.previous_grade, p.previous_limit, p.evaluated_on, m.name as market_name,"
				+ " g.name as region_name, r.name as rep_name, p.committed_amount"
				+ " from credit_profile p join customer c on c.id = p.customer_id"
				+ " join sales_rep r on r.id = c.rep_id join region g on g.id = r.region_id"
				+ " join market m on m.id = g.market_id where 1 = 1");
		List<Object> parameters = new ArrayList<>();
		filter(sql, parameters, " and p.grade = ?", grade);
		filter(sql, parameters, " and g.market_id = ?", market);
		filter(sql, parameters, " and g.id = ?", region);
		filter(sql, parameters, " and r.user_id = ?", repUserId);
		filter(sql, parameters, " and c.code = ?", customerCode);
		sql.append(" order by c.code");
		List<Map.Entry<Long, CreditRatingLine>> rows = this.jdbc.query(sql.toString(),
				(rs, row) -> Map.entry(rs.getLong("customer_id"),
						new CreditRatingLine(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
								rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
								rs.getBigDecimal(10), rs.getString(11), rs.getString(12), rs.getBigDecimal(13),
								rs.getDate(14).toLocalDate(), rs.getString(15), rs.getString(16), rs.getString(17),
								PaymentTermsText.shortly(rs.getString(11)), null, rs.getBigDecimal(18), null, null)),
				parameters.toArray());
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, BigDecimal> open = (rows.size() == 1)
				? Map.of(rows.get(0).getKey(), this.balances.open(rows.get(0).getKey()))
				: this.balances.openByCustomer();
		return rows.stream().map((row) -> withExposure(row.getValue(), open.get(row.getKey()))).toList();
	}

	private static CreditRatingLine withExposure(CreditRatingLine line, BigDecimal open) {
		BigDecimal owed = ((open != null) ? open : BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
		BigDecimal committed = line.committed().setScale(2, RoundingMode.HALF_UP);
		BigDecimal exposure = owed.add(committed);
		return new CreditRatingLine(line.customerCode(), line.customerName(), line.market(), line.region(), line.rep(),
				line.grade(), line.creditLimit(), line.formulaLimit(), line.manualAdjustment(), line.paymentTerms(),
				line.previousGrade(), line.previousLimit(), line.evaluatedOn(), line.marketName(), line.regionName(),
				line.repName(), line.paymentTermsText(), owed, committed, exposure,
				line.creditLimit().subtract(exposure));
	}

	private static void filter(StringBuilder sql, List<Object> parameters, String condition, String value) {
		if (value != null && !value.isBlank()) {
			sql.append(condition);
			parameters.add(value.trim());
		}
	}

}
