package com.osb.salesops.quota;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.osb.salesops.quota.model.Channel;
import com.osb.salesops.quota.model.MonthChannelSplit;
import com.osb.salesops.quota.model.QuotaPlan;
import com.osb.salesops.quota.model.RepQuota;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes quota plans: the plan, its lines with their inputs and results, and the split of
 * every rep's quota into months and channels.
 */
@Repository
class QuotaPlanStore {

	private final JdbcTemplate jdbc;

	private final BusinessClock clock;

	QuotaPlanStore(JdbcTemplate jdbc, BusinessClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new plan id for the year: {@code QP-<year>-<n>}. */
	String nextId(int year) {
		Integer plans = this.jdbc.queryForObject("select count(*) from quota_plan where plan_year = ?", Integer.class,
				year);
		return "QP-" + year + "-" + (plans + 1);
	}

	void create(String planId, int year, long target, String seasonality, String source, String by) {
		this.jdbc.update(
				"insert into quota_plan (id, plan_year, target, seasonality_source, input_source, status,"
						+ " created_by) values (?, ?, ?, ?, ?, 'UPLOADED', ?)",
				planId, year, BigDecimal.valueOf(target), seasonality, source, by);
	}

	void addInputs(String planId, List<PlanLineInput> lines) {
		for (PlanLineInput line : lines) {
			BigDecimal[] shares = (line.channelShares() != null) ? line.channelShares() : new BigDecimal[3];
			this.jdbc.update("insert into quota_plan_line (plan_id, rep_id, last_year_actual, potential,"
					+ " tenure_months, share_direct, share_distributor, share_online) values (?, ?, ?, ?, ?, ?, ?, ?)",
					planId, line.repId(), line.lastYearActual(), line.potential(), line.tenureMonths(), shares[0],
					shares[1], shares[2]);
		}
	}

	List<PlanLineInput> inputs(String planId) {
		return this.jdbc.query(
				"select rep_id, last_year_actual, potential, tenure_months, share_direct,"
						+ " share_distributor, share_online from quota_plan_line where plan_id = ? order by rep_id",
				(rs, row) -> {
					BigDecimal[] shares = { rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7) };
					boolean none = shares[0] == null && shares[1] == null && shares[2] == null;
					return new PlanLineInput(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getInt(4),
							none ? null : shares);
				}, planId);
	}

	/** Stores an allocation as the plan's new draft. */
	int saveDraft(String planId, long target, String seasonality, QuotaPlan plan) {
		this.jdbc.update("delete from quota_plan_split where plan_id = ?", planId);
		for (RepQuota rep : plan.reps()) {
			this.jdbc.update(
					"update quota_plan_line set weight = ?, ramp_factor = ?, ideal_quota = ?, bound = ?,"
							+ " quota = ? where plan_id = ? and rep_id = ?",
					rep.weight(), rep.rampFactor(), rep.idealQuotaInCents(), rep.bound().name(),
					BigDecimal.valueOf(rep.quota()), planId, rep.id());
			long[][] split = MonthChannelSplit.split(rep);
			for (int month = 0; month < split.length; month++) {
				for (Channel channel : Channel.values()) {
					this.jdbc.update(
							"insert into quota_plan_split (plan_id, rep_id, plan_month, channel, amount) values (?, ?, ?, ?, ?)",
							planId, rep.id(), month + 1, channel.name(),
							BigDecimal.valueOf(split[month][channel.ordinal()]));
				}
			}
		}
		this.jdbc.update(
				"update quota_plan set target = ?, seasonality_source = ?, status = 'DRAFT',"
						+ " version = version + 1, mu = ? where id = ?",
				BigDecimal.valueOf(target), seasonality, plan.mu().setScale(16, RoundingMode.HALF_UP), planId);
		return this.jdbc.queryForObject("select version from quota_plan where id = ?", Integer.class, planId);
	}

	void status(String planId, String status, String by, String comment) {
		this.jdbc.update("update quota_plan set status = ?, decided_by = ?, decision_comment = ? where id = ?", status,
				by, comment, planId);
	}

	void publish(String planId) {
		this.jdbc.update(
				"update quota_plan set status = 'PUBLISHED', published_at = ? where id = ? and status = 'APPROVED'",
				this.clock.timestamp(), planId);
	}

	List<String> repUserIds(String planId) {
		return this.jdbc.queryForList("select r.user_id from quota_plan_line l join sales_rep r on r.id = l.rep_id"
				+ " where l.plan_id = ? order by r.id", String.class, planId);
	}

	void acknowledge(String planId, String userId) {
		this.jdbc.update(
				"update quota_plan_line set acknowledged_at = ? where plan_id = ?"
						+ " and rep_id = (select id from sales_rep where user_id = ?)",
				this.clock.timestamp(), planId, userId);
	}

	List<String> unknownReps(List<String> repIds) {
		return repIds.stream()
			.filter((id) -> this.jdbc.queryForObject("select count(*) from sales_rep where id = ?", Integer.class,
					id) == 0)
			.toList();
	}

}
