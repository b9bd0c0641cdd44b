package com.osb.salesops.customercare.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.customercare.ComplianceReport.CustomerFinding;
import com.osb.salesops.customercare.CompliancePages;
import com.osb.salesops.customercare.ComplianceReports.Scope;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.security.SalesScope;
import com.osb.salesops.shared.web.CsvFiles;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The compliance of customer files and visits, for sales ops and management: per rep,
 * region and market, the findings explained a page at a time ({@code page} from 0,
 * {@code size} up to 500, the customers with most findings first), the trend over 12
 * weeks; JSON, or CSV ({@code ?format=csv} or {@code Accept: text/csv}) with every
 * finding, one a line, written as it is read. A rep sees their own customers only, a
 * sales manager their team's, a sales director their market's.
 */
@RestController
class ComplianceController {

	private static final int MAX_PAGE_SIZE = 500;

	private static final String HEADER = "asOf,market,region,rep,customerCode,customerName,duty,rule,explanation\n";

	private final CompliancePages pages;

	private final CustomerCareReaders readers;

	ComplianceController(CompliancePages pages, CustomerCareReaders readers) {
		this.pages = pages;
		this.readers = readers;
	}

	@GetMapping("/api/compliance")
	@AllowedRoles({ Roles.SALES_OPS, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER,
			Roles.SALES_ASSISTANT, Roles.SALES_REP })
	ResponseEntity<?> report(@RequestParam(required = false) String rep, @RequestParam(required = false) String region,
			@RequestParam(required = false) String market, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response)
			throws IOException {
		List<FieldError> errors = new ArrayList<>();
		int pageNumber = number("page", page, 0, 0, 100_000, errors);
		int pageSize = number("size", size, 50, 1, MAX_PAGE_SIZE, errors);
		if (!errors.isEmpty()) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "report-refused",
					"The report cannot be made as asked", errors);
		}
		SalesScope reader = this.readers.of();
		String repId = blank(rep);
		if (repId != null && !this.readers.covers(reader, repId)) {
			throw NotFoundException.of("no-such-own-rep", "There is no rep {0} of yours", repId);
		}
		Scope scope = new Scope(reader, repId, blank(region), blank(market));
		if ("csv".equalsIgnoreCase(format) || (accept != null && accept.contains("text/csv"))) {
			csv(scope, response);
			return null;
		}
		return ResponseEntity.ok(this.pages.report(scope, pageNumber, pageSize));
	}

	/** Every finding of the scope as CSV, written to the answer row by row. */
	private void csv(Scope scope, HttpServletResponse response) throws IOException {
		LocalDate asOf = this.pages.current();
		response.setStatus(HttpStatus.OK.value());
		response.setContentType(CsvFiles.TEXT_CSV.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("compliance-" + asOf + ".csv").build().toString());
		Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		out.write(CsvFiles.BOM + HEADER);
		this.pages.eachFinding(scope, (finding) -> write(out, asOf, finding));
		out.flush();
	}

	private static void write(Writer out, LocalDate asOf, CustomerFinding finding) {
		try {
			out.write(asOf + "," + CsvFiles.cell(finding.marketId()) + "," + CsvFiles.cell(finding.regionId()) + ","
					+ CsvFiles.cell(finding.repId()) + "," + CsvFiles.cell(finding.customerCode()) + ","
					+ CsvFiles.cell(finding.customerName()) + "," + CsvFiles.cell(finding.duty()) + ","
					+ CsvFiles.cell(finding.rule()) + "," + CsvFiles.cell(finding.explanation()) + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int number(String name, String value, int defaultValue, int min, int max, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			return defaultValue;
		}
		try {
			int number = Integer.parseInt(value.trim());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.add(FieldError.of(name, "whole-number-range", "must be a whole number from {0} to {1}", min, max));
		return defaultValue;
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
