package com.osb.salesops.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.security.SalesScope;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Whose figures a person sees on the home page, by the same rule as the order list: a rep
 * their own, a sales manager their regions' reps, a sales director their markets' reps,
 * general management, finance, sales ops and administrators every rep.
 */
@Service
public class HomeTeam {

	private static final List<String> SEE_EVERY_REP = List.of(Roles.ADMIN, Roles.GENERAL_MANAGER, Roles.FINANCE,
			Roles.SALES_OPS);

	private static final String SELECT = "select r.id, r.user_id, r.name, r.region_id, g.market_id, g.name, m.name"
			+ " from sales_rep r"
			+ " join region g on g.id = r.region_id join market m on m.id = g.market_id where r.active = true";

	private final JdbcTemplate jdbc;

	HomeTeam(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The reps the person sees, by rep id. */
	public List<TeamRep> reps(String userId, List<String> roles) {
		StringBuilder sql = new StringBuilder(SELECT);
		List<Object> arguments = new ArrayList<>();
		SalesScope.of(userId, roles, SEE_EVERY_REP)
			.appendTo(sql, arguments, "r.user_id", "g.manager_user_id", "m.manager_user_id");
		return this.jdbc.query(
				sql.append(" order by r.id").toString(), (rs, row) -> new TeamRep(rs.getString(1), rs.getString(2),
						rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
				arguments.toArray());
	}

	/**
	 * The person's reps, or only the one named (by rep id or login) when it is one of
	 * them; a rep outside them does not exist for the person.
	 */
	public List<TeamRep> reps(String userId, List<String> roles, String only) {
		List<TeamRep> reps = reps(userId, roles);
		if (only == null || only.isBlank()) {
			return reps;
		}
		List<TeamRep> one = reps.stream()
			.filter((rep) -> rep.repId().equals(only) || rep.userId().equals(only))
			.toList();
		if (one.isEmpty()) {
			throw NotFoundException.of("no-such-rep", "No sales rep {0}", only);
		}
		return one;
	}

	/**
	 * The person's reps, narrowed to one rep, region or market when named; naming one
	 * outside the person's reps is answered as if it did not exist.
	 */
	public List<TeamRep> reps(String userId, List<String> roles, String rep, String region, String market) {
		List<TeamRep> reps = reps(userId, roles, rep);
		if (region != null && !region.isBlank()) {
			reps = only(reps, region, TeamRep::regionId, "region");
		}
		if (market != null && !market.isBlank()) {
			reps = only(reps, market, TeamRep::marketId, "market");
		}
		return reps;
	}

	private static List<TeamRep> only(List<TeamRep> reps, String id, Function<TeamRep, String> of, String what) {
		List<TeamRep> chosen = reps.stream().filter((rep) -> id.equals(of.apply(rep))).toList();
		if (chosen.isEmpty()) {
			throw NotFoundException.of("no-such-thing", "No {0} {1}", what, id);
		}
		return chosen;
	}

	/** The teams of the region and market managers: each manager with their reps. */
	public Map<String, List<TeamRep>> managerTeams() {
		Map<String, List<TeamRep>> teams = new TreeMap<>();
		this.jdbc
			.queryForList("select distinct manager_user_id from region where manager_user_id is not null", String.class)
			.forEach((manager) -> teams.put(manager, reps(manager, List.of(Roles.SALES_MANAGER))));
		this.jdbc
			.queryForList("select distinct manager_user_id from market where manager_user_id is not null", String.class)
			.forEach((director) -> teams.put(director, reps(director, List.of(Roles.SALES_DIRECTOR))));
		return teams;
	}

}
