package com.osb.salesops.approvals.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.osb.salesops.approvals.Absences;
import com.osb.salesops.approvals.Absences.Absence;
import com.osb.salesops.approvals.model.Colleague;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.process.SystemActions;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.ForbiddenException;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.NotFoundException;
import org.camunda.bpm.engine.TaskService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records absences (checked by {@link AbsenceCheck}) and, for one that has begun, offers
 * the tasks that already wait for the absent person to their substitute at once; the
 * task-deadlines process does it for absences recorded ahead when their first day comes.
 */
@Service
public class AbsenceDesk {

	/** The roles that see everyone's absences. */
	static final List<String> SEE_ALL = List.of(Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER,
			Roles.HR, Roles.SALES_OPS, Roles.ADMIN);

	private final Absences absences;

	private final Substitutions substitutions;

	private final Subjects subjects;

	private final TaskService taskService;

	private final AuditLog audit;

	private final BusinessClock clock;

	private final SystemActions system;

	private final AbsenceCheck check;

	AbsenceDesk(Absences absences, Substitutions substitutions, Subjects subjects, TaskService taskService,
			AuditLog audit, BusinessClock clock, SystemActions system, AbsenceCheck check) {
		this.check = check;
		this.absences = absences;
		this.substitutions = substitutions;
		this.subjects = subjects;
		this.taskService = taskService;
		this.audit = audit;
		this.clock = clock;
		this.system = system;
	}

	/**
	 * Who may stand in for the person (the caller when none is named) while they are
	 * away, by name in the reader's language.
	 */
	public List<Colleague> standIns(String userId, Locale language) {
		return this.check.standIns(userId, language);
	}

	/**
	 * The people the caller records absences for besides themselves, by name in the
	 * reader's language.
	 */
	public List<Colleague> recordedFor(Locale language) {
		return this.check.recordedFor(language);
	}

	/**
	 * Records an absence and offers the absent person's waiting tasks if it has begun.
	 */
	@Transactional
	public Absence record(String userId, LocalDate from, LocalDate to, String substitute, String reason,
			String recordedBy) {
		long id = this.absences.record(userId, from, to, substitute, reason, recordedBy, this.clock.timestamp());
		Absence absence = this.absences.find(id).orElseThrow();
		this.audit.record(recordedBy, "ABSENCE_RECORDED", "absence", String.valueOf(id), null,
				userId + " absent from " + from + " to " + to + ", substitute " + substitute
						+ ((reason != null && !reason.isBlank()) ? ": " + reason : ""));
		LocalDate today = this.clock.today();
		if (!from.isAfter(today) && !to.isBefore(today)) {
			this.system.run(() -> {
				this.substitutions.offerWaiting(absence, this.taskService, this.subjects);
				return null;
			});
		}
		return absence;
	}

	/**
	 * Ends an absence before its last day: one not begun is called off, one under way
	 * ends now, and its offers to the substitute are taken back at once. The absent
	 * person, the one who recorded it and whoever may record it for the absent person end
	 * it; someone else who sees it (its substitute) is refused, and to anyone else it is
	 * not there.
	 * @throws NotFoundException when there is no such absence the caller sees
	 * @throws ForbiddenException when the caller sees it but may not end it
	 * @throws InvalidRequestException (409) when it is over already
	 */
	@Transactional
	public Absence end(long id, String callerId, List<String> callerRoles) {
		Absence absence = this.absences.find(id)
			.filter((found) -> sees(found, callerId, callerRoles))
			.orElseThrow(() -> NotFoundException.of("no-such-absence", "There is no absence {0}", id));
		if (!callerId.equals(absence.recordedBy())
				&& !this.system.run(() -> this.check.actsFor(callerId, callerRoles, absence.userId()))) {
			throw ForbiddenException.of("absence-not-yours",
					"Absence {0} is ended by the absent person, the one who recorded it or someone above them", id);
		}
		LocalDate today = this.clock.today();
		if (absence.overOn(today) || !this.absences.end(id, callerId, this.clock.timestamp())) {
			throw InvalidRequestException.of(HttpStatus.CONFLICT, "absence-over", "Absence {0} is over already",
					List.of(), id);
		}
		this.audit.record(callerId, "ABSENCE_ENDED", "absence", String.valueOf(id), null,
				absence.userId() + " absent from " + absence.startsOn() + " to " + absence.endsOn() + ", substitute "
						+ absence.substituteUserId() + ": "
						+ (absence.startsOn().isAfter(today) ? "called off" : "ended on " + today));
		if (!absence.startsOn().isAfter(today)) {
			this.system.run(() -> {
				this.substitutions.withdrawEnded(this.taskService, this.subjects);
				return null;
			});
		}
		return this.absences.find(id).orElseThrow();
	}

	private static boolean sees(Absence absence, String userId, List<String> roles) {
		return SEE_ALL.stream().anyMatch(roles::contains) || absence.userId().equals(userId)
				|| absence.substituteUserId().equals(userId) || absence.recordedBy().equals(userId);
	}

	/**
	 * The absences not yet over that the user may see: their own and those they stand in
	 * for, or all.
	 */
	public List<Absence> visibleTo(String userId, List<String> roles) {
		List<Absence> current = this.absences.from(null, this.clock.today());
		if (SEE_ALL.stream().anyMatch(roles::contains)) {
			return current;
		}
		return current.stream().filter((absence) -> sees(absence, userId, roles)).toList();
	}

}
