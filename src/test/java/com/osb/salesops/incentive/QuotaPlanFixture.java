package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Quota plans as the quota capability stores them (migration V4), written directly so
 * that an incentive test can have a plan in any status, published at any time, without
 * running the plan process. Each month of a rep's quota is split over the three channels,
 * so that a quarter only adds up when every channel counts.
 */
final class QuotaPlanFixture {

	private final JdbcTemplate jdbc;

	QuotaPlanFixture(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A published plan of the year, published at the time given. */
	String published(String planId, int year, String publishedAt) {
		plan(planId, year, "PUBLISHED");
		this.jdbc.update("update quota_plan set published_at = ? where id = ?",
				Timestamp.valueOf(LocalDateTime.parse(publishedAt)), planId);
		return planId;
	}

	/** A plan of the year in a status before publication: DRAFT, APPROVED and so on. */
	String plan(String planId, int year, String status) {
		this.jdbc.update("insert into quota_plan (id, plan_year, target, seasonality_source, input_source, status)"
				+ " values (?, ?, 0, 'EQUAL', 'UPLOADED', ?)", planId, year, status);
		return planId;
	}

	/**
	 * The rep's line in the plan with twelve monthly quotas, January first; each month is
	 * split half DIRECT, a quarter DISTRIBUTOR and the rest ONLINE.
	 */
	void rep(String planId, String repId, long... months) {
		if (months.length != 12) {
			throw new IllegalArgumentException("A plan line has 12 months, not " + months.length);
		}
		long year = 0;
		for (long month : months) {
			year += month;
		}
		this.jdbc.update("insert into quota_plan_line (plan_id, rep_id, last_year_actual, potential, tenure_months,"
				+ " quota) values (?, ?, 0, 0, 12, ?)", planId, repId, BigDecimal.valueOf(year));
		for (int month = 1; month <= 12; month++) {
			long amount = months[month - 1];
			split(planId, repId, month, "DIRECT", amount / 2);
			split(planId, repId, month, "DISTRIBUTOR", amount / 4);
			split(planId, repId, month, "ONLINE", amount - amount / 2 - amount / 4);
		}
	}

	/** The same quota in every month. */
	void rep(String planId, String repId, long everyMonth) {
		long[] months = new long[12];
		Arrays.fill(months, everyMonth);
		rep(planId, repId, months);
	}

	private void split(String planId, String repId, int month, String channel, long amount) {
		this.jdbc.update(
				"insert into quota_plan_split (plan_id, rep_id, plan_month, channel, amount) values (?, ?, ?, ?, ?)",
				planId, repId, month, channel, BigDecimal.valueOf(amount));
	}

}
