package com.osb.salesops.incentive;

import java.math.BigDecimal;
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

	/** The rep's statement; not found when the rep is unknown. */
	public IssuedStatement statement(Quarter quarter, String repOrUser) {
		return statement(quarter,
				rep(repOrUser).orElseThrow(() -> NotFoundException.of("no-such-rep", "No sales rep {0}", repOrUser)));
	}

}
