package com.osb.salesops.approvals.api;

import java.util.List;
import java.util.Locale;

import com.osb.salesops.approvals.Absences.Absence;
import com.osb.salesops.approvals.model.Colleague;
import com.osb.salesops.approvals.process.AbsenceDesk;
import com.osb.salesops.approvals.process.TaskDelegations;
import com.osb.salesops.masterdata.UserAccounts;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Absences with their substitutes, and one task handed to a colleague. Everyone records
 * their own absence and sees it; managers record them for the people below them and see
 * everyone's.
 */
@RestController
class AbsenceController {

	private final AbsenceDesk desk;

	private final TaskDelegations delegations;

	private final CurrentUser user;

	private final UserAccounts people;

	AbsenceController(AbsenceDesk desk, TaskDelegations delegations, CurrentUser user, UserAccounts people) {
		this.desk = desk;
		this.delegations = delegations;
		this.user = user;
		this.people = people;
	}

	@PostMapping("/api/absences")
	@ResponseStatus(HttpStatus.CREATED)
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_ASSISTANT, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR,
			Roles.GENERAL_MANAGER, Roles.FINANCE, Roles.WAREHOUSE, Roles.SALES_OPS, Roles.HR })
	AbsenceView record(@Valid @RequestBody AbsenceRequest body) {
		String absent = (body.userId() != null && !body.userId().isBlank()) ? body.userId() : this.user.id();
		return view(this.desk.record(absent, body.from(), body.to(), body.substitute(), body.reason(), this.user.id()));
	}

	@GetMapping("/api/absences")
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_ASSISTANT, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR,
			Roles.GENERAL_MANAGER, Roles.FINANCE, Roles.WAREHOUSE, Roles.SALES_OPS, Roles.HR })
	List<AbsenceView> list() {
		return this.desk.visibleTo(this.user.id(), this.user.roles()).stream().map(this::view).toList();
	}

	/** The people the caller records absences for besides themselves. */
	@GetMapping("/api/absences/people")
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_ASSISTANT, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR,
			Roles.GENERAL_MANAGER, Roles.FINANCE, Roles.WAREHOUSE, Roles.SALES_OPS, Roles.HR })
	List<Colleague> people() {
		return this.desk.recordedFor(LocaleContextHolder.getLocale());
	}

	/** Who may stand in for the person (the caller when none is named). */
	@GetMapping("/api/absences/stand-ins")
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_ASSISTANT, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR,
			Roles.GENERAL_MANAGER, Roles.FINANCE, Roles.WAREHOUSE, Roles.SALES_OPS, Roles.HR })
	List<Colleague> standIns(@RequestParam(required = false) String userId) {
		return this.desk.standIns(userId, LocaleContextHolder.getLocale());
	}

	@DeleteMapping("/api/absences/{id}")
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_ASSISTANT, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR,
			Roles.GENERAL_MANAGER, Roles.FINANCE, Roles.WAREHOUSE, Roles.SALES_OPS, Roles.HR })
	AbsenceView end(@PathVariable long id) {
		return view(this.desk.end(id, this.user.id(), this.user.roles()));
	}

	@GetMapping("/api/tasks/{taskId}/delegation")
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_ASSISTANT, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR,
			Roles.GENERAL_MANAGER, Roles.FINANCE, Roles.WAREHOUSE, Roles.SALES_OPS, Roles.HR })
	List<Colleague> delegates(@PathVariable String taskId) {
		return this.delegations.delegates(taskId, this.user.id(), LocaleContextHolder.getLocale());
	}

	@PostMapping("/api/tasks/{taskId}/delegation")
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_ASSISTANT, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR,
			Roles.GENERAL_MANAGER, Roles.FINANCE, Roles.WAREHOUSE, Roles.SALES_OPS, Roles.HR })
	TaskDelegations.Delegated delegate(@PathVariable String taskId, @Valid @RequestBody DelegationRequest body) {
		return this.delegations.delegate(taskId, body.delegate(), body.reason(), this.user.id());
	}

	/** The absence with its people named in the reader's language. */
	private AbsenceView view(Absence absence) {
		Locale language = LocaleContextHolder.getLocale();
		return new AbsenceView(absence.id(), absence.userId(), this.people.shownName(absence.userId(), language),
				absence.startsOn(), absence.endsOn(), absence.substituteUserId(),
				this.people.shownName(absence.substituteUserId(), language), absence.reason(), absence.recordedBy(),
				(absence.endedAt() != null) ? absence.endedAt().toInstant() : null, absence.endedBy());
	}

	/**
	 * An absence as its people read it; when and by whom it was ended early, if it was.
	 *
	 * @param userName the absent person's name, with their role in the reader's words
	 * @param substituteName the stand-in's name, the same way
	 */
	record AbsenceView(long id, String userId, String userName, java.time.LocalDate from, java.time.LocalDate to,
			String substitute, String substituteName, String reason, String recordedBy, java.time.Instant endedAt,
			String endedBy) {
	}

}
