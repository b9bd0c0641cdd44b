package com.osb.salesops.masterdata;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every rep with their place in the sales organisation: region, market and the managers
 * of both, for capabilities that work or report team by team.
 */
@Repository
public class SalesTeams {

	private static final String MEMBERS = """
			select s.id as rep_id, s.name as rep_name, s.user_id, s.active, g.id as region_id,
			  g.name as region_name, g.manager_user_id as region_manager, m.id as market_id,
			  m.name as market_name, m.manager_user_id as market_manager
			from sales_rep s join region g on g.id = s.region_id join market m on m.id = g.market_id
			order by s.id""";

	private final JdbcClient jdbc;

	SalesTeams(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every rep, active or not, in id order. */
	public List<Member> members() {
		return this.jdbc.sql(MEMBERS).query(Member.class).list();
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
