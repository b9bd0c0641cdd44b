package com.osb.salesops.masterdata.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.masterdata.CustomerAccount;
import com.osb.salesops.masterdata.CustomerAccounts;
import com.osb.salesops.masterdata.ManagerSuccession;
import com.osb.salesops.masterdata.OrganisationChangeRefused;
import com.osb.salesops.masterdata.OrganisationHistory;
import com.osb.salesops.masterdata.SalesOrganisation;
import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.masterdata.UserAccounts;
import com.osb.salesops.ordertocash.process.OrderHandover;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.masterdata.model.FileProblem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person who leaves the sales organisation: their open work goes to the successor
 * named, in the same step. A rep's active customers are handed over with their open
 * orders and the orders' tasks; a manager's regions and markets get the successor as
 * manager, paid on the manager's target incentive unless they have their own; every other
 * task the person had or was offered goes to the successor; and the person is taken out
 * of every group, so that they can do nothing more.
 */
@Service
public class Departures {

	private final CustomerAccounts accounts;

	private final SalesOrganisation organisation;

	private final SalesTeams teams;

	private final OrganisationHistory history;

	private final OrderHandover orders;

	private final UserAccounts users;

	private final TaskHandover tasks;

	private final AuditLog audit;

	private final BusinessClock clock;

	private final ManagerSuccession succession;

	Departures(CustomerAccounts accounts, SalesOrganisation organisation, SalesTeams teams, OrganisationHistory history,
			OrderHandover orders, UserAccounts users, TaskHandover tasks, AuditLog audit, BusinessClock clock,
			ManagerSuccession succession) {
		this.succession = succession;
		this.accounts = accounts;
		this.organisation = organisation;
		this.teams = teams;
		this.history = history;
		this.orders = orders;
		this.users = users;
		this.tasks = tasks;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What stands in the way of the rep leaving on the day with that successor, by field;
	 * the day itself may be in the future.
	 */
	public Map<String, FileProblem> repProblems(String repId, String successorRepId, LocalDate from, String reason) {
		Map<String, FileProblem> problems = new LinkedHashMap<>();
		if (this.organisation.userOfActiveRep(repId).isEmpty()) {
			problems.put("repId", FileProblem.of("not-an-active-rep", "There is no active rep {0}", repId));
		}
		if (successorRepId == null || successorRepId.equals(repId)
				|| this.organisation.userOfActiveRep(successorRepId).isEmpty()) {
			problems.put("successorRepId",
					FileProblem.of("successor-rep", "Name the active rep who takes over the customers and the work"));
		}
		common(problems, from, reason);
		return problems;
	}

	/**
	 * The rep leaves from the day on; the successor rep takes over their customers and
	 * work.
	 */
	@Transactional
	public Departure repLeaves(String repId, String successorRepId, LocalDate from, String reason, String actor) {
		refuse(past(repProblems(repId, successorRepId, from, reason), from));
		String leaver = this.organisation.userOfActiveRep(repId).orElseThrow();
		String successor = this.organisation.userOfActiveRep(successorRepId).orElseThrow();
		List<String> customers = new ArrayList<>();
		List<String> orderNumbers = new ArrayList<>();
		for (CustomerAccount account : this.accounts.list(repId)) {
			if (account.active()) {
				this.accounts.reassign(account.code(), successorRepId, actor, null);
				orderNumbers.addAll(this.orders.handOver(account.id(), leaver, successorRepId, successor, actor, null));
				customers.add(account.code());
			}
		}
		int moved = this.tasks.handOver(leaver, successor);
		this.history.repLeaves(repId, from, actor);
		List<String> groups = this.users.leave(leaver);
		Departure departure = new Departure(leaver, successor, from, customers, orderNumbers, List.of(), moved, groups);
		this.audit.record(actor, "REP_LEFT", "sales-rep", repId, null, departure + "; " + reason);
		return departure;
	}

	/**
	 * What stands in the way of the manager leaving on the day with that successor, by
	 * field; the day itself may be in the future.
	 */
	public Map<String, FileProblem> managerProblems(String userId, String successorUserId, LocalDate from,
			String reason) {
		Map<String, FileProblem> problems = new LinkedHashMap<>();
		if (managed(userId).isEmpty()) {
			problems.put("userId", FileProblem.of("manages-nothing", "User {0} manages no region or market", userId));
		}
		if (successorUserId == null || successorUserId.equals(userId) || !this.users.exists(successorUserId)) {
			problems.put("successorUserId",
					FileProblem.of("successor-user", "Name the user who takes over the teams and the work"));
		}
		common(problems, from, reason);
		return problems;
	}

	/**
	 * The manager leaves from the day on; the successor manages their regions and
	 * markets, on the manager's target incentive unless they have their own, and takes
	 * over their work.
	 */
	@Transactional
	public Departure managerLeaves(String userId, String successorUserId, LocalDate from, String reason, String actor) {
		refuse(past(managerProblems(userId, successorUserId, from, reason), from));
		List<String> teamIds = new ArrayList<>();
		for (SalesTeams.Team team : managed(userId)) {
			this.history.manager(team.level(), team.id(), successorUserId, from, actor);
			this.users.ensure(successorUserId, null, null, ManagerSuccession.group(team.level()));
			this.succession.incentive(team.level(), userId, successorUserId);
			teamIds.add(team.level() + " " + team.id());
		}
		int moved = this.tasks.handOver(userId, successorUserId);
		List<String> groups = this.users.leave(userId);
		Departure departure = new Departure(userId, successorUserId, from, List.of(), List.of(), teamIds, moved,
				groups);
		this.audit.record(actor, "MANAGER_LEFT", "user", userId, null, departure + "; " + reason);
		return departure;
	}

	private List<SalesTeams.Team> managed(String userId) {
		return this.teams.teamsAsOf(this.clock.today())
			.stream()
			.filter((team) -> userId.equals(team.managerUserId()))
			.toList();
	}

	private static void common(Map<String, FileProblem> problems, LocalDate from, String reason) {
		if (from == null) {
			problems.put("effectiveFrom", FileProblem.of("leaving-day", "Give the day the person leaves"));
		}
		if (reason == null || reason.isBlank()) {
			problems.put("reason", FileProblem.of("leaving-reason", "Say why"));
		}
	}

	private Map<String, FileProblem> past(Map<String, FileProblem> problems, LocalDate from) {
		if (from != null && from.isAfter(this.clock.today())) {
			problems.put("effectiveFrom",
					FileProblem.of("leaving-day-past", "Give the day the person leaves, today or earlier"));
		}
		return problems;
	}

	private static void refuse(Map<String, FileProblem> problems) {
		if (!problems.isEmpty()) {
			throw new OrganisationChangeRefused(problems);
		}
	}

	/**
	 * What a departure moved.
	 *
	 * @param userId the user who left
	 * @param successorUserId the user who took over
	 * @param customers the customers handed over
	 * @param orders the open orders handed over with them
	 * @param teams the regions and markets now managed by the successor
	 * @param tasksMoved other tasks moved to the successor
	 * @param groupsLeft the groups the user was taken out of
	 */
	public record Departure(String userId, String successorUserId, LocalDate effectiveFrom, List<String> customers,
			List<String> orders, List<String> teams, int tasksMoved, List<String> groupsLeft) {
	}

}
