package com.osb.salesops.shared.security;

import java.time.Duration;
import java.util.List;

import com.osb.salesops.shared.security.AuthenticatedIdentities.Identity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticatedIdentitiesTest {

	private static final Identity REP = new Identity(List.of(Roles.SALES_REP), List.of());

	private final AuthenticatedIdentities identities = new AuthenticatedIdentities(Duration.ofMinutes(1));

	@Test
	void anIdentityIsRememberedForExactlyTheCredentialsThatWereChecked() {
		// when
		this.identities.remember("rita", "secret", REP, this.identities.generation());

		// then
		assertThat(this.identities.lookUp("rita", "secret")).contains(REP);
		assertThat(this.identities.lookUp("rita", "Secret")).isEmpty();
		assertThat(this.identities.lookUp("rita", "")).isEmpty();
		assertThat(this.identities.lookUp("ritas", "ecret")).isEmpty();
	}

	@Test
	void aFailedLoginForgetsItsUserAndAChangeForgetsEveryone() {
		// given
		this.identities.remember("rita", "secret", REP, this.identities.generation());
		this.identities.remember("tom", "other", REP, this.identities.generation());

		// when
		this.identities.forget("rita");

		// then
		assertThat(this.identities.lookUp("rita", "secret")).isEmpty();
		assertThat(this.identities.lookUp("tom", "other")).contains(REP);

		// when
		this.identities.forgetAll();

		// then
		assertThat(this.identities.lookUp("tom", "other")).isEmpty();
	}

	@Test
	void anIdentityCheckedWhileUsersOrGroupsChangedIsNotRemembered() {
		// given
		long checkBegan = this.identities.generation();

		// when
		this.identities.forgetAll();
		this.identities.remember("rita", "secret", REP, checkBegan);

		// then
		assertThat(this.identities.lookUp("rita", "secret")).isEmpty();
	}

	@Test
	void anIdentityIsForgottenOnceItsTimeIsUpAndNeverKeptWithoutTime() throws InterruptedException {
		// given
		AuthenticatedIdentities brief = new AuthenticatedIdentities(Duration.ofMillis(1));
		AuthenticatedIdentities none = new AuthenticatedIdentities(Duration.ZERO);

		// when
		brief.remember("rita", "secret", REP, brief.generation());
		none.remember("rita", "secret", REP, none.generation());
		Thread.sleep(5);

		// then
		assertThat(brief.lookUp("rita", "secret")).isEmpty();
		assertThat(none.lookUp("rita", "secret")).isEmpty();
	}

}
