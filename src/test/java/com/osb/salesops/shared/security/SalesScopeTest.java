package com.osb.salesops.shared.security;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SalesScopeTest {

	private static final List<String> SALES_OPS_SEE_ALL = List.of(Roles.SALES_OPS, Roles.GENERAL_MANAGER);

	@Test
	void shouldNarrowARepToTheirOwnAManagerToTheTeamADirectorToTheMarket() {
		// when
		SalesScope rep = SalesScope.of("rep1", List.of(Roles.SALES_REP), SALES_OPS_SEE_ALL);
		SalesScope manager = SalesScope.of("manager", List.of(Roles.SALES_MANAGER), SALES_OPS_SEE_ALL);
		SalesScope director = SalesScope.of("director", List.of(Roles.SALES_DIRECTOR), SALES_OPS_SEE_ALL);

		// then
		assertThat(rep).isEqualTo(new SalesScope("rep1", null, null));
		assertThat(manager).isEqualTo(new SalesScope(null, "manager", null));
		assertThat(director).isEqualTo(new SalesScope(null, null, "director"));
		assertThat(manager.includes("rep1", "manager", "director")).isTrue();
		assertThat(manager.includes("rep2", "manager2", "director")).isFalse();
		assertThat(director.includes("rep2", "manager2", "director")).isTrue();
		assertThat(director.includes("rep3", "manager3", "director2")).isFalse();
	}

	@Test
	void shouldShowEverythingToTheRolesNamedAndToAdministratorsAndTheWidestOfSeveralRoles() {
		// when
		SalesScope ops = SalesScope.of("olga", List.of(Roles.SALES_OPS), SALES_OPS_SEE_ALL);
		SalesScope admin = SalesScope.of("admin", List.of(Roles.ADMIN), SALES_OPS_SEE_ALL);
		SalesScope managerAndDirector = SalesScope.of("boss", List.of(Roles.SALES_MANAGER, Roles.SALES_DIRECTOR),
				SALES_OPS_SEE_ALL);
		SalesScope finance = SalesScope.of("fay", List.of(Roles.FINANCE), SALES_OPS_SEE_ALL);

		// then
		assertThat(ops.everything()).isTrue();
		assertThat(admin.everything()).isTrue();
		assertThat(managerAndDirector).isEqualTo(new SalesScope(null, null, "boss"));
		assertThat(finance).as("a role the capability does not name sees its own only")
			.isEqualTo(new SalesScope("fay", null, null));
	}

	@Test
	void shouldWriteTheScopeAsSqlOnTheColumnsNamed() {
		// given
		StringBuilder where = new StringBuilder("where 1 = 1");
		List<Object> arguments = new ArrayList<>();

		// when
		new SalesScope(null, "manager", null).appendTo(where, arguments, "s.user_id", "g.manager_user_id",
				"m.manager_user_id");

		// then
		assertThat(where).hasToString("where 1 = 1 and g.manager_user_id = ?");
		assertThat(arguments).containsExactly("manager");
	}

}
