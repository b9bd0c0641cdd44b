package com.osb.salesops.quota;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.osb.salesops.shared.web.Messages;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A plan's markets for the leadership's review (POLICY section 4, step 6): each market's
 * director reviews the market's part of the plan before the general manager approves it.
 * A rep belongs to the market of the region they are in on the first day of the plan
 * year, as the plan's report shows them.
 */
@Repository
public class PlanMarkets {

	/** A task variable holds 4,000 characters; room is kept for the last lines. */
	private static final int TEXT_LIMIT = 3_800;

	private final JdbcTemplate jdbc;

	private final QuotaPlanReports reports;

	PlanMarkets(JdbcTemplate jdbc, QuotaPlanReports reports) {
		this.jdbc = jdbc;
		this.reports = reports;
	}

	/** Every market with a rep in the plan, in id order. */
	public List<String> markets(String planId) {
		return this.reports.lines(planId, null).stream().map(PlanLine::marketId).distinct().sorted().toList();
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
			.forEach((name) -> part.append(Messages.formText("market-part-name", "{0} ({1})", name, marketId))
				.append('\n'));
		long[] total = new long[2];
		for (PlanLine line : this.reports.lines(planId, null)) {
			if (!line.marketId().equals(marketId)) {
				continue;
			}
			long quota = line.quota().longValueExact();
			total[0] += quota;
			String text = Messages.formText("market-part-rep", "{0}, {1} {2}: quota {3}; last year {4}",
					line.regionName(), line.repId(), line.repName(), String.format(Locale.ROOT, "%,d", quota),
					String.format(Locale.ROOT, "%,.2f", line.lastYearActual())) + "\n";
			if (part.length() + text.length() < TEXT_LIMIT) {
				part.append(text);
			}
			else {
				total[1]++;
			}
		}
		if (total[1] > 0) {
			part.append(Messages.formText("plan-more-reps", "… and {0} more reps in the plan report", total[1]))
				.append('\n');
		}
		return part
			.append(Messages.formText("market-part-total", "Market total: {0}",
					String.format(Locale.ROOT, "%,d", total[0])))
			.toString();
	}

}
