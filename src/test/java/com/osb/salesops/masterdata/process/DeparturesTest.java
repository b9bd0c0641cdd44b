package com.osb.salesops.masterdata.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.osb.salesops.credit.CreditRating;
import com.osb.salesops.masterdata.CustomerAccount;
import com.osb.salesops.masterdata.CustomerAccounts;
import com.osb.salesops.masterdata.MasterDataImports;
import com.osb.salesops.masterdata.OrganisationChangeRefused;
import com.osb.salesops.masterdata.OrganisationHistory;
import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.masterdata.model.Contact;
import com.osb.salesops.masterdata.model.CustomerFile;
import com.osb.salesops.masterdata.model.DeliveryAddress;
import com.osb.salesops.masterdata.model.SocialCreditCode;
import com.osb.salesops.ordertocash.order.OrderRequest;
import com.osb.salesops.ordertocash.order.OrderService;
import com.osb.salesops.support.ProcessTest;
import com.osb.salesops.support.TestClock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/**
 * The sales organisation over time: a rep who moves region from a past day is counted in
 * the old team before that day and in the new one after it; a rep or a manager who leaves
 * hands their customers, open orders, teams and tasks to the successor named, in the same
 * step, and can do nothing more. The reps and teams of these tests are their own, and
 * left inactive, so that the demo company's counts stay as they are.
 */
@ProcessTest
class DeparturesTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	IdentityService identityService;

	@Autowired
	MasterDataImports imports;

	@Autowired
	Departures departures;

	@Autowired
	SalesTeams teams;

	@Autowired
	OrganisationHistory history;

	@Autowired
	CustomerAccounts accounts;

	@Autowired
	OrderService orders;

	@Autowired
	CreditRating rating;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(this.processEngine);
		organisation("MARKET,DXM,Test Market,,,,,,,true", "REGION,DXA,Test Region A,DXM,dxboss,,,,,true",
				"REGION,DXB,Test Region B,DXM,dxboss,,,,,true", "MANAGER,dxboss,Boss Test,REGION,,,,9000.00,,true");
	}

	@AfterEach
	void leaveNoActiveRepBehind() {
		this.identityService.clearAuthentication();
		this.jdbc.queryForList("select id from sales_rep where id like 'DX%' and active = true", String.class)
			.forEach((rep) -> this.history.repLeaves(rep, today(), "test"));
	}

	@Test
	void shouldCountARepInTheTeamOfEachDayWhenTheyMoveFromAPastDay() {
		// given
		organisation("REP,DX3,Mover Test,DXA,dxmover,,2024-01-01,10000.00,0.00,true");

		// when
		this.imports.importOrganisation(csv("REP,DX3,Mover Test,DXB,dxmover,,2024-01-01,10000.00,0.00,true"), "analyst",
				today().minusDays(30));

		// then
		assertThat(regionOf("DX3", today().minusDays(31))).isEqualTo("DXA");
		assertThat(regionOf("DX3", today().minusDays(30))).isEqualTo("DXB");
		assertThat(regionOf("DX3", today())).isEqualTo("DXB");
		assertThat(this.jdbc.queryForObject("select region_id from sales_rep where id = 'DX3'", String.class))
			.isEqualTo("DXB");
	}

	@Test
	void shouldHandARepsCustomersOpenOrdersAndTasksToTheSuccessor() {
		// given
		organisation("REP,DX1,Leaver Test,DXA,dxleaver,,2024-01-01,10000.00,0.00,true",
				"REP,DX2,Heir Test,DXA,dxheir,,2024-01-01,10000.00,0.00,true");
		CustomerAccount account = this.accounts.open(file("Dezhou Pumps Test", "91371400MA3C0DX01"), "DX1", "MEDIUM",
				"analyst", null);
		this.rating.refresh(account.id(), today(), null);
		String code = account.code();
		String number = this.orders.submit(
				new OrderRequest(code, null, null, List
					.of(new OrderRequest.Line("P-300", new BigDecimal("2"), new BigDecimal("480"), BigDecimal.ZERO))),
				"dxleaver", true);
		Task errand = taskService().newTask();
		errand.setName("Call back Dezhou");
		errand.setAssignee("dxleaver");
		taskService().saveTask(errand);

		// when
		Departures.Departure departure = this.departures.repLeaves("DX1", "DX2", today(), "Left the company",
				"analyst");

		// then
		assertThat(departure.customers()).containsExactly(code);
		assertThat(departure.orders()).containsExactly(number);
		assertThat(this.jdbc.queryForObject("select rep_id from customer where code = ?", String.class, code))
			.isEqualTo("DX2");
		assertThat(this.jdbc.queryForObject("select rep_id from sales_order where number = ?", String.class, number))
			.isEqualTo("DX2");
		assertThat(taskService().createTaskQuery().taskId(errand.getId()).singleResult().getAssignee())
			.isEqualTo("dxheir");
		assertThat(this.identityService.createGroupQuery().groupMember("dxleaver").list()).extracting(Group::getId)
			.isEmpty();
		assertThat(activeOn("DX1", today().minusDays(1))).isTrue();
		assertThat(activeOn("DX1", today())).isFalse();
		assertThat(
				this.jdbc.queryForList(
						"select action from audit_log where subject_id in (?, 'DX1') and action in"
								+ " ('CUSTOMER_REASSIGNED', 'ORDER_REASSIGNED', 'REP_LEFT') order by id",
						String.class, code))
			.contains("CUSTOMER_REASSIGNED", "REP_LEFT");
		taskService().deleteTask(errand.getId(), true);
	}

	@Test
	void shouldGiveALeavingManagersTeamsAndTasksToTheSuccessor() {
		// given
		organisation("MANAGER,dxnext,Next Boss Test,REGION,,,,9000.00,,true");
		Task review = taskService().newTask();
		review.setName("Review account request");
		taskService().saveTask(review);
		taskService().addCandidateUser(review.getId(), "dxboss");

		// when
		Departures.Departure departure = this.departures.managerLeaves("dxboss", "dxnext", today().minusDays(10),
				"Retired", "analyst");

		// then
		assertThat(departure.teams()).containsExactly("REGION DXA", "REGION DXB");
		assertThat(managerOf("DXA", today().minusDays(11))).isEqualTo("dxboss");
		assertThat(managerOf("DXA", today().minusDays(10))).isEqualTo("dxnext");
		assertThat(taskService().getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getUserId)
			.contains("dxnext")
			.doesNotContain("dxboss");
		assertThat(this.identityService.createUserQuery().userId("dxnext").memberOfGroup("sales-manager").count())
			.isOne();
		assertThat(this.identityService.createUserQuery().userId("dxboss").memberOfGroup("sales-manager").count())
			.isZero();
		taskService().deleteTask(review.getId(), true);
	}

	@Test
	void shouldRefuseADepartureWithoutSuccessorNamingEveryField() {
		// when / then
		assertThatThrownBy(() -> this.departures.repLeaves("DX9", null, today().plusDays(1), " ", "analyst"))
			.isInstanceOfSatisfying(OrganisationChangeRefused.class, (refused) -> assertThat(refused.problems())
				.containsOnlyKeys("repId", "successorRepId", "effectiveFrom", "reason"));
	}

	private static LocalDate today() {
		return TestClock.today();
	}

	private void organisation(String... lines) {
		this.imports.importFile("organisation", csv(lines), "analyst");
	}

	private static String csv(String... lines) {
		return "type,id,name,parent,userId,email,hiredOn,targetIncentive,territoryPotential,active\n"
				+ String.join("\n", lines) + "\n";
	}

	private String regionOf(String repId, LocalDate day) {
		return this.teams.member(repId, day).orElseThrow().regionId();
	}

	private boolean activeOn(String repId, LocalDate day) {
		return this.teams.member(repId, day).orElseThrow().active();
	}

	private String managerOf(String regionId, LocalDate day) {
		return this.teams.teamsAsOf(day)
			.stream()
			.filter((t) -> "REGION".equals(t.level()) && t.id().equals(regionId))
			.findFirst()
			.orElseThrow()
			.managerUserId();
	}

	private static CustomerFile file(String name, String first17) {
		return new CustomerFile(name, first17 + SocialCreditCode.checkCharacter(first17), "DIRECT", "1 Test Road", null,
				"ICBC", "6222 0000 0009", null, List.of(new Contact("Li Test", "138 0000 0099", null)),
				List.of(new DeliveryAddress("1 Test Road", "Li Test", null, null, null)));
	}

}
