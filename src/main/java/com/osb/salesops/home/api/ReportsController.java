package com.osb.salesops.home.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.osb.salesops.ordertocash.order.OrderFilters;
import com.osb.salesops.home.AttainmentReport;
import com.osb.salesops.home.CycleTimes;
import com.osb.salesops.home.HomeTeam;
import com.osb.salesops.home.TeamRep;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures of the report pages that no other capability answers: attainment by rep,
 * region or market, and the orders' cycle times. Each covers only the reps the caller
 * sees; naming a rep, region or market outside them is answered 404.
 */
@RestController
class ReportsController {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private static final List<String> GROUPINGS = List.of("rep", "region", "market");

	private final HomeTeam team;

	private final AttainmentReport attainment;

	private final CycleTimes cycleTimes;

	private final CurrentUser user;

	private final BusinessClock clock;

	ReportsController(HomeTeam team, AttainmentReport attainment, CycleTimes cycleTimes, CurrentUser user,
			BusinessClock clock) {
		this.team = team;
		this.attainment = attainment;
		this.cycleTimes = cycleTimes;
		this.user = user;
		this.clock = clock;
	}

	@GetMapping("/api/reports/attainment")
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER, Roles.SALES_OPS,
			Roles.FINANCE })
	Map<String, Object> attainment(@RequestParam(required = false) String quarter,
			@RequestParam(defaultValue = "rep") String by, @RequestParam(required = false) String rep,
			@RequestParam(required = false) String region, @RequestParam(required = false) String market) {
		List<FieldError> errors = new ArrayList<>();
		LocalDate today = this.clock.today();
		LocalDate day = today;
		if (quarter != null && !quarter.isBlank()) {
			Matcher matcher = QUARTER.matcher(quarter);
			if (matcher.matches()) {
				LocalDate end = LocalDate
					.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)) * 3, 1)
					.plusMonths(1)
					.minusDays(1);
				day = end.isBefore(today) ? end : today;
				if (end.minusMonths(3).isAfter(today)) {
					errors.add(FieldError.of("quarter", "future-quarter", "must not be a quarter to come"));
				}
			}
			else {
				errors.add(FieldError.of("quarter", "quarter-format-q4", "must be a quarter like 2026-Q4"));
			}
		}
		if (!GROUPINGS.contains(by)) {
			errors.add(FieldError.of("by", "report-grouping", "must be one of rep, region, market"));
		}
		refuse(errors);
		return this.attainment.report(reps(rep, region, market), day, by);
	}

	@GetMapping("/api/reports/cycle-times")
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER, Roles.SALES_OPS,
			Roles.FINANCE })
	Map<String, Object> cycleTimes(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String rep, @RequestParam(required = false) String region,
			@RequestParam(required = false) String market, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String product) {
		LocalDate last = (to != null) ? to : this.clock.today();
		LocalDate first = (from != null) ? from : last.withDayOfMonth(1).minusMonths(11);
		List<FieldError> errors = new ArrayList<>();
		if (last.isBefore(first) || first.isBefore(last.minusYears(5))) {
			errors.add(FieldError.of("to", "period-range", "must be after from, and at most 5 years after it"));
		}
		errors.addAll(OrderFilters.problems(channel, product));
		refuse(errors);
		List<String> repIds = reps(rep, region, market).stream().map(TeamRep::repId).toList();
		return this.cycleTimes.report(repIds, first, last, blankAsNull(channel), blankAsNull(product));
	}

	private List<TeamRep> reps(String rep, String region, String market) {
		return this.team.reps(this.user.id(), this.user.roles(), rep, region, market);
	}

	private static void refuse(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "report-refused",
					"The report cannot be made as asked", errors);
		}
	}

	private static String blankAsNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
