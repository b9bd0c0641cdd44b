package com.osb.salesops.masterdata.api;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import com.osb.salesops.masterdata.MasterDataImports;
import com.osb.salesops.masterdata.OrganisationChangeRefused;
import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.masterdata.process.OrganisationChanges;
import com.osb.salesops.masterdata.process.PendingChange;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.NotFoundException;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sales organisation one record at a time, by sales ops and HR: a market, region, rep
 * or manager created or changed from a day on, the teams as they were on a past day, and
 * a person who leaves with the successor who takes over their work. A change or a
 * departure from a later day waits, pending and cancellable, until its day.
 */
@RestController
class OrganisationController {

	private final MasterDataImports imports;

	private final SalesTeams teams;

	private final OrganisationChanges changes;

	private final CurrentUser user;

	private final BusinessClock clock;

	OrganisationController(MasterDataImports imports, SalesTeams teams, OrganisationChanges changes, CurrentUser user,
			BusinessClock clock) {
		this.imports = imports;
		this.teams = teams;
		this.changes = changes;
		this.user = user;
		this.clock = clock;
	}

	/**
	 * A record from today or an earlier day is stored at once (200); from a later day it
	 * is checked now and kept pending until its day (202).
	 */
	@PostMapping("/api/organisation/changes")
	@AllowedRoles({ Roles.SALES_OPS, Roles.HR })
	ResponseEntity<Object> change(@Valid @RequestBody OrganisationChangeBody body) {
		LocalDate from = (body.effectiveFrom() != null) ? body.effectiveFrom() : this.clock.today();
		if (this.changes.ahead(from)) {
			return ResponseEntity.accepted()
				.body(refusedAsFields("change-refused", "The change cannot be made as it is",
						() -> Records.imported(() -> this.changes.schedule(body.columns(), from, this.user.id()))));
		}
		return ResponseEntity.ok(Records
			.imported(() -> this.imports.importRecord("organisation", body.columns(), this.user.id(), from)));
	}

	@GetMapping("/api/organisation/changes/pending")
	@AllowedRoles({ Roles.SALES_OPS, Roles.FINANCE, Roles.HR, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR,
			Roles.GENERAL_MANAGER })
	List<PendingChange> pending() {
		return this.changes.pending();
	}

	/**
	 * Cancels a change before its day: 404 for no such change, 409 once it is settled.
	 */
	@DeleteMapping("/api/organisation/changes/{id}")
	@AllowedRoles({ Roles.SALES_OPS, Roles.HR })
	PendingChange cancel(@PathVariable long id) {
		try {
			return this.changes.cancel(id, this.user.id())
				.orElseThrow(
						() -> NotFoundException.of("no-such-organisation-change", "No organisation change {0}", id));
		}
		catch (OrganisationChangeRefused refused) {
			throw InvalidRequestException.of(HttpStatus.CONFLICT, "change-not-cancellable",
					"The change cannot be cancelled", fields(refused));
		}
	}

	@GetMapping("/api/organisation/teams")
	@AllowedRoles({ Roles.SALES_OPS, Roles.FINANCE, Roles.HR, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR,
			Roles.GENERAL_MANAGER })
	List<SalesTeams.Member> teams(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return this.teams.asOf((asOf != null) ? asOf : this.clock.today());
	}

	@PostMapping("/api/organisation/reps/{repId}/departure")
	@AllowedRoles({ Roles.SALES_OPS, Roles.HR })
	ResponseEntity<Object> repLeaves(@PathVariable String repId, @Valid @RequestBody DepartureBody body) {
		return leaves("REP", repId, body);
	}

	@PostMapping("/api/organisation/managers/{userId}/departure")
	@AllowedRoles({ Roles.SALES_OPS, Roles.HR })
	ResponseEntity<Object> managerLeaves(@PathVariable String userId, @Valid @RequestBody DepartureBody body) {
		return leaves("MANAGER", userId, body);
	}

	/**
	 * A departure from today or an earlier day is made at once (200, what moved); from a
	 * later day it is checked now and kept pending until its day (202).
	 */
	private ResponseEntity<Object> leaves(String type, String id, DepartureBody body) {
		String refused = "The departure cannot be recorded";
		if (this.changes.ahead(body.effectiveFrom())) {
			return ResponseEntity.accepted()
				.body(refusedAsFields("departure-refused", refused, () -> this.changes.scheduleDeparture(type, id,
						body.successor(), body.effectiveFrom(), body.reason(), this.user.id())));
		}
		return ResponseEntity.ok(refusedAsFields("departure-refused", refused, () -> this.changes.departNow(type, id,
				body.successor(), body.effectiveFrom(), body.reason(), this.user.id())));
	}

	private static <T> T refusedAsFields(String code, String message, Supplier<T> change) {
		try {
			return change.get();
		}
		catch (OrganisationChangeRefused refused) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, code, message, fields(refused));
		}
	}

	private static List<FieldError> fields(OrganisationChangeRefused refused) {
		return refused.fieldErrors()
			.stream()
			.map((error) -> new FieldError(error.field().startsWith("successor") ? "successor" : error.field(),
					error.message(), error.code()))
			.toList();
	}

}
