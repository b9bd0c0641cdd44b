package com.osb.salesops.incentive;

import java.util.Optional;

import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.incentive.model.QuarterlyQuota;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Quarterly quotas from the view {@code incentive_quarterly_quota}: the quota sales ops
 * entered in {@code incentive_quota} for the rep and quarter, else the quarter's months
 * in the newest published quota plan of the year. The view is read with SQL, so that the
 * incentive capability needs no code of the quota capability, which depends on it.
 */
@Repository
class QuotaTable implements QuarterlyQuotas {

	/** Joined by the statement run to pick the reps on the run with their quotas. */
	static final String VIEW = "incentive_quarterly_quota";

	private final JdbcTemplate jdbc;

	QuotaTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<QuarterlyQuota> quota(String repId, Quarter quarter) {
		return this.jdbc
			.query("select quota, quota_source from " + VIEW + " where rep_id = ? and quarter = ?",
					(rs, row) -> new QuarterlyQuota(rs.getBigDecimal(1), rs.getString(2)), repId, quarter.toString())
			.stream()
			.findFirst();
	}

}
