package com.osb.salesops.masterdata.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.osb.salesops.masterdata.ImportResult;
import com.osb.salesops.masterdata.MasterDataImports;
import com.osb.salesops.masterdata.OrganisationChangeRefused;
import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.masterdata.process.Departures;
import com.osb.salesops.masterdata.process.Departures.Departure;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sales organisation one record at a time, by sales ops and HR: a market, region, rep
 * or manager created or changed from a day on, the teams as they were on a past day, and
 * a person who leaves with the successor who takes over their work.
 */
@RestController
class OrganisationController {

	private final MasterDataImports imports;

	private final SalesTeams teams;

	private final Departures departures;

	private final CurrentUser user;

	private final BusinessClock clock;

	OrganisationController(MasterDataImports imports, SalesTeams teams, Departures departures, CurrentUser user,
			BusinessClock clock) {
		this.imports = imports;
		this.teams = teams;
		this.departures = departures;
		this.user = user;
		this.clock = clock;
	}

	@PostMapping("/api/organisation/changes")
	@AllowedRoles({ Roles.SALES_OPS, Roles.HR })
	ImportResult change(@Valid @RequestBody OrganisationChangeBody body) {
		LocalDate from = (body.effectiveFrom() != null) ? body.effectiveFrom() : this.clock.today();
		if (from.isAfter(this.clock.today())) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "change-refused",
					"The change cannot be made as it is", List.of(FieldError.of("effectiveFrom", "effective-not-future",
							"a change counts from today or an earlier day")));
		}
		return Records.imported(() -> this.imports.importRecord("organisation", body.columns(), this.user.id(), from));
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
	Departure repLeaves(@PathVariable String repId, @Valid @RequestBody DepartureBody body) {
		return refusedAsFields(() -> this.departures.repLeaves(repId, body.successor(), body.effectiveFrom(),
				body.reason(), this.user.id()));
	}

	@PostMapping("/api/organisation/managers/{userId}/departure")
	@AllowedRoles({ Roles.SALES_OPS, Roles.HR })
	Departure managerLeaves(@PathVariable String userId, @Valid @RequestBody DepartureBody body) {
		return refusedAsFields(() -> this.departures.managerLeaves(userId, body.successor(), body.effectiveFrom(),
				body.reason(), this.user.id()));
	}

	private static Departure refusedAsFields(java.util.function.Supplier<Departure> departure) {
		try {
			return departure.get();
		}
		catch (OrganisationChangeRefused refused) {
			throw InvalidRequestException
				.of(HttpStatus.UNPROCESSABLE_ENTITY, "departure-refused", "The departure cannot be recorded",
						refused.problems()
							.entrySet()
							.stream()
							.map((Map.Entry<String, String> p) -> new FieldError(
									"repId".equals(p.getKey()) || "userId".equals(p.getKey()) ? p.getKey()
											: p.getKey().startsWith("successor") ? "successor" : p.getKey(),
									p.getValue()))
							.toList());
		}
	}

}
