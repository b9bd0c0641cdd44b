package com.osb.salesops.quota;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.quota.model.Channel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a plan for its reports: every rep's line with market and region, and the month
 * and channel split, in market, region and rep order. A rep's region is the one the
 * organisation's history gives for the day the report is about, not today's: a rep who
 * moved since is shown in the team they were in.
 */
@Repository
public class QuotaPlanReports {

	private static final String LINES = """
			select l.rep_id, l.last_year_actual, l.potential, l.tenure_months, l.weight, l.ramp_factor,
			  l.ideal_quota, l.bound, l.quota, l.acknowledged_at
			from quota_plan_line l where l.plan_id = ?""";

	private static final Comparator<PlanLine> TEAM_ORDER = Comparator.comparing(PlanLine::marketId)
		.thenComparing(PlanLine::regionId)
		.thenComparing(PlanLine::repId);

	private final JdbcTemplate jdbc;

	private final SalesTeams teams;

	QuotaPlanReports(JdbcTemplate jdbc, SalesTeams teams) {
		this.jdbc = jdbc;
		this.teams = teams;
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

	/**
	 * The plan's lines, each rep in the team they were in on the first day of the plan
	 * year; only the given user's own when {@code onlyUserId} is set.
	 */
	@Transactional(readOnly = true)
	public List<PlanLine> lines(String planId, String onlyUserId) {
		return header(planId).map((plan) -> lines(planId, onlyUserId, LocalDate.of(plan.year(), 1, 1)))
			.orElse(List.of());
	}

	/**
	 * The plan's lines, each rep in the region and market the organisation had them in on
	 * the day given, in market, region and rep order.
	 */
	@Transactional(readOnly = true)
	public List<PlanLine> lines(String planId, String onlyUserId, LocalDate day) {
		Map<String, SalesTeams.Member> members = new HashMap<>();
		this.teams.asOf(day).forEach((member) -> members.put(member.repId(), member));
		List<PlanLine> lines = new ArrayList<>();
		this.jdbc.query(LINES, (ResultSet rs) -> {
			String repId = rs.getString(1);
			SalesTeams.Member rep = members.get(repId);
			if (onlyUserId == null || onlyUserId.equals(rep.userId())) {
				lines.add(new PlanLine(rep.marketId(), rep.marketName(), rep.regionId(), rep.regionName(), repId,
						rep.repName(), rep.userId(), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getInt(4),
						(Double) rs.getObject(5, Double.class), rs.getBigDecimal(6), rs.getBigDecimal(7),
						rs.getString(8), rs.getBigDecimal(9), rs.getTimestamp(10) != null, split(planId, repId)));
			}
		}, planId);
		lines.sort(TEAM_ORDER);
		return lines;
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
