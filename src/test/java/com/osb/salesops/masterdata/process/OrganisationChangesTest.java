package com.osb.salesops.masterdata.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.masterdata.MasterDataImports;
import com.osb.salesops.masterdata.OrganisationChangeRefused;
import com.osb.salesops.masterdata.OrganisationHistory;
import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.shared.process.ApplicationClock;
import com.osb.salesops.support.ProcessTest;
import com.osb.salesops.support.TestClock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Changes to the sales organisation entered ahead of their day wait, pending and
 * cancellable, and the daily run applies them on their day with everything that comes
 * with them; a manager's successor, whether the manager leaves or is replaced on a team,
 * takes over the team's tasks and the target incentive. The teams and people of these
 * tests are their own and left inactive, so that the demo company stays as it is.
 */
@ProcessTest
class OrganisationChangesTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	IdentityService identityService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	MasterDataImports imports;

	@Autowired
	OrganisationChanges changes;

	@Autowired
	SalesTeams teams;

	@Autowired
	OrganisationHistory history;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void clockBackAndNothingLeftPending() {
		TestClock.reset();
		this.jdbc.update("update organisation_change set status = 'CANCELLED' where status = 'PENDING'");
		this.jdbc.queryForList("select id from sales_rep where id like 'DY%' and active = true", String.class)
			.forEach((rep) -> this.history.repLeaves(rep, TestClock.today(), "test"));
	}

	@Test
	void shouldApplyATransferEnteredAheadOnItsDayThroughTheDailyRun() {
		// given
		organisation("MARKET,DYM,Change Market,,,,,,,true", "REGION,DYA,Change Region A,DYM,,,,,,true",
				"REGION,DYB,Change Region B,DYM,,,,,,true",
				"REP,DY1,Mover Later,DYA,dyone,,2024-01-01,10000.00,0.00,true");
		LocalDate day = today().plusDays(10);
		PendingChange transfer = this.changes.schedule(rep("DY1", "Mover Later", "DYB", "dyone"), day, "analyst");

		// when
		assertThat(this.changes.pending()).extracting(PendingChange::id).contains(transfer.id());
		assertThat(regionOf("DY1", day)).isEqualTo("DYA");
		ApplicationClock.startingAt(TestClock.START.plusDays(10));
		runTheDailyChanges();

		// then
		assertThat(this.changes.find(transfer.id()).orElseThrow().status()).isEqualTo("APPLIED");
		assertThat(regionOf("DY1", day.minusDays(1))).isEqualTo("DYA");
		assertThat(regionOf("DY1", day)).isEqualTo("DYB");
		assertThat(this.jdbc.queryForObject("select region_id from sales_rep where id = 'DY1'", String.class))
			.isEqualTo("DYB");
		assertThat(this.changes.pending()).extracting(PendingChange::id).doesNotContain(transfer.id());
	}

	@Test
	void shouldRefuseAFutureDepartureOfSomeoneAlreadyLeavingUntilThatOneIsCancelled() {
		// given
		organisation("MARKET,DYM,Change Market,,,,,,,true", "REGION,DYA,Change Region A,DYM,,,,,,true",
				"REP,DY2,Leaver Later,DYA,dytwo,,2024-01-01,10000.00,0.00,true",
				"REP,DY3,Heir Later,DYA,dythree,,2024-01-01,10000.00,0.00,true");
		PendingChange first = this.changes.scheduleDeparture("REP", "DY2", "DY3", today().plusDays(5), "Moving away",
				"analyst");

		// when
		assertThatThrownBy(
				() -> this.changes.scheduleDeparture("REP", "DY2", "DY3", today().plusDays(7), " ", "analyst"))
			.isInstanceOfSatisfying(OrganisationChangeRefused.class,
					(refused) -> assertThat(refused.problems()).containsOnlyKeys("repId", "reason"));
		assertThatThrownBy(() -> this.changes.departNow("REP", "DY3", "DY2", today(), "Left", "analyst"))
			.isInstanceOfSatisfying(OrganisationChangeRefused.class,
					(refused) -> assertThat(refused.problems()).containsOnlyKeys("successor"));
		PendingChange cancelled = this.changes.cancel(first.id(), "analyst").orElseThrow();

		// then
		assertThat(cancelled.status()).isEqualTo("CANCELLED");
		assertThatThrownBy(() -> this.changes.cancel(first.id(), "analyst")).isInstanceOfSatisfying(
				OrganisationChangeRefused.class,
				(refused) -> assertThat(refused.problems()).containsOnlyKeys("status"));
		assertThat(this.changes.scheduleDeparture("REP", "DY2", "DY3", today().plusDays(7), "Moving away", "analyst")
			.status()).isEqualTo("PENDING");
		assertThat(this.jdbc.queryForObject("select active from sales_rep where id = 'DY2'", Boolean.class)).isTrue();
	}

	@Test
	void shouldHandALeavingManagersTeamTasksAndTargetIncentiveToTheSuccessorOnTheDay() {
		// given
		organisation("MARKET,DYM,Change Market,,,,,,,true", "REGION,DYC,Change Region C,DYM,dyboss,,,,,true",
				"MANAGER,dyboss,Boss Later,REGION,,,,9000.00,,true");
		user("dyheir");
		Task approval = task("dyboss", Map.of());
		LocalDate day = today().plusDays(3);
		this.changes.scheduleDeparture("MANAGER", "dyboss", "dyheir", day, "Retires", "analyst");
		assertThat(this.taskService.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee())
			.isEqualTo("dyboss");

		// when
		ApplicationClock.startingAt(TestClock.START.plusDays(3));
		runTheDailyChanges();

		// then
		assertThat(managerOf("DYC", day.minusDays(1))).isEqualTo("dyboss");
		assertThat(managerOf("DYC", day)).isEqualTo("dyheir");
		assertThat(this.taskService.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee())
			.isEqualTo("dyheir");
		assertThat(targetIncentive("dyheir")).isEqualByComparingTo("9000.00");
		assertThat(this.identityService.createUserQuery().userId("dyheir").memberOfGroup("sales-manager").count())
			.isOne();
		assertThat(this.identityService.createGroupQuery().groupMember("dyboss").list()).extracting(Group::getId)
			.isEmpty();
		this.taskService.deleteTask(approval.getId(), true);
	}

	@Test
	void shouldGiveAReplacedManagersTeamTasksAndTargetIncentiveToTheSuccessor() {
		// given
		organisation("MARKET,DYM,Change Market,,,,,,,true", "REGION,DYD,Change Region D,DYM,dymgr,,,,,true",
				"REGION,DYE,Change Region E,DYM,dymgr,,,,,true", "MANAGER,dymgr,Manager Twice,REGION,,,,7000.00,,true",
				"REP,DY4,Team Rep,DYD,dyfour,,2024-01-01,10000.00,0.00,true");
		user("dynew");
		Task teamApproval = task("dymgr", Map.of("repUserId", "dyfour"));
		Task otherRegion = task("dymgr", Map.of("regionId", "DYE"));

		// when
		organisation("REGION,DYD,Change Region D,DYM,dynew,,,,,true");

		// then
		assertThat(managerOf("DYD", today())).isEqualTo("dynew");
		assertThat(managerOf("DYE", today())).isEqualTo("dymgr");
		assertThat(this.taskService.createTaskQuery().taskId(teamApproval.getId()).singleResult().getAssignee())
			.isEqualTo("dynew");
		assertThat(this.taskService.createTaskQuery().taskId(otherRegion.getId()).singleResult().getAssignee())
			.isEqualTo("dymgr");
		assertThat(targetIncentive("dynew")).isEqualByComparingTo("7000.00");
		assertThat(this.identityService.createUserQuery().userId("dynew").memberOfGroup("sales-manager").count())
			.isOne();
		List.of(teamApproval, otherRegion).forEach((task) -> this.taskService.deleteTask(task.getId(), true));
	}

	private void runTheDailyChanges() {
		String definition = this.managementService.createJobDefinitionQuery()
			.processDefinitionKey("organisation-changes")
			.singleResult()
			.getId();
		List<Job> timers = this.managementService.createJobQuery().jobDefinitionId(definition).timers().list();
		assertThat(timers).hasSize(1);
		this.managementService.executeJob(timers.get(0).getId());
	}

	private Task task(String assignee, Map<String, Object> about) {
		Task task = this.taskService.newTask();
		task.setName("Approve order");
		task.setAssignee(assignee);
		this.taskService.saveTask(task);
		about.forEach((name, value) -> this.taskService.setVariableLocal(task.getId(), name, value));
		return task;
	}

	private void user(String userId) {
		if (this.identityService.createUserQuery().userId(userId).count() == 0) {
			User user = this.identityService.newUser(userId);
			user.setFirstName("Successor");
			user.setLastName(userId);
			this.identityService.saveUser(user);
		}
	}

	private BigDecimal targetIncentive(String userId) {
		return this.jdbc.queryForObject(
				"select target_incentive from manager_incentive where user_id = ? and team_level = 'REGION'",
				BigDecimal.class, userId);
	}

	private static Map<String, String> rep(String id, String name, String region, String userId) {
		Map<String, String> rep = new HashMap<>();
		rep.put("type", "REP");
		rep.put("id", id);
		rep.put("name", name);
		rep.put("parent", region);
		rep.put("userId", userId);
		rep.put("hiredOn", "2024-01-01");
		rep.put("targetIncentive", "10000.00");
		rep.put("territoryPotential", "0.00");
		rep.put("active", "true");
		return rep;
	}

	private static LocalDate today() {
		return TestClock.today();
	}

	private void organisation(String... lines) {
		this.imports.importFile("organisation",
				"type,id,name,parent,userId,email,hiredOn,targetIncentive,territoryPotential,active\n"
						+ String.join("\n", lines) + "\n",
				"analyst");
	}

	private String regionOf(String repId, LocalDate day) {
		return this.teams.member(repId, day).orElseThrow().regionId();
	}

	private String managerOf(String regionId, LocalDate day) {
		return this.teams.teamsAsOf(day)
			.stream()
			.filter((t) -> "REGION".equals(t.level()) && t.id().equals(regionId))
			.findFirst()
			.orElseThrow()
			.managerUserId();
	}

}
