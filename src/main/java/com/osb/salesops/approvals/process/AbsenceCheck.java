package com.osb.salesops.approvals.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.osb.salesops.approvals.Absences;
import com.osb.salesops.approvals.Absences.Absence;
import com.osb.salesops.approvals.api.AbsenceRequest;
import com.osb.salesops.approvals.model.Colleague;
import com.osb.salesops.approvals.model.StandInRule;
import com.osb.salesops.shared.process.SystemActions;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.RequestCheck;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;

import org.springframework.stereotype.Component;

/**
 * Checks an absence against the people it names and the absences standing: both people
 * exist, the substitute is someone else, holds each role of the absent person or a higher
 * one, and the caller records it for themselves or for someone below them; the absence
 * has not ended before today and shares no day with another absence of the same person
 * that stands (which is ended first).
 */
@Component
class AbsenceCheck implements RequestCheck<AbsenceRequest> {

	/** Who may record an absence for someone else besides their manager. */
	private static final List<String> FOR_ANYONE = List.of(Roles.GENERAL_MANAGER, Roles.HR, Roles.ADMIN);

	private final IdentityService identityService;

	private final NextLevel people;

	private final CurrentUser caller;

	private final SystemActions system;

	private final Absences absences;

	private final BusinessClock clock;

	AbsenceCheck(IdentityService identityService, NextLevel people, CurrentUser caller, SystemActions system,
			Absences absences, BusinessClock clock) {
		this.identityService = identityService;
		this.people = people;
		this.caller = caller;
		this.system = system;
		this.absences = absences;
		this.clock = clock;
	}

	/**
	 * Whether the caller acts for the absent person: it is them, or someone above them in
	 * the sales chain, or the general manager, HR or an administrator.
	 */
	boolean actsFor(String callerId, List<String> callerRoles, String absent) {
		return absent.equals(callerId) || FOR_ANYONE.stream().anyMatch(callerRoles::contains)
				|| StandInRule.above(callerRoles, this.people.roles(absent));
	}

	@Override
	public List<FieldError> check(AbsenceRequest request) {
		String callerId = this.caller.id();
		List<String> callerRoles = this.caller.roles();
		return this.system.run(() -> {
			List<FieldError> problems = new ArrayList<>();
			String absent = (request.userId() != null && !request.userId().isBlank()) ? request.userId() : callerId;
			boolean absentKnown = absent != null && known(absent);
			if (!absentKnown) {
				problems.add(FieldError.of("userId", "no-such-user", "there is no user ''{0}''", absent));
			}
			else if (!actsFor(callerId, callerRoles, absent)) {
				problems.add(FieldError.of("userId", "absence-scope",
						"you record absences for yourself or for the people below you"));
			}
			LocalDate today = this.clock.today();
			if (request.to() != null && request.to().isBefore(today)) {
				problems.add(FieldError.of("to", "absence-over",
						"the absence is over: its last day is before today ({0})", today));
			}
			else if (absentKnown && request.from() != null && request.to() != null
					&& !request.to().isBefore(request.from())) {
				for (Absence standing : this.absences.overlapping(absent, request.from(), request.to())) {
					problems.add(FieldError.of("from", "absence-overlaps",
							"shares days with absence {0}, from {1} to {2}: end that one first", standing.id(),
							standing.startsOn(), standing.endsOn()));
				}
			}
			String substitute = request.substitute();
			if (substitute == null || substitute.isBlank()) {
				return problems;
			}
			if (!known(substitute)) {
				problems.add(FieldError.of("substitute", "no-such-user", "there is no user ''{0}''", substitute));
			}
			else if (substitute.equals(absent)) {
				problems
					.add(FieldError.of("substitute", "not-the-absent", "must be someone else than the absent person"));
			}
			else if (absentKnown) {
				List<String> missing = StandInRule.missing(this.people.roles(absent), this.people.roles(substitute));
				if (!missing.isEmpty()) {
					problems.add(FieldError.of("substitute", "substitute-role-too-low",
							"{0} does not hold the role {1} of {2} or a higher one", substitute,
							Roles.inLanguage(missing), absent));
				}
			}
			return problems;
		});
	}

	/**
	 * Who may stand in for the absent person (the caller when none is named), by name in
	 * the reader's language: each holds every role of theirs or a higher one.
	 */
	List<Colleague> standIns(String userId, Locale language) {
		String callerId = this.caller.id();
		List<String> callerRoles = this.caller.roles();
		String absent = (userId != null && !userId.isBlank()) ? userId : callerId;
		return this.system.run(() -> {
			if (!known(absent) || !actsFor(callerId, callerRoles, absent)) {
				throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "absence-scope",
						"You record absences for yourself or for the people below you", List.of(FieldError.of("userId",
								"absence-scope", "you record absences for yourself or for the people below you")));
			}
			Map<String, List<String>> roles = this.people.everyonesRoles();
			List<String> absentRoles = roles.getOrDefault(absent, List.of());
			return roles.keySet()
				.stream()
				.filter((user) -> !user.equals(absent) && StandInRule.missing(absentRoles, roles.get(user)).isEmpty())
				.map((user) -> new Colleague(user, this.people.named(user).in(language)))
				.toList();
		});
	}

	/**
	 * The people the caller records absences for besides themselves, by name in the
	 * reader's language: those below them, or everyone for the general manager and HR.
	 */
	List<Colleague> recordedFor(Locale language) {
		String callerId = this.caller.id();
		List<String> callerRoles = this.caller.roles();
		return this.system.run(() -> {
			Map<String, List<String>> roles = this.people.everyonesRoles();
			return roles.keySet()
				.stream()
				.filter((user) -> !user.equals(callerId)
						&& roles.get(user).stream().anyMatch(StandInRule.BUSINESS_ROLES::contains)
						&& (FOR_ANYONE.stream().anyMatch(callerRoles::contains)
								|| StandInRule.above(callerRoles, roles.get(user))))
				.map((user) -> new Colleague(user, this.people.named(user).in(language)))
				.toList();
		});
	}

	private boolean known(String userId) {
		return this.identityService.createUserQuery().userId(userId).count() > 0;
	}

}
