package com.osb.salesops.customercare.api;

import java.time.LocalDate;

import com.osb.salesops.customercare.ComplianceReport.CustomerFinding;
import com.osb.salesops.customercare.ComplianceReport;
import com.osb.salesops.customercare.ComplianceReports.Scope;
import com.osb.salesops.customercare.ComplianceReports;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.security.SalesScope;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.CsvFiles;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The compliance of customer files and visits, for sales ops and management: per rep,
 * region and market, every finding explained, the trend over 12 weeks; JSON, or CSV
 * ({@code ?format=csv} or {@code Accept: text/csv}) with one finding a line. A rep sees
 * their own customers only, a sales manager their team's, a sales director their
 * market's.
 */
@RestController
class ComplianceController {

	private static final int TREND_WEEKS = 12;

	private final ComplianceReports reports;

	private final CustomerCareReaders readers;

	private final BusinessClock clock;

	ComplianceController(ComplianceReports reports, CustomerCareReaders readers, BusinessClock clock) {
		this.reports = reports;
		this.readers = readers;
		this.clock = clock;
	}

	@GetMapping("/api/compliance")
	@AllowedRoles({ Roles.SALES_OPS, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER,
			Roles.SALES_ASSISTANT, Roles.SALES_REP })
	ResponseEntity<?> report(@RequestParam(required = false) String rep, @RequestParam(required = false) String region,
			@RequestParam(required = false) String market, @RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		SalesScope reader = this.readers.of();
		String repId = blank(rep);
		if (repId != null && !this.readers.covers(reader, repId)) {
			throw NotFoundException.of("no-such-own-rep", "There is no rep {0} of yours", repId);
		}
		ComplianceReport report = this.reports.report(new Scope(reader, repId, blank(region), blank(market)),
				this.clock.today(), TREND_WEEKS);
		if ("csv".equalsIgnoreCase(format) || (accept != null && accept.contains("text/csv"))) {
			return CsvFiles.download("compliance-" + report.asOf() + ".csv", csv(report));
		}
		return ResponseEntity.ok(report);
	}

	private static String csv(ComplianceReport report) {
		StringBuilder csv = new StringBuilder(
				"asOf,market,region,rep,customerCode,customerName,duty,rule,explanation\n");
		for (CustomerFinding finding : report.findings()) {
			csv.append(report.asOf())
				.append(',')
				.append(cell(finding.marketId()))
				.append(',')
				.append(cell(finding.regionId()))
				.append(',')
				.append(cell(finding.repId()))
				.append(',')
				.append(cell(finding.customerCode()))
				.append(',')
				.append(cell(finding.customerName()))
				.append(',')
				.append(cell(finding.duty()))
				.append(',')
				.append(cell(finding.rule()))
				.append(',')
				.append(cell(finding.explanation()))
				.append('\n');
		}
		return csv.toString();
	}

	/** A CSV cell, quoted when needed; a leading formula sign is neutralised. */
	private static String cell(String value) {
		String text = (value != null) ? value : "";
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return (text.contains(",") || text.contains("\"") || text.contains("\n"))
				? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
