package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import com.osb.salesops.incentive.model.Quarter;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Quarterly quotas from the {@code incentive_quota} table, until the quota plans provide
 * them.
 */
@Repository
class QuotaTable implements QuarterlyQuotas {

	private final JdbcTemplate jdbc;

	QuotaTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<BigDecimal> quota(String repId, Quarter quarter) {
		List<BigDecimal> quotas = this.jdbc.queryForList(
				"select quota from incentive_quota where rep_id = ? and quarter = ?", BigDecimal.class, repId,
				quarter.toString());
		return quotas.stream().findFirst();
	}

}
