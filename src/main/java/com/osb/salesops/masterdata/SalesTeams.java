package com.osb.salesops.masterdata;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every rep with their place in the sales organisation: region, market and the managers
 * of both, for capabilities that work or report team by team, as it stands or as it was
 * on a past day.
 */
@Repository
public class SalesTeams {

	private static final String MEMBERS = """
			select s.id as rep_id, s.name as rep_name, s.user_id, s.active, g.id as region_id,
			  g.name as region_name, g.manager_user_id as region_manager, m.id as market_id,
			  m.name as market_name, m.manager_user_id as market_manager
			from sales_rep s join region g on g.id = s.region_id join market m on m.id = g.market_id
			order by s.id""";

	private static final String MEMBERS_AS_OF = """
			select s.id as rep_id, s.name as rep_name, s.user_id, coalesce(h.active, s.active) as active,
			  g.id as region_id, g.name as region_name,
			  case when rh.team_id is null then g.manager_user_id else rh.manager_user_id end as region_manager,
			  m.id as market_id, m.name as market_name,
			  case when mh.team_id is null then m.manager_user_id else mh.manager_user_id end as market_manager
			from sales_rep s
			left join sales_rep_history h on h.rep_id = s.id and h.effective_from = (select max(x.effective_from)
			  from sales_rep_history x where x.rep_id = s.id and x.effective_from <= :day)
			join region g on g.id = coalesce(h.region_id, s.region_id)
			join market m on m.id = g.market_id
			left join team_manager_history rh on rh.team_level = 'REGION' and rh.team_id = g.id
			  and rh.effective_from = (select max(x.effective_from) from team_manager_history x
			  where x.team_level = 'REGION' and x.team_id = g.id and x.effective_from <= :day)
			left join team_manager_history mh on mh.team_level = 'MARKET' and mh.team_id = m.id
			  and mh.effective_from = (select max(x.effective_from) from team_manager_history x
			  where x.team_level = 'MARKET' and x.team_id = m.id and x.effective_from <= :day)
			order by s.id""";

	private static final String TEAMS_AS_OF = """
			select 'REGION' as level, g.id, g.market_id,
			  case when h.team_id is null then g.manager_user_id else h.manager_user_id end as manager_user_id
			from region g left join team_manager_history h on h.team_level = 'REGION' and h.team_id = g.id
			  and h.effective_from = (select max(x.effective_from) from team_manager_history x
			  where x.team_level = 'REGION' and x.team_id = g.id and x.effective_from <= :day)
			union all
			select 'MARKET' as level, m.id, m.id as market_id,
			  case when h.team_id is null then m.manager_user_id else h.manager_user_id end as manager_user_id
			from market m left join team_manager_history h on h.team_level = 'MARKET' and h.team_id = m.id
			  and h.effective_from = (select max(x.effective_from) from team_manager_history x
			  where x.team_level = 'MARKET' and x.team_id = m.id and x.effective_from <= :day)
			order by 1 desc, 2""";

	private final JdbcClient jdbc;

	SalesTeams(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every rep, active or not, in id order (mapped by hand: a report reads them all on
	 * every call).
	 */
	public List<Member> members() {
		return this.jdbc.sql(MEMBERS)
			.query((rs, row) -> new Member(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
					rs.getString(10)))
			.list();
	}

	/**
	 * Every rep, active or not on that day, in the team they were in on that day, with
	 * the managers of that day.
	 */
	public List<Member> asOf(LocalDate day) {
		return this.jdbc.sql(MEMBERS_AS_OF).param("day", Date.valueOf(day)).query(Member.class).list();
	}

	/** A rep as they stood on that day: their team, managers and whether active. */
	public Optional<Member> member(String repId, LocalDate day) {
		return asOf(day).stream().filter((member) -> member.repId().equals(repId)).findFirst();
	}

	/** The active reps of the region on that day, in id order. */
	public List<String> activeRepsOfRegion(String regionId, LocalDate day) {
		return asOf(day).stream()
			.filter((member) -> member.active() && member.regionId().equals(regionId))
			.map(Member::repId)
			.toList();
	}

	/**
	 * Every region and market with its manager on that day: regions first, in id order.
	 */
	public List<Team> teamsAsOf(LocalDate day) {
		return this.jdbc.sql(TEAMS_AS_OF).param("day", Date.valueOf(day)).query(Team.class).list();
	}

	/**
	 * A region (with its market) or a market (market id empty), and who managed it.
	 *
	 * @param level {@code REGION} or {@code MARKET}
	 */
	public record Team(String level, String id, String marketId, String managerUserId) {
	}

	/**
	 * A rep and their team.
	 *
	 * @param regionManager the user who manages the region, or null
	 * @param marketManager the user who manages the market, or null
	 */
	public record Member(String repId, String repName, String userId, boolean active, String regionId,
			String regionName, String regionManager, String marketId, String marketName, String marketManager) {
	}

}
