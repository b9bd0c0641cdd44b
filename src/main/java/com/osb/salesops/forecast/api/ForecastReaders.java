package com.osb.salesops.forecast.api;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.security.SalesScope;

import org.springframework.stereotype.Component;

/**
 * Whose forecasts the caller sees, by the sales organisation's one rule
 * ({@link SalesScope}): a rep their own, a sales manager their regions' reps, a sales
 * director their markets' reps, sales ops, the assistants and the general management
 * everyone's.
 */
@Component
class ForecastReaders {

	static final String[] ROLES = { Roles.SALES_REP, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER,
			Roles.SALES_OPS, Roles.SALES_ASSISTANT };

	private static final List<String> EVERYONE = List.of(Roles.SALES_OPS, Roles.GENERAL_MANAGER, Roles.SALES_ASSISTANT,
			Roles.ADMIN);

	private final CurrentUser currentUser;

	private final SalesTeams teams;

	ForecastReaders(CurrentUser currentUser, SalesTeams teams) {
		this.currentUser = currentUser;
		this.teams = teams;
	}

	/**
	 * Whether the caller sees the rep's forecasts; the organisation is read when the
	 * first rep is asked about, so not at all when there is no forecast.
	 */
	Predicate<String> visibleReps() {
		SalesScope scope = SalesScope.of(this.currentUser.id(), this.currentUser.roles(), EVERYONE);
		if (scope.everything()) {
			return (repId) -> true;
		}
		AtomicReference<Set<String>> reps = new AtomicReference<>();
		return (repId) -> reps
			.updateAndGet((known) -> (known != null) ? known : this.teams.members()
				.stream()
				.filter((member) -> scope.includes(member.userId(), member.regionManager(), member.marketManager()))
				.map(SalesTeams.Member::repId)
				.collect(Collectors.toSet()))
			.contains(repId);
	}

}
