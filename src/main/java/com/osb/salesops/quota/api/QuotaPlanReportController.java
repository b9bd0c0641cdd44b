package com.osb.salesops.quota.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.osb.salesops.quota.PlanHeader;
import com.osb.salesops.quota.PlanLine;
import com.osb.salesops.quota.QuotaAttainment;
import com.osb.salesops.quota.QuotaPlanReports;
import com.osb.salesops.quota.RepAttainment;
import com.osb.salesops.quota.model.Channel;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.CsvFiles;
import com.osb.salesops.shared.web.ForbiddenException;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's report and its attainment to date. Sales ops, the sales leadership and finance
 * see every line of any plan; a rep sees only their own line of a published plan.
 */
@RestController
class QuotaPlanReportController {

	static final List<String> READERS = List.of(Roles.SALES_OPS, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER,
			Roles.FINANCE, Roles.ADMIN);

	private final QuotaPlanReports reports;

	private final QuotaAttainment attainment;

	private final CurrentUser currentUser;

	private final BusinessClock clock;

	QuotaPlanReportController(QuotaPlanReports reports, QuotaAttainment attainment, CurrentUser currentUser,
			BusinessClock clock) {
		this.reports = reports;
		this.attainment = attainment;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping("/api/quota/plans/{id}")
	ResponseEntity<?> plan(@PathVariable String id, @RequestParam(required = false) String format) {
		PlanHeader plan = plan(id);
		List<PlanLine> lines = this.reports.lines(id, ownOnly());
		if ("csv".equalsIgnoreCase(format)) {
			return CsvFiles.download(id + ".csv", csv(plan, lines));
		}
		return ResponseEntity.ok(PlanReport.of(plan, lines));
	}

	@GetMapping("/api/quota/plans/{id}/attainment")
	Map<String, Object> attainment(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		PlanHeader plan = plan(id);
		LocalDate date = (asOf != null) ? asOf : this.clock.today();
		List<RepAttainment> reps = this.attainment.toDate(plan, ownOnly(), date);
		return Map.of("planId", plan.id(), "year", plan.year(), "asOf", date.toString(), "reps", reps);
	}

	/**
	 * The plan, if the caller may see it; a rep sees a plan only once it is published.
	 */
	private PlanHeader plan(String id) {
		boolean rep = ownOnly() != null;
		if (rep && !this.currentUser.hasRole(Roles.SALES_REP)) {
			throw ForbiddenException.of("role-needed-or-rep", "This needs one of the roles {0} or sales-rep",
					Roles.inLanguage(READERS));
		}
		return this.reports.header(id)
			.filter((plan) -> !rep || plan.published())
			.orElseThrow(() -> NotFoundException.of("no-such-quota-plan", "No quota plan {0}", id));
	}

	/** The caller's user id when they may see only their own lines, else {@code null}. */
	private String ownOnly() {
		return this.currentUser.roles().stream().anyMatch(READERS::contains) ? null : this.currentUser.id();
	}

	private static String csv(PlanHeader plan, List<PlanLine> lines) {
		StringBuilder csv = new StringBuilder("planId,market,region,rep,month,channel,quota\n");
		for (PlanLine line : lines) {
			for (int month = 0; month < 12; month++) {
				for (Channel channel : Channel.values()) {
					csv.append(plan.id())
						.append(',')
						.append(CsvFiles.cell(line.marketId()))
						.append(',')
						.append(CsvFiles.cell(line.regionId()))
						.append(',')
						.append(CsvFiles.cell(line.repId()))
						.append(',')
						.append(month + 1)
						.append(',')
						.append(channel.name())
						.append(',')
						.append(line.months()[month][channel.ordinal()])
						.append('\n');
				}
			}
		}
		return csv.toString();
	}

}
