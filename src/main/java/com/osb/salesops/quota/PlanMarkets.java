package com.osb.salesops.quota;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A plan's markets for the leadership's review (POLICY section 4, step 6): each market's
 * director reviews the market's part of the plan before the general manager approves it.
 */
@Repository
public class PlanMarkets {

	private static final String MARKETS = """
			select distinct g.market_id from quota_plan_line l
			join sales_rep r on r.id = l.rep_id join region g on g.id = r.region_id
			where l.plan_id = ? order by g.market_id""";

	private static final String PART = """
			select g.name, r.id, r.name, l.quota, l.last_year_actual from quota_plan_line l
			join sales_rep r on r.id = l.rep_id join region g on g.id = r.region_id
			where l.plan_id = ? and g.market_id = ? order by g.id, r.id""";

	/** A task variable holds 4,000 characters; room is kept for the last lines. */
	private static final int TEXT_LIMIT = 3_800;

	private final JdbcTemplate jdbc;

	PlanMarkets(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every market with a rep in the plan, in id order. */
	public List<String> markets(String planId) {
		return this.jdbc.queryForList(MARKETS, String.class, planId);
	}

	/** The market's director, empty when the market has none. */
	public Optional<String> director(String marketId) {
		return this.jdbc
			.queryForList("select manager_user_id from market where id = ? and manager_user_id is not null",
					String.class, marketId)
			.stream()
			.findFirst();
	}

	/**
	 * The market's name, then one line per rep of the market: region, quota, last year.
	 */
	public String part(String planId, String marketId) {
		StringBuilder part = new StringBuilder();
		this.jdbc.queryForList("select name from market where id = ?", String.class, marketId)
			.forEach((name) -> part.append(name).append(" (").append(marketId).append(")\n"));
		long[] total = new long[2];
		this.jdbc.query(PART, (rs) -> {
			long quota = rs.getBigDecimal(4).longValueExact();
			total[0] += quota;
			String line = String.format(Locale.ROOT, "%s, %s %s: quota %,d; last year %,.2f%n", rs.getString(1),
					rs.getString(2), rs.getString(3), quota, rs.getBigDecimal(5));
			if (part.length() + line.length() < TEXT_LIMIT) {
				part.append(line);
			}
			else {
				total[1]++;
			}
		}, planId, marketId);
		if (total[1] > 0) {
			part.append("... and ")
				.append(total[1])
				.append(" more reps: GET /api/quota/plans/")
				.append(planId)
				.append('\n');
		}
		return part.append(String.format(Locale.ROOT, "Market total: %,d", total[0])).toString();
	}

}
