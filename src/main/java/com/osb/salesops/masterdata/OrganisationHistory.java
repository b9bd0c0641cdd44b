package com.osb.salesops.masterdata;

import java.sql.Date;
import java.time.LocalDate;

import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Changes to the sales organisation from a day on: a rep moving to another region or
 * leaving, a region or market getting another manager. The history keeps what was before,
 * so that a quarter's statements still see that quarter's teams; the current tables
 * always show the organisation as of today.
 */
@Service
public class OrganisationHistory {

	/** The day a unit or a rep without history is taken to have been as it is. */
	static final LocalDate ALWAYS = LocalDate.of(1900, 1, 1);

	private final JdbcClient jdbc;

	private final BusinessClock clock;

	OrganisationHistory(JdbcClient jdbc, BusinessClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The rep works in the region (and is active or not) from the day on. */
	public void rep(String repId, String regionId, boolean active, LocalDate from, String actor) {
		this.jdbc
			.sql("insert into sales_rep_history (rep_id, effective_from, region_id, active, changed_by)"
					+ " select id, ?, region_id, active, null from sales_rep where id = ?"
					+ " and not exists (select 1 from sales_rep_history where rep_id = ?)")
			.params(Date.valueOf(ALWAYS), repId, repId)
			.update();
		this.jdbc.sql("delete from sales_rep_history where rep_id = ? and effective_from = ?")
			.params(repId, Date.valueOf(from))
			.update();
		this.jdbc
			.sql("insert into sales_rep_history (rep_id, effective_from, region_id, active, changed_by)"
					+ " values (?, ?, ?, ?, ?)")
			.params(repId, Date.valueOf(from), regionId, active, actor)
			.update();
		this.jdbc
			.sql("update sales_rep set region_id = (select h.region_id from sales_rep_history h where h.rep_id = ?"
					+ " and h.effective_from = (select max(x.effective_from) from sales_rep_history x"
					+ " where x.rep_id = ? and x.effective_from <= ?)), active = (select h.active"
					+ " from sales_rep_history h where h.rep_id = ? and h.effective_from = (select"
					+ " max(x.effective_from) from sales_rep_history x where x.rep_id = ? and x.effective_from <= ?))"
					+ " where id = ?")
			.params(repId, repId, today(), repId, repId, today(), repId)
			.update();
	}

	/** The rep is inactive from the day on, in the region they are in. */
	public void repLeaves(String repId, LocalDate from, String actor) {
		String region = this.jdbc.sql("select region_id from sales_rep where id = ?")
			.param(repId)
			.query(String.class)
			.single();
		rep(repId, region, false, from, actor);
	}

	/**
	 * The user manages the region or market from the day on.
	 * @param level {@code REGION} or {@code MARKET}
	 * @param userId the manager, or null for none
	 */
	public void manager(String level, String teamId, String userId, LocalDate from, String actor) {
		String table = "REGION".equals(level) ? "region" : "market";
		this.jdbc
			.sql("insert into team_manager_history (team_level, team_id, effective_from, manager_user_id, changed_by)"
					+ " select ?, id, ?, manager_user_id, null from " + table + " where id = ? and not exists"
					+ " (select 1 from team_manager_history where team_level = ? and team_id = ?)")
			.params(level, Date.valueOf(ALWAYS), teamId, level, teamId)
			.update();
		this.jdbc.sql("delete from team_manager_history where team_level = ? and team_id = ? and effective_from = ?")
			.params(level, teamId, Date.valueOf(from))
			.update();
		this.jdbc
			.sql("insert into team_manager_history (team_level, team_id, effective_from, manager_user_id, changed_by)"
					+ " values (?, ?, ?, ?, ?)")
			.params(level, teamId, Date.valueOf(from), userId, actor)
			.update();
		this.jdbc.sql("update " + table + " set manager_user_id = (select h.manager_user_id from team_manager_history h"
				+ " where h.team_level = ? and h.team_id = ? and h.effective_from = (select max(x.effective_from)"
				+ " from team_manager_history x where x.team_level = ? and x.team_id = ? and x.effective_from <= ?))"
				+ " where id = ?")
			.params(level, teamId, level, teamId, today(), teamId)
			.update();
	}

	private Date today() {
		return Date.valueOf(this.clock.today());
	}

}
