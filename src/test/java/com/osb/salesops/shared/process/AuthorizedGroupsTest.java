package com.osb.salesops.shared.process;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The groups holding authorizations are read once for many commands, and a change made
 * through the engine is seen by the next check.
 */
class AuthorizedGroupsTest {

	private ProcessEngine engine;

	private StandaloneInMemProcessEngineConfiguration configuration;

	@AfterEach
	void close() {
		if (this.engine != null) {
			this.engine.close();
		}
	}

	@Test
	void aGroupGivenItsFirstAuthorizationThroughTheEngineIsCheckedAtOnce() {
		// given: the list of groups is read while only finance holds an authorization
		AuthorizationService authorizations = start(Duration.ofHours(1));
		grant(authorizations, "finance", "order-to-remittance");
		assertThat(mayRead("ann", "reviewers", "order-to-remittance")).isFalse();

		// when
		Authorization granted = grant(authorizations, "reviewers", "order-to-remittance");

		// then
		assertThat(mayRead("ann", "reviewers", "order-to-remittance")).isTrue();
		assertThat(mayRead("ann", "reviewers", "quota-plan")).isFalse();

		// and when it is taken away
		authorizations.deleteAuthorization(granted.getId());

		// then
		assertThat(mayRead("ann", "reviewers", "order-to-remittance")).isFalse();
	}

	@Test
	void aChangedAuthorizationIsCheckedAtOnce() {
		// given
		AuthorizationService authorizations = start(Duration.ofHours(1));
		Authorization granted = grant(authorizations, "finance", "order-to-remittance");
		assertThat(mayRead("fay", "finance", "order-to-remittance")).isTrue();
		assertThat(mayRead("rex", "reviewers", "order-to-remittance")).isFalse();

		// when the authorization passes from one group to another
		granted.setGroupId("reviewers");
		authorizations.saveAuthorization(granted);

		// then
		assertThat(mayRead("rex", "reviewers", "order-to-remittance")).isTrue();
		assertThat(mayRead("fay", "finance", "order-to-remittance")).isFalse();
	}

	@Test
	void theListIsReadOnceForManyCommandsWithinItsTime() throws SQLException {
		// given
		AuthorizationService authorizations = start(Duration.ofHours(1));
		grant(authorizations, "finance", "order-to-remittance");
		assertThat(mayRead("ann", "auditors", "order-to-remittance")).isFalse();

		// when another node gives a new group its first authorization
		insertBehindTheEnginesBack("auditors", "order-to-remittance");

		// then this node names the group in its checks once the list is read again: not
		// when a listed group is granted more (as each new task grants its candidate
		// groups), but when a group not listed is
		assertThat(mayRead("ann", "auditors", "order-to-remittance")).isFalse();
		grant(authorizations, "finance", "quota-plan");
		assertThat(mayRead("ann", "auditors", "order-to-remittance")).isFalse();
		grant(authorizations, "warehouse", "quota-plan");
		assertThat(mayRead("ann", "auditors", "order-to-remittance")).isTrue();
	}

	@Test
	void noTimeReadsTheListInEveryCommand() throws SQLException {
		// given
		AuthorizationService authorizations = start(Duration.ZERO);
		grant(authorizations, "finance", "order-to-remittance");
		assertThat(mayRead("ann", "auditors", "order-to-remittance")).isFalse();

		// when
		insertBehindTheEnginesBack("auditors", "order-to-remittance");

		// then
		assertThat(mayRead("ann", "auditors", "order-to-remittance")).isTrue();
	}

	private AuthorizationService start(Duration timeToLive) {
		this.configuration = new StandaloneInMemProcessEngineConfiguration();
		this.configuration.setJdbcUrl("jdbc:h2:mem:groups-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		this.configuration.setJobExecutorActivate(false);
		this.configuration.setAuthorizationEnabled(true);
		this.configuration.setAuthorizationCheckRevokes("never");
		this.configuration.setProcessEnginePlugins(List.of(new AuthorizedGroups(timeToLive)));
		this.engine = this.configuration.buildProcessEngine();
		return this.engine.getAuthorizationService();
	}

	private Authorization grant(AuthorizationService authorizations, String group, String processKey) {
		Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(group);
		authorization.setResource(Resources.PROCESS_DEFINITION);
		authorization.setResourceId(processKey);
		authorization.addPermission(Permissions.READ);
		return authorizations.saveAuthorization(authorization);
	}

	private boolean mayRead(String user, String group, String processKey) {
		return this.engine.getAuthorizationService()
			.isUserAuthorized(user, List.of(group), Permissions.READ, Resources.PROCESS_DEFINITION, processKey);
	}

	private void insertBehindTheEnginesBack(String group, String processKey) throws SQLException {
		try (Connection connection = this.configuration.getDataSource().getConnection();
				PreparedStatement insert = connection.prepareStatement("insert into ACT_RU_AUTHORIZATION"
						+ " (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
						+ " values (?, 1, 1, ?, ?, ?, ?)")) {
			insert.setString(1, UUID.randomUUID().toString());
			insert.setString(2, group);
			insert.setInt(3, Resources.PROCESS_DEFINITION.resourceType());
			insert.setString(4, processKey);
			insert.setInt(5, Permissions.READ.getValue());
			insert.executeUpdate();
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
	}

}
