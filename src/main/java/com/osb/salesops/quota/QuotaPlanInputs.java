package com.osb.salesops.quota;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What a plan starts from when nobody uploads it: the active reps, their territory
 * potential and tenure at plan start, and last year's actuals, the amounts invoiced to
 * each rep's customers in the calendar year before the plan year. The channel mix of the
 * invoices is not recorded, so the channels split equally.
 */
@Repository
class QuotaPlanInputs {

	private static final String REPS = """
			select r.id, r.territory_potential, r.hired_on,
			  coalesce((select sum(i.amount) from invoice i join customer c on c.id = i.customer_id
			    where c.rep_id = r.id and i.issue_date >= ? and i.issue_date < ?), 0)
			from sales_rep r where r.active = true order by r.id""";

	private static final String MONTHS = """
			select extract(month from i.issue_date), sum(i.amount) from invoice i
			where i.issue_date >= ? and i.issue_date < ? group by extract(month from i.issue_date)""";

	private final JdbcTemplate jdbc;

	QuotaPlanInputs(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The inputs of every active rep, in id order. */
	List<PlanLineInput> reps(int year) {
		LocalDate start = LocalDate.of(year, 1, 1);
		return this.jdbc.query(REPS,
				(rs, row) -> new PlanLineInput(rs.getString(1), rs.getBigDecimal(4), rs.getBigDecimal(2),
						(int) Math.max(0, ChronoUnit.MONTHS.between(rs.getDate(3).toLocalDate(), start)), null),
				Date.valueOf(start.minusYears(1)), Date.valueOf(start));
	}

	/**
	 * Last year's monthly share of all invoices, or {@code null} when nothing was
	 * invoiced.
	 */
	List<BigDecimal> lastYearSeasonality(int year) {
		LocalDate start = LocalDate.of(year, 1, 1);
		List<BigDecimal> weights = new ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
		this.jdbc.query(MONTHS, (rs) -> {
			weights.set(rs.getInt(1) - 1, rs.getBigDecimal(2).max(BigDecimal.ZERO));
		}, Date.valueOf(start.minusYears(1)), Date.valueOf(start));
		return weights.stream().anyMatch((weight) -> weight.signum() > 0) ? weights : null;
	}

}
