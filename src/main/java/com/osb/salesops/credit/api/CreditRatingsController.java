package com.osb.salesops.credit.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.osb.salesops.shared.web.CsvFiles;
import com.osb.salesops.credit.CreditRatingsReport;
import com.osb.salesops.credit.model.CreditRatingLine;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The credit rating report as JSON, or as CSV for a spreadsheet ({@code Accept: text/csv}
 * or {@code ?format=csv}), of one customer with {@code ?customer=}. A sales rep sees only
 * their own customers.
 */
@RestController
class CreditRatingsController {

	private static final List<String> ROLES = List.of(Roles.SALES_OPS, Roles.FINANCE, Roles.SALES_MANAGER,
			Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER, Roles.SALES_REP);

	private static final String CSV_HEADER = "customerCode,customerName,market,region,rep,grade,creditLimit,"
			+ "formulaLimit,manualAdjustment,paymentTerms,previousGrade,previousLimit,evaluatedOn,marketName,regionName,"
			+ "repName,openReceivables,committed,available";

	private final CreditRatingsReport report;

	private final CurrentUser currentUser;

	CreditRatingsController(CreditRatingsReport report, CurrentUser currentUser) {
		this.report = report;
		this.currentUser = currentUser;
	}

	@AllowedRoles({ Roles.SALES_OPS, Roles.FINANCE, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER,
			Roles.SALES_REP })
	@GetMapping(path = "/api/credit/ratings", produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	ResponseEntity<?> ratings(@RequestParam(required = false) String grade,
			@RequestParam(required = false) String market, @RequestParam(required = false) String region,
			@RequestParam(required = false) String customer, @RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		if (grade != null && !grade.matches("[A-E]")) {
			throw InvalidRequestException.of(HttpStatus.BAD_REQUEST, "unknown-grade", "Unknown grade",
					List.of(FieldError.of("grade", "grade", "must be one of A, B, C, D, E")));
		}
		List<CreditRatingLine> lines = this.report.lines(grade, market, region, onlyOwnCustomers(), customer);
		boolean csv = "csv".equalsIgnoreCase(format) || (accept != null && accept.contains("text/csv"));
		if (!csv) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(lines);
		}
		String body = Stream.concat(Stream.of(CSV_HEADER), lines.stream().map(CreditRatingsController::csv))
			.collect(Collectors.joining("\n", "", "\n"));
		return CsvFiles.download("credit-ratings.csv", body);
	}

	private String onlyOwnCustomers() {
		List<String> roles = this.currentUser.roles();
		boolean seesAll = roles.contains(Roles.ADMIN)
				|| ROLES.stream().filter((role) -> !role.equals(Roles.SALES_REP)).anyMatch(roles::contains);
		return seesAll ? null : this.currentUser.id();
	}

	private static String csv(CreditRatingLine line) {
		return Stream
			.of(line.customerCode(), line.customerName(), line.market(), line.region(), line.rep(), line.grade(),
					plain(line.creditLimit()), plain(line.formulaLimit()), plain(line.manualAdjustment()),
					line.paymentTerms(), line.previousGrade(), plain(line.previousLimit()),
					String.valueOf(line.evaluatedOn()), line.marketName(), line.regionName(), line.repName(),
					plain(line.openReceivables()), plain(line.committed()), plain(line.available()))
			.map(CsvFiles::cell)
			.collect(Collectors.joining(","));
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "";
	}

}
