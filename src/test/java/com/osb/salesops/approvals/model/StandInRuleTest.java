package com.osb.salesops.approvals.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 定岗定权: a stand-in holds each role of the person or a higher one of the sales chain.
 */
class StandInRuleTest {

	@Test
	void aHigherRoleOfTheSalesChainStandsInForALowerOne() {
		assertThat(StandInRule.missing(List.of("sales-manager"), List.of("sales-director"))).isEmpty();
		assertThat(StandInRule.missing(List.of("sales-manager"), List.of("sales-manager"))).isEmpty();
		assertThat(StandInRule.missing(List.of("sales-rep"), List.of("general-manager"))).isEmpty();
	}

	@Test
	void aLowerRoleOrAnotherRoleDoesNot() {
		assertThat(StandInRule.missing(List.of("sales-director"), List.of("sales-manager")))
			.containsExactly("sales-director");
		assertThat(StandInRule.missing(List.of("finance"), List.of("general-manager"))).containsExactly("finance");
		assertThat(StandInRule.missing(List.of("sales-manager", "camunda-admin"), List.of("sales-rep")))
			.containsExactly("sales-manager");
	}

	@Test
	void aManagerStandsAboveTheRepsButNotAboveAnotherManager() {
		assertThat(StandInRule.above(List.of("sales-manager"), List.of("sales-rep"))).isTrue();
		assertThat(StandInRule.above(List.of("sales-manager"), List.of("sales-manager"))).isFalse();
		assertThat(StandInRule.above(List.of("sales-manager"), List.of("finance"))).isFalse();
	}

}
