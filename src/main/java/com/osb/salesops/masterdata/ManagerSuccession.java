package com.osb.salesops.masterdata;

import com.osb.salesops.shared.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A region or market that gets another manager, because the manager left or was replaced:
 * the successor joins the group of the level, takes over the team's open tasks of the
 * previous manager and, unless they have their own at that level, the previous manager's
 * target incentive. Which quarters each is paid for follows from who managed the team on
 * the quarter's last day (the organisation's history).
 */
@Service
public class ManagerSuccession {

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final TeamWork work;

	private final AuditLog audit;

	ManagerSuccession(JdbcClient jdbc, UserAccounts users, TeamWork work, AuditLog audit) {
		this.jdbc = jdbc;
		this.users = users;
		this.work = work;
		this.audit = audit;
	}

	/**
	 * The successor takes over the team from the previous manager: group, target
	 * incentive and the team's tasks.
	 * @param level {@code REGION} or {@code MARKET}
	 * @return how many tasks were moved
	 */
	public int takeOver(String level, String teamId, String previousUserId, String successorUserId, String actor) {
		if (this.users.exists(successorUserId)) {
			this.users.ensure(successorUserId, null, null, group(level));
		}
		boolean incentive = incentive(level, previousUserId, successorUserId);
		int tasks = this.work.handOver(level, teamId, previousUserId, successorUserId);
		this.audit.record(actor, "TEAM_TAKEN_OVER", level.toLowerCase(), teamId, null, successorUserId + " after "
				+ previousUserId + "; target incentive taken over: " + incentive + "; tasks moved: " + tasks);
		return tasks;
	}

	/**
	 * The successor is paid at the level on the previous manager's target incentive,
	 * unless they already have one of their own at that level.
	 * @return whether the target incentive was taken over
	 */
	public boolean incentive(String level, String previousUserId, String successorUserId) {
		String name = this.users.name(successorUserId).orElse(successorUserId);
		return this.jdbc
			.sql("insert into manager_incentive (user_id, team_level, name, target_incentive)"
					+ " select ?, team_level, ?, target_incentive from manager_incentive"
					+ " where user_id = ? and team_level = ? and not exists (select 1 from manager_incentive"
					+ " where user_id = ? and team_level = ?)")
			.params(successorUserId, name, previousUserId, level, successorUserId, level)
			.update() > 0;
	}

	/** The role group of a manager of the level. */
	public static String group(String level) {
		return "REGION".equals(level) ? "sales-manager" : "sales-director";
	}

}
