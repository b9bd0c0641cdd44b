package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.osb.salesops.incentive.model.IssuedStatement;
import com.osb.salesops.incentive.model.PayoutStatement;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A rep's statement for a period as the run issued it, or, before the run, as the ledger
 * and rules give it now (status {@code NOT_ISSUED}), in the region the rep was in on the
 * last day of the quarter.
 */
@Service
public class StatementReports {

	/** The rep as a statement names them. */
	public record Rep(String id, String name, String userId, String regionId) {
	}

	/**
	 * A statement the run issued, as a list of a period's statements shows it.
	 *
	 * @param openDisputes the disputes sales ops has not decided yet
	 */
	public record Listed(String repId, String repName, String regionId, String regionName, String status,
			BigDecimal quota, BigDecimal credited, BigDecimal attainment, BigDecimal payoutRate, BigDecimal payout,
			BigDecimal adjustment, BigDecimal finalPayout, int openDisputes) {
	}

	/**
	 * Finance's approval of a period's payouts and the payroll export it made.
	 *
	 * @param exportedAt when the export was written, null before
	 */
	public record Payroll(String approvedBy, Instant approvedAt, String approvalComment, Instant exportedAt,
			Integer repCount, Integer managerCount, BigDecimal totalPayout) {
	}

	private final StatementStore store;

	private final IncentiveStatements statements;

	private final JdbcTemplate jdbc;

	private final SalesTeams teams;

	StatementReports(StatementStore store, IncentiveStatements statements, JdbcTemplate jdbc, SalesTeams teams) {
		this.store = store;
		this.statements = statements;
		this.jdbc = jdbc;
		this.teams = teams;
	}

	/** The rep named by rep id or user id. */
	public Optional<Rep> rep(String repOrUser) {
		return this.jdbc
			.query("select id, name, user_id, region_id from sales_rep where id = ? or user_id = ? order by id",
					(rs, row) -> new Rep(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), repOrUser,
					repOrUser)
			.stream()
			.findFirst();
	}

	@Transactional(readOnly = true)
	public IssuedStatement statement(Quarter quarter, Rep rep) {
		Optional<IssuedStatement> issued = this.store.find(quarter, rep.id());
		if (issued.isPresent()) {
			return issued.get();
		}
		PayoutStatement computed = this.statements.statement(rep.id(), quarter);
		String regionThen = this.teams.member(rep.id(), quarter.end().minusDays(1))
			.map(SalesTeams.Member::regionId)
			.orElse(rep.regionId());
		return new IssuedStatement(quarter.toString(), rep.id(), rep.name(), rep.userId(), regionThen, "NOT_ISSUED",
				computed, BigDecimal.ZERO, computed.payout(), List.of());
	}

	/**
	 * The statements the run issued for the period, by rep; only the rep's own when a rep
	 * is given.
	 */
	@Transactional(readOnly = true)
	public List<Listed> issued(Quarter quarter, Optional<String> onlyRep) {
		String sql = """
				select s.rep_id, r.name, s.region_id, g.name, s.status, s.quota, s.credited, s.attainment,
				       s.payout_rate, s.payout, s.adjustment, s.final_payout,
				       (select count(*) from incentive_dispute d where d.statement_id = s.id and d.decision is null)
				from incentive_statement s join sales_rep r on r.id = s.rep_id join region g on g.id = s.region_id
				where s.quarter = ?""" + (onlyRep.isPresent() ? " and s.rep_id = ?" : "") + " order by s.rep_id";
		Object[] args = onlyRep.isPresent() ? new Object[] { quarter.toString(), onlyRep.get() }
				: new Object[] { quarter.toString() };
		return this.jdbc.query(sql, (rs, row) -> new Listed(rs.getString(1), rs.getString(2), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
				rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getInt(13)),
				args);
	}

	/** The periods the run issued statements for, the latest first. */
	public List<String> issuedQuarters() {
		return this.jdbc.queryForList("select distinct quarter from incentive_statement order by quarter desc",
				String.class);
	}

	/**
	 * Finance's approval of the period's payouts and its payroll export, once approved.
	 */
	public Optional<Payroll> payroll(Quarter quarter) {
		return this.jdbc
			.query("""
					select approved_by, approved_at, approval_comment, exported_at, rep_count, manager_count, total_payout
					from payroll_export where quarter = ?""",
					(rs, row) -> new Payroll(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
							(rs.getTimestamp(4) != null) ? rs.getTimestamp(4).toInstant() : null,
							(Integer) rs.getObject(5), (Integer) rs.getObject(6), rs.getBigDecimal(7)),
					quarter.toString())
			.stream()
			.findFirst();
	}

	/** The name of the region. */
	public String regionName(String regionId) {
		return this.jdbc.queryForList("select name from region where id = ?", String.class, regionId)
			.stream()
			.findFirst()
			.orElse(regionId);
	}

	/** The rep's statement; not found when the rep is unknown. */
	public IssuedStatement statement(Quarter quarter, String repOrUser) {
		return statement(quarter,
				rep(repOrUser).orElseThrow(() -> NotFoundException.of("no-such-rep", "No sales rep {0}", repOrUser)));
	}

}
