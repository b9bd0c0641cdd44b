package com.osb.salesops.customercare.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.ordertocash.order.OrderFilters;
import com.osb.salesops.shared.web.CsvFiles;
import com.osb.salesops.customercare.SatisfactionReports;
import com.osb.salesops.customercare.SatisfactionReports.Satisfaction;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer satisfaction from the callbacks after delivery, by rep, region, product or
 * month: JSON, or CSV ({@code ?format=csv} or {@code Accept: text/csv}). A rep sees their
 * own customers only, a sales manager their team's, a sales director their market's.
 */
@RestController
class SatisfactionController {

	private final SatisfactionReports reports;

	private final CustomerCareReaders readers;

	private final BusinessClock clock;

	SatisfactionController(SatisfactionReports reports, CustomerCareReaders readers, BusinessClock clock) {
		this.reports = reports;
		this.readers = readers;
		this.clock = clock;
	}

	@GetMapping("/api/satisfaction")
	@AllowedRoles({ Roles.SALES_OPS, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER,
			Roles.SALES_ASSISTANT, Roles.SALES_REP })
	ResponseEntity<?> report(@RequestParam(defaultValue = "rep") String by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
			@RequestParam(required = false) String rep, @RequestParam(required = false) String region,
			@RequestParam(required = false) String market, @RequestParam(required = false) String product,
			@RequestParam(required = false) String channel) {
		List<FieldError> errors = new ArrayList<>();
		if (!SatisfactionReports.GROUPS.contains(by)) {
			errors.add(FieldError.of("by", "satisfaction-grouping", "Choose rep, region, product or month"));
		}
		errors.addAll(OrderFilters.problems(channel, product));
		if (!errors.isEmpty()) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "report-refused",
					"The report cannot be made as asked", errors);
		}
		LocalDate last = (to != null) ? to : this.clock.today();
		LocalDate first = (from != null) ? from : last.minusMonths(12).plusDays(1);
		List<Satisfaction> report = this.reports.report(by, this.readers.of(), first, last,
				new SatisfactionReports.Narrowing(rep, region, market, product, channel));
		if ("csv".equalsIgnoreCase(format) || (accept != null && accept.contains("text/csv"))) {
			StringBuilder csv = new StringBuilder(by + ",name,callbacks,delivery,product,service,followUps\n");
			report.forEach((line) -> csv.append(CsvFiles.cell(line.key()))
				.append(',')
				.append(CsvFiles.cell(line.name()))
				.append(',')
				.append(line.callbacks())
				.append(',')
				.append(line.delivery())
				.append(',')
				.append(line.product())
				.append(',')
				.append(line.service())
				.append(',')
				.append(line.followUps())
				.append('\n'));
			return CsvFiles.download("satisfaction-by-" + by + ".csv", csv.toString());
		}
		return ResponseEntity.ok(report);
	}

}
