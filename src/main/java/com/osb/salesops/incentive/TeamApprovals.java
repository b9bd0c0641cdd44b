package com.osb.salesops.incentive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manager approval of every statement of a run, one approval per team (POLICY section 5):
 * a rep's statement goes to the rep's manager in the organisation (the region's manager,
 * else the market's); a region manager's own statement to the manager of the region's
 * market; a market manager's, and any statement whose manager would be its owner or
 * nobody, to the general management. An approver is {@code user:<id>} or
 * {@code group:general-manager}.
 */
@Service
public class TeamApprovals {

	static final String GENERAL_MANAGEMENT = "group:general-manager";

	private static final String REPS = """
			select s.rep_id, r.user_id, coalesce(g.manager_user_id, m.manager_user_id), s.final_payout, s.status
			from incentive_statement s join sales_rep r on r.id = s.rep_id
			join region g on g.id = s.region_id join market m on m.id = g.market_id
			where s.quarter = ? order by s.rep_id""";

	private static final String MANAGERS = """
			select s.manager_user_id, s.team_level, s.payout,
			  (select min(m.manager_user_id) from region g join market m on m.id = g.market_id
			   where g.manager_user_id = s.manager_user_id)
			from incentive_manager_statement s where s.quarter = ? order by s.manager_user_id, s.team_level""";

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final BusinessClock clock;

	TeamApprovals(JdbcTemplate jdbc, AuditLog audit, BusinessClock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The approvers of the period's statements, each with one team to approve. */
	public List<String> approvers(String period) {
		return new ArrayList<>(teams(period).keySet());
	}

	/** The user who approves, if the approver is one person. */
	public List<String> users(String approver) {
		return approver.startsWith("user:") ? List.of(approver.substring(5)) : List.of();
	}

	/** The group that approves, if the approver is the general management. */
	public List<String> groups(String approver) {
		return approver.startsWith("group:") ? List.of(approver.substring(6)) : List.of();
	}

	/**
	 * The team's statements, one line each: whose, the amount to pay and the status, for
	 * as many as a task variable holds, then how many more and where each statement is.
	 */
	public String text(String period, String approver) {
		List<Member> members = teams(period).getOrDefault(approver, List.of());
		StringBuilder text = new StringBuilder(
				Messages.formText("team-statements", "{0} statements", members.size()) + "\n");
		for (int shown = 0; shown < members.size(); shown++) {
			Member member = members.get(shown);
			String line = Messages.formText("team-statement", "{0}: pay {1} ({2})", member.statement(), member.payout(),
					StatementRun.statusText(member.status(), Messages.companyLanguage())) + "\n";
			String rest = Messages.formText("team-more", "... and {0} more: {1}", members.size() - shown,
					StatementRun.pageUrl(period));
			if (text.length() + line.length() + rest.length() > StatementRun.TASK_TEXT_LIMIT) {
				return text.append(rest).toString();
			}
			text.append(line);
		}
		return text.toString().stripTrailing();
	}

	/** The approver approves every statement of their team. */
	@Transactional
	public int approve(String period, String approver, String by, String comment) {
		String quarter = Quarter.parse(period).toString();
		List<Member> members = teams(period).getOrDefault(approver, List.of());
		for (Member member : members) {
			if (member.repId() != null) {
				this.jdbc.update(
						"update incentive_dispute set approved_by = ?, approved_at = ?, approval_comment = ?"
								+ " where approved_by is null and statement_id = (select id from incentive_statement"
								+ " where quarter = ? and rep_id = ?)",
						by, this.clock.timestamp(), comment, quarter, member.repId());
				this.jdbc.update(
						"update incentive_statement set approved_by = ?, approved_at = ?,"
								+ " status = case when status = 'ARBITRATED' then 'SETTLED' else status end"
								+ " where quarter = ? and rep_id = ?",
						by, this.clock.timestamp(), quarter, member.repId());
			}
			else {
				this.jdbc.update(
						"update incentive_manager_statement set approved_by = ?, approved_at = ?"
								+ " where quarter = ? and manager_user_id = ? and team_level = ?",
						by, this.clock.timestamp(), quarter, member.managerUserId(), member.level());
			}
		}
		this.audit.record(by, "TEAM_STATEMENTS_APPROVED", "incentive_run", period, null,
				members.size() + " statements of " + approver + ((comment != null) ? ": " + comment : ""));
		return members.size();
	}

	Map<String, List<Member>> teams(String period) {
		String quarter = Quarter.parse(period).toString();
		Map<String, List<Member>> teams = new TreeMap<>();
		this.jdbc.query(REPS, (rs) -> {
			String approver = approver(rs.getString(3), rs.getString(2));
			teams.computeIfAbsent(approver, (key) -> new ArrayList<>())
				.add(new Member(rs.getString(1), null, null, "rep " + rs.getString(1) + " (" + rs.getString(2) + ")",
						rs.getBigDecimal(4).toPlainString(), rs.getString(5)));
		}, quarter);
		this.jdbc.query(MANAGERS, (rs) -> {
			String owner = rs.getString(1);
			String level = rs.getString(2);
			String approver = "REGION".equals(level) ? approver(rs.getString(4), owner) : GENERAL_MANAGEMENT;
			teams.computeIfAbsent(approver, (key) -> new ArrayList<>())
				.add(new Member(null, owner, level, level.toLowerCase(Locale.ROOT) + " manager " + owner,
						rs.getBigDecimal(3).toPlainString(), "COMPUTED"));
		}, quarter);
		return teams;
	}

	/** The manager, unless there is none or it is the statement's owner. */
	private static String approver(String manager, String owner) {
		return (manager == null || manager.equals(owner)) ? GENERAL_MANAGEMENT : "user:" + manager;
	}

	record Member(String repId, String managerUserId, String level, String statement, String payout, String status) {
	}

}
