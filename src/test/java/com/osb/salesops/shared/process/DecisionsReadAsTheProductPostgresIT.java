package com.osb.salesops.shared.process;

import java.util.List;
import java.util.Map;

import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product reads its own deployed rules as itself: who happens to ask first after a
 * start or a deployment, and what that person may read in the engine's repository, makes
 * no difference to a decision.
 */
class DecisionsReadAsTheProductPostgresIT extends PostgresIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	DecisionEvaluator evaluator;

	@AfterEach
	void nobody() {
		this.identityService.clearAuthentication();
	}

	@Test
	void aSalesManagerFirstToAskAfterADeploymentGetsTheWhatIf() throws Exception {
		// given: a manager may use the what-if, not read the engine's repository; the
		// rules were just deployed again, so nothing of them is parsed yet
		TestUsers.ensure(this.identityService, "maren", Roles.SALES_MANAGER);
		this.evaluator.forgetDeployedDecisions();

		// when
		var answer = new Http(this.port).as("maren", TestUsers.password("maren"))
			.postJson("/api/credit/evaluations", """
					{"trailing12mNetSales": 1200000, "avgDaysLate": 3, "maxOverdueDays": 0, "yearsAsCustomer": 5,
					 "growthPotential": "HIGH", "manualAdjustment": 0}""");

		// then
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(Http.json(answer, 200).get("formulaLimit").decimalValue()).isEqualByComparingTo("240000");
	}

	@Test
	void everyDecisionIsReadWhoeverTheCallerIs() {
		for (String role : List.of(Roles.SALES_REP, Roles.WAREHOUSE, Roles.HR)) {
			// given
			String user = "dr" + role.replace("-", "");
			this.identityService.clearAuthentication();
			TestUsers.ensure(this.identityService, user, role);
			this.evaluator.forgetDeployedDecisions();
			this.identityService.setAuthentication(user, List.of(role));

			// when
			DecisionOutcome outcome = this.evaluator.evaluate("return-approval-level",
					Map.of("returnValue", 60000, "orderNetTotal", 100000));

			// then
			assertThat(outcome.outputs()).as(role).containsEntry("approvalLevel", "SALES_DIRECTOR");
		}
	}

}
