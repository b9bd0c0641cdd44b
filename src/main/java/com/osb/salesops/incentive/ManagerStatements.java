package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.incentive.model.ManagerStatement.TeamRep;
import com.osb.salesops.incentive.model.ManagerStatement;
import com.osb.salesops.incentive.model.PayoutStatement;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.incentive.model.TeamPayout;
import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Region and market managers' statements (POLICY section 5): each manager with a target
 * incentive at a level is paid on the attainment of the reps under them, the sum of the
 * reps' credited revenue over the sum of their quotas. The statement run computes them
 * from the reps' stored statements, once every region is done; before the run they are
 * computed from the ledger as it stands.
 */
@Service
public class ManagerStatements {

	/** A region manager's level. */
	public static final String REGION = "REGION";

	/** A market manager's level. */
	public static final String MARKET = "MARKET";

	static final String COMPUTED = "COMPUTED";

	static final String NOT_ISSUED = "NOT_ISSUED";

	private static final String RULES_SEPARATOR = "; ";

	private static final String TEAM_SEPARATOR = " ";

	private static final String INSERT_STATEMENT = """
			insert into incentive_manager_statement (quarter, manager_user_id, team_level, manager_name, teams,
			  rep_count, quota, credited, attainment, payout_rate, target_incentive, payout, rules_fired,
			  process_instance_id, rules_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String SELECT_STATEMENT = """
			select id, manager_user_id, team_level, manager_name, teams, quota, credited, attainment, payout_rate,
			  target_incentive, payout, rules_fired, rules_version
			from incentive_manager_statement where quarter = ?""";

	/** A manager on the incentive plan at one level. */
	private record Manager(String userId, String level, String name, BigDecimal targetIncentive) {
	}

	private final IncentiveStatements statements;

	private final TeamPayouts teams;

	private final JdbcTemplate jdbc;

	private final SalesTeams salesTeams;

	ManagerStatements(IncentiveStatements statements, TeamPayouts teams, JdbcTemplate jdbc, SalesTeams salesTeams) {
		this.salesTeams = salesTeams;
		this.statements = statements;
		this.teams = teams;
		this.jdbc = jdbc;
	}

	/**
	 * Computes and stores every manager's statement of the period from the reps'
	 * statements the run stored, replacing any earlier computation of the period.
	 * @return the number of manager statements
	 */
	@Transactional
	public int computeForRun(String period, String processInstanceId) {
		Quarter quarter = Quarter.parse(period);
		this.jdbc.update("delete from incentive_manager_statement where quarter = ?", quarter.toString());
		Organisation organisation = organisation(quarter);
		Map<String, List<TeamRep>> repsByRegion = new LinkedHashMap<>();
		this.jdbc.query(
				"select rep_id, region_id, credited, quota from incentive_statement where quarter = ? order by rep_id",
				(ResultSet rs) -> {
					TeamRep rep = new TeamRep(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
							rs.getBigDecimal(4));
					repsByRegion.computeIfAbsent(rep.regionId(), (region) -> new ArrayList<>()).add(rep);
				}, quarter.toString());
		List<ManagerStatement> computed = new ArrayList<>();
		for (Manager manager : managers(null)) {
			List<String> regions = organisation.regionsOf(manager);
			List<TeamRep> reps = regions.stream()
				.flatMap((region) -> repsByRegion.getOrDefault(region, List.of()).stream())
				.toList();
			if (!reps.isEmpty()) {
				computed.add(statement(quarter, manager, organisation.teamsOf(manager), COMPUTED, reps));
			}
		}
		store(quarter, computed, processInstanceId);
		return computed.size();
	}

	/** Every manager's statement of the period, as the run computed them. */
	public List<ManagerStatement> issued(Quarter quarter) {
		return read(quarter, null);
	}

	/**
	 * The manager's statements of the period: as the run computed them, or, before the
	 * run, from the ledger and rules as they stand (status {@code NOT_ISSUED}).
	 */
	@Transactional(readOnly = true)
	public List<ManagerStatement> statements(Quarter quarter, String userId) {
		List<ManagerStatement> issued = read(quarter, userId);
		if (!issued.isEmpty()) {
			return issued;
		}
		List<Manager> managers = managers(userId);
		if (managers.isEmpty()) {
			throw NotFoundException.of("no-such-manager", "No manager {0} with a target incentive", userId);
		}
		Organisation organisation = organisation(quarter);
		List<ManagerStatement> previews = new ArrayList<>();
		for (Manager manager : managers) {
			List<TeamRep> reps = new ArrayList<>();
			for (String region : organisation.regionsOf(manager)) {
				for (PayoutStatement statement : this.statements.regionStatements(region, quarter)) {
					reps.add(new TeamRep(statement.repId(), region, PayoutCalculator.money(statement.credited()),
							statement.quota()));
				}
			}
			if (!reps.isEmpty()) {
				previews.add(statement(quarter, manager, organisation.teamsOf(manager), NOT_ISSUED, reps));
			}
		}
		return previews;
	}

	/** The number of manager statements and the sum of their payouts in the period. */
	public Optional<String> summary(Quarter quarter) {
		return this.jdbc.queryForObject(
				"select count(*), coalesce(sum(payout), 0) from incentive_manager_statement where quarter = ?",
				(rs, row) -> (rs.getInt(1) == 0) ? Optional.empty()
						: Optional.of(Messages.inCompanyLanguage("form-text.run-manager-statements",
								"{0} manager statements, payouts {1} in total", rs.getInt(1),
								rs.getBigDecimal(2).toPlainString())),
				quarter.toString());
	}

	private ManagerStatement statement(Quarter quarter, Manager manager, List<String> teamIds, String status,
			List<TeamRep> reps) {
		BigDecimal credited = reps.stream().map(TeamRep::credited).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal quota = reps.stream().map(TeamRep::quota).reduce(BigDecimal.ZERO, BigDecimal::add);
		TeamPayout payout = this.teams.payout(credited, quota, manager.targetIncentive(),
				reps.stream().map(TeamRep::repId).toList());
		return new ManagerStatement(quarter.toString(), manager.userId(), manager.level(), manager.name(), teamIds,
				status, payout, reps);
	}

	private void store(Quarter quarter, List<ManagerStatement> computed, String processInstanceId) {
		this.jdbc.batchUpdate(INSERT_STATEMENT, computed.stream().map((statement) -> {
			TeamPayout payout = statement.payout();
			return new Object[] { quarter.toString(), statement.userId(), statement.level(), statement.name(),
					String.join(TEAM_SEPARATOR, statement.teams()), statement.reps().size(), payout.quota(),
					payout.credited(), payout.attainment(), payout.payoutRate(), payout.targetIncentive(),
					payout.payout(), String.join(RULES_SEPARATOR, payout.rulesFired()), processInstanceId,
					payout.rulesVersion() };
		}).toList());
		Map<String, Long> ids = new LinkedHashMap<>();
		this.jdbc.query("select manager_user_id, team_level, id from incentive_manager_statement where quarter = ?",
				(ResultSet rs) -> {
					ids.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
				}, quarter.toString());
		List<Object[]> members = new ArrayList<>();
		for (ManagerStatement statement : computed) {
			long id = ids.get(statement.userId() + "/" + statement.level());
			statement.reps()
				.forEach((rep) -> members
					.add(new Object[] { id, rep.repId(), rep.regionId(), rep.credited(), rep.quota() }));
		}
		this.jdbc.batchUpdate("insert into incentive_manager_statement_rep (manager_statement_id, rep_id, region_id,"
				+ " credited, quota) values (?, ?, ?, ?, ?)", members);
	}

	private List<ManagerStatement> read(Quarter quarter, String userId) {
		String sql = SELECT_STATEMENT + ((userId != null) ? " and manager_user_id = ?" : "")
				+ " order by manager_user_id, team_level desc";
		Object[] arguments = (userId != null) ? new Object[] { quarter.toString(), userId }
				: new Object[] { quarter.toString() };
		List<Long> ids = new ArrayList<>();
		List<ManagerStatement> heads = this.jdbc.query(sql, (rs, row) -> {
			ids.add(rs.getLong(1));
			return head(rs, quarter);
		}, arguments);
		List<ManagerStatement> statements = new ArrayList<>();
		for (int i = 0; i < heads.size(); i++) {
			ManagerStatement head = heads.get(i);
			List<TeamRep> reps = this.jdbc.query(
					"select rep_id, region_id, credited, quota from incentive_manager_statement_rep"
							+ " where manager_statement_id = ? order by rep_id",
					(rs, row) -> new TeamRep(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
							rs.getBigDecimal(4)),
					ids.get(i));
			TeamPayout payout = head.payout();
			statements.add(new ManagerStatement(head.quarter(), head.userId(), head.level(), head.name(), head.teams(),
					head.status(),
					new TeamPayout(payout.credited(), payout.quota(), payout.attainment(), payout.payoutRate(),
							payout.targetIncentive(), payout.payout(), reps.stream().map(TeamRep::repId).toList(),
							payout.rulesFired(), payout.rulesVersion()),
					reps));
		}
		return statements;
	}

	private static ManagerStatement head(ResultSet rs, Quarter quarter) throws SQLException {
		String rules = rs.getString(12);
		TeamPayout payout = new TeamPayout(rs.getBigDecimal(7), rs.getBigDecimal(6),
				PayoutCalculator.plain(rs.getBigDecimal(8)), PayoutCalculator.plain(rs.getBigDecimal(9)),
				rs.getBigDecimal(10), rs.getBigDecimal(11), List.of(),
				rules.isEmpty() ? List.of() : Arrays.asList(rules.split(RULES_SEPARATOR)), rs.getString(13));
		return new ManagerStatement(quarter.toString(), rs.getString(2), rs.getString(3), rs.getString(4),
				Arrays.asList(rs.getString(5).split(TEAM_SEPARATOR)), COMPUTED, payout, List.of());
	}

	private List<Manager> managers(String userId) {
		String sql = "select user_id, team_level, name, target_incentive from manager_incentive"
				+ ((userId != null) ? " where user_id = ?" : "") + " order by user_id, team_level desc";
		return this.jdbc.query(sql,
				(rs, row) -> new Manager(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)),
				(userId != null) ? new Object[] { userId } : new Object[0]);
	}

	/** Who managed which region and market on the last day of the quarter. */
	private Organisation organisation(Quarter quarter) {
		Organisation organisation = new Organisation(new LinkedHashMap<>(), new LinkedHashMap<>(),
				new LinkedHashMap<>());
		for (SalesTeams.Team team : this.salesTeams.teamsAsOf(quarter.end().minusDays(1))) {
			if ("REGION".equals(team.level())) {
				organisation.regionMarket().put(team.id(), team.marketId());
				organisation.regionManager().put(team.id(), team.managerUserId());
			}
			else {
				organisation.marketManager().put(team.id(), team.managerUserId());
			}
		}
		return organisation;
	}

	/** Who manages which region and market, as it stands. */
	private record Organisation(Map<String, String> regionMarket, Map<String, String> regionManager,
			Map<String, String> marketManager) {

		/** The regions whose reps are under the manager, in id order. */
		List<String> regionsOf(Manager manager) {
			List<String> teams = teamsOf(manager);
			return this.regionMarket.keySet()
				.stream()
				.filter((region) -> REGION.equals(manager.level()) ? teams.contains(region)
						: teams.contains(this.regionMarket.get(region)))
				.toList();
		}

		/** The regions or markets the manager manages, in id order. */
		List<String> teamsOf(Manager manager) {
			Map<String, String> managed = REGION.equals(manager.level()) ? this.regionManager : this.marketManager;
			return new ArrayList<>(new TreeSet<>(managed.entrySet()
				.stream()
				.filter((entry) -> manager.userId().equals(entry.getValue()))
				.map(Map.Entry::getKey)
				.toList()));
		}

	}

}
