package com.osb.salesops.quota;

import java.util.List;
import java.util.Optional;

import com.osb.salesops.quota.model.Channel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a plan for its reports: every rep's line with market and region, and the month
 * and channel split, in market, region and rep order.
 */
@Repository
public class QuotaPlanReports {

	private static final String LINES = """
			select m.id, m.name, g.id, g.name, r.id, r.name, r.user_id, l.last_year_actual, l.potential,
			  l.tenure_months, l.weight, l.ramp_factor, l.ideal_quota, l.bound, l.quota, l.acknowledged_at
			from quota_plan_line l
			join sales_rep r on r.id = l.rep_id
			join region g on g.id = r.region_id
			join market m on m.id = g.market_id
			where l.plan_id = ? and (cast(? as varchar(64)) is null or r.user_id = ?)
			order by m.id, g.id, r.id""";

	private final JdbcTemplate jdbc;

	QuotaPlanReports(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<PlanHeader> header(String planId) {
		return this.jdbc
			.query("select id, plan_year, target, status, version, input_source from quota_plan where id = ?",
					(rs, row) -> new PlanHeader(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3).longValueExact(),
							rs.getString(4), rs.getInt(5), rs.getString(6)),
					planId)
			.stream()
			.findFirst();
	}

	/**
	 * The plan the year's quotas come from: the newest published plan of the year (by
	 * publication, then id), as the quarterly quotas take it.
	 */
	public Optional<PlanHeader> published(int year) {
		return this.jdbc
			.query("select id, plan_year, target, status, version, input_source from quota_plan"
					+ " where plan_year = ? and status = 'PUBLISHED' order by published_at desc, id desc",
					(rs, row) -> new PlanHeader(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3).longValueExact(),
							rs.getString(4), rs.getInt(5), rs.getString(6)),
					year)
			.stream()
			.findFirst();
	}

	/** The plan's lines; only the given user's own when {@code onlyUserId} is set. */
	@Transactional(readOnly = true)
	public List<PlanLine> lines(String planId, String onlyUserId) {
		return this.jdbc.query(LINES, (rs, row) -> {
			String repId = rs.getString(5);
			return new PlanLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), repId,
					rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getInt(10),
					(Double) rs.getObject(11, Double.class), rs.getBigDecimal(12), rs.getBigDecimal(13),
					rs.getString(14), rs.getBigDecimal(15), rs.getTimestamp(16) != null, split(planId, repId));
		}, planId, onlyUserId, onlyUserId);
	}

	private long[][] split(String planId, String repId) {
		long[][] months = new long[12][3];
		this.jdbc.query("select plan_month, channel, amount from quota_plan_split where plan_id = ? and rep_id = ?",
				(rs) -> {
					months[rs.getInt(1) - 1][Channel.valueOf(rs.getString(2)).ordinal()] = rs.getBigDecimal(3)
						.longValueExact();
				}, planId, repId);
		return months;
	}

}
