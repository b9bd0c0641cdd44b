package com.osb.salesops.approvals.api;

import java.time.LocalDate;

import com.osb.salesops.ordertocash.order.OrderFilters;
import com.osb.salesops.shared.web.CsvFiles;
import com.osb.salesops.approvals.ApprovalBottlenecks;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.security.SalesScope;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/**
 * The bottleneck report of approvals as JSON, or as CSV ({@code ?format=csv} or
 * {@code Accept: text/csv}), for the tasks that arrived from {@code from} to {@code to}
 * (by default the last twelve months), for management and sales ops.
 */
@RestController
class BottleneckController {

	private static final List<String> SEE_EVERY_REP = List.of(Roles.SALES_OPS, Roles.GENERAL_MANAGER);

	private final ApprovalBottlenecks bottlenecks;

	private final BusinessClock clock;

	private final CurrentUser user;

	BottleneckController(ApprovalBottlenecks bottlenecks, BusinessClock clock, CurrentUser user) {
		this.bottlenecks = bottlenecks;
		this.clock = clock;
		this.user = user;
	}

	@GetMapping(path = "/api/approvals/bottlenecks", produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	@AllowedRoles({ Roles.SALES_OPS, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER })
	ResponseEntity<?> report(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
			@RequestParam(required = false) String rep, @RequestParam(required = false) String region,
			@RequestParam(required = false) String market, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String product) {
		LocalDate last = (to != null) ? to : this.clock.today();
		LocalDate first = (from != null) ? from : last.minusMonths(12).plusDays(1);
		if (last.isBefore(first) || first.isBefore(last.minusYears(5))) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "period-too-long",
					"Choose a period of at most 5 years",
					List.of(FieldError.of("to", "period-range", "must be after from, and at most 5 years after it")));
		}
		List<FieldError> errors = new ArrayList<>();
		errors.addAll(OrderFilters.problems(channel, product));
		if (!errors.isEmpty()) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "report-refused",
					"The report cannot be made as asked", errors);
		}
		SalesScope reader = SalesScope.of(this.user.id(), this.user.roles(), SEE_EVERY_REP);
		if (!this.bottlenecks.holds(reader, rep, region, market)) {
			throw NotFoundException.of("no-such-own-rep", "There is no rep {0} of yours",
					String.join(" ", nonBlank(rep, region, market)));
		}
		ApprovalBottlenecks.Report report = this.bottlenecks.report(first, last,
				new ApprovalBottlenecks.OrderNarrowing(rep, region, market, channel, product));
		if (!"csv".equalsIgnoreCase(format) && (accept == null || !accept.contains("text/csv"))) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
		}
		return CsvFiles.download("approval-bottlenecks-" + first + "-" + last + ".csv", report.csv());
	}

	private static List<String> nonBlank(String... values) {
		List<String> named = new ArrayList<>();
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				named.add(value);
			}
		}
		return named;
	}

}
