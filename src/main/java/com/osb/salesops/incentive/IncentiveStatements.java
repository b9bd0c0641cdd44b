package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.incentive.model.CreditedTransaction;
import com.osb.salesops.incentive.model.PayoutStatement;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.incentive.model.QuarterlyQuota;
import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A rep's statement for a quarter from the ledger. Reads only: writing statements belongs
 * to the statement run.
 */
@Service
public class IncentiveStatements {

	private final CreditedRevenueReader reader;

	private final QuarterlyQuotas quotas;

	private final PayoutCalculator calculator;

	private final JdbcTemplate jdbc;

	private final SalesTeams teams;

	IncentiveStatements(CreditedRevenueReader reader, QuarterlyQuotas quotas, PayoutCalculator calculator,
			JdbcTemplate jdbc, SalesTeams teams) {
		this.teams = teams;
		this.reader = reader;
		this.quotas = quotas;
		this.calculator = calculator;
		this.jdbc = jdbc;
	}

	/** The rep's statement, with any negative credited revenue carried in. */
	@Transactional(readOnly = true)
	public PayoutStatement statement(String repId, Quarter quarter) {
		List<BigDecimal> targetIncentive = this.jdbc.queryForList("select target_incentive from sales_rep where id = ?",
				BigDecimal.class, repId);
		if (targetIncentive.isEmpty()) {
			throw NotFoundException.of("no-such-rep", "No sales rep {0}", repId);
		}
		QuarterlyQuota quota = this.quotas.quota(repId, quarter)
			.orElseThrow(() -> NotFoundException.of("no-quota", "No quota for {0} in {1}", repId, quarter));
		return statement(this.calculator, repId, quarter, quota, targetIncentive.get(0),
				this.reader.documentsBefore(repId, quarter.end()));
	}

	/**
	 * The statements of those of the given reps with a quota for the quarter, in the
	 * order given, as {@link #statement} makes each, read in a few set-based queries for
	 * all of them.
	 */
	@Transactional(readOnly = true)
	public List<PayoutStatement> statements(List<String> repIds, Quarter quarter) {
		if (repIds.isEmpty()) {
			return List.of();
		}
		Map<String, List<CreditedTransaction>> documents = this.reader.repsDocumentsBefore(repIds, quarter.end());
		List<Object> params = new ArrayList<>(List.of(quarter.toString()));
		params.addAll(repIds);
		Map<String, PayoutStatement> byRep = new HashMap<>();
		this.jdbc.query(
				"select r.id, r.target_incentive, q.quota, q.quota_source from sales_rep r join " + QuotaTable.VIEW
						+ " q on q.rep_id = r.id and q.quarter = ? where r.id in ("
						+ String.join(",", Collections.nCopies(repIds.size(), "?")) + ")",
				(RowCallbackHandler) (rs) -> byRep.put(rs.getString(1),
						statement(this.calculator, rs.getString(1), quarter,
								new QuarterlyQuota(rs.getBigDecimal(3), rs.getString(4)), rs.getBigDecimal(2),
								documents.getOrDefault(rs.getString(1), List.of()))),
				params.toArray());
		return repIds.stream().filter(byRep::containsKey).map(byRep::get).toList();
	}

	/**
	 * The statements of the reps active in the region on the last day of the quarter with
	 * a quota for the quarter, read in a few set-based queries for the whole region. A
	 * rep who moved region or left since is counted in the team of that day.
	 */
	@Transactional(readOnly = true)
	public List<PayoutStatement> regionStatements(String regionId, Quarter quarter) {
		return regionStatements(regionId, quarter, this.calculator);
	}

	/**
	 * The statements of every rep active on the last day of the quarter with a quota for
	 * the quarter, region by region as the organisation was that day, computed by the
	 * given rules: those in use, or changed ones for a preview.
	 */
	@Transactional(readOnly = true)
	List<PayoutStatement> allStatements(Quarter quarter, PayoutCalculator rules) {
		List<PayoutStatement> all = new ArrayList<>();
		List<String> regions = this.teams.asOf(quarter.end().minusDays(1))
			.stream()
			.filter(SalesTeams.Member::active)
			.map(SalesTeams.Member::regionId)
			.distinct()
			.sorted()
			.toList();
		for (String regionId : regions) {
			all.addAll(regionStatements(regionId, quarter, rules));
		}
		return all;
	}

	private List<PayoutStatement> regionStatements(String regionId, Quarter quarter, PayoutCalculator rules) {
		List<String> reps = this.teams.activeRepsOfRegion(regionId, quarter.end().minusDays(1));
		if (reps.isEmpty()) {
			return List.of();
		}
		Map<String, List<CreditedTransaction>> documents = this.reader.regionDocumentsBefore(regionId, quarter.end());
		String in = String.join(",", Collections.nCopies(reps.size(), "?"));
		List<Object> params = new ArrayList<>(List.of(quarter.toString()));
		params.addAll(reps);
		return this.jdbc.query(
				"select r.id, r.target_incentive, q.quota, q.quota_source from sales_rep r join " + QuotaTable.VIEW
						+ " q on q.rep_id = r.id and q.quarter = ? where r.id in (" + in + ") order by r.id",
				(rs, row) -> statement(rules, rs.getString(1), quarter,
						new QuarterlyQuota(rs.getBigDecimal(3), rs.getString(4)), rs.getBigDecimal(2),
						documents.containsKey(rs.getString(1)) ? documents.get(rs.getString(1))
								: this.reader.documentsBefore(rs.getString(1), quarter.end())),
				params.toArray());
	}

	private static PayoutStatement statement(PayoutCalculator calculator, String repId, Quarter quarter,
			QuarterlyQuota quota, BigDecimal targetIncentive, List<CreditedTransaction> documents) {
		List<CreditedTransaction> history = new ArrayList<>();
		List<CreditedTransaction> current = new ArrayList<>();
		for (CreditedTransaction document : documents) {
			(document.getDate().isBefore(quarter.start()) ? history : current).add(document);
		}
		return calculator.statement(repId, quarter, quota, targetIncentive, current,
				calculator.carriedInto(quarter, history));
	}

}
