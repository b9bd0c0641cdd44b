package com.osb.salesops.receivables.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.osb.salesops.ordertocash.order.OrderFilters;
import com.osb.salesops.shared.web.CsvFiles;
import com.osb.salesops.receivables.Ageing;
import com.osb.salesops.receivables.CollectionCaseList;
import com.osb.salesops.receivables.ReceivablesScope;
import com.osb.salesops.receivables.Statements;
import com.osb.salesops.receivables.StatementDocuments;
import com.osb.salesops.receivables.Statements.OpenInvoices;
import com.osb.salesops.receivables.Statements.Statement;
import com.osb.salesops.shared.documents.GeneratedDocument;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The receivables reports: ageing as of any day by customer, rep, region or market, and a
 * customer's statement of account, as JSON, CSV ({@code ?format=csv}) or, for the
 * statement, a printable page ({@code ?format=html}) or a PDF ({@code ?format=pdf}). Each
 * role sees the customers of its scope; another customer's statement does not exist for
 * them.
 */
@RestController
class ReceivablesController {

	private final Ageing ageing;

	private final Statements statements;

	private final CollectionCaseList cases;

	private final CurrentUser currentUser;

	private final BusinessClock clock;

	private final StatementDocuments documents;

	ReceivablesController(Ageing ageing, Statements statements, CollectionCaseList cases, CurrentUser currentUser,
			BusinessClock clock, StatementDocuments documents) {
		this.documents = documents;
		this.ageing = ageing;
		this.statements = statements;
		this.cases = cases;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping(path = "/api/receivables/ageing", produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.FINANCE, Roles.SALES_OPS,
			Roles.GENERAL_MANAGER })
	ResponseEntity<?> ageing(@RequestParam(required = false) String asOf,
			@RequestParam(required = false, defaultValue = "customer") String by,
			@RequestParam(required = false) String format, @RequestParam(required = false) String rep,
			@RequestParam(required = false) String region, @RequestParam(required = false) String market,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String product) {
		LocalDate day = date("asOf", asOf, this.clock.today());
		Ageing.Grouping grouping = grouping(by);
		List<FieldError> errors = new ArrayList<>();
		errors.addAll(OrderFilters.problems(channel, product));
		if (!errors.isEmpty()) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "report-refused",
					"The report cannot be made as asked", errors);
		}
		Ageing.Report report = this.ageing.report(day, grouping, scope(),
				new Ageing.Narrowing(rep, region, market, channel, product));
		if (!"csv".equalsIgnoreCase(format)) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
		}
		return csv("ageing-" + day + ".csv", ReceivablesCsv.ageing(report));
	}

	/** The open collections cases of the caller's customers, oldest due first. */
	@GetMapping("/api/receivables/collections")
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.FINANCE, Roles.SALES_OPS,
			Roles.GENERAL_MANAGER })
	Map<String, Object> collections() {
		LocalDate today = this.clock.today();
		return Map.of("asOf", today, "items", this.cases.open(scope(), today));
	}

	@GetMapping(path = "/api/receivables/customers/{code}/statement",
			produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv", MediaType.TEXT_HTML_VALUE,
					MediaType.APPLICATION_PDF_VALUE })
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.FINANCE, Roles.SALES_OPS,
			Roles.GENERAL_MANAGER })
	ResponseEntity<?> statement(@PathVariable String code, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String format) {
		LocalDate last = date("to", to, this.clock.today());
		LocalDate first = date("from", from, last.withDayOfYear(1));
		if (first.isAfter(last)) {
			throw InvalidRequestException.of(HttpStatus.BAD_REQUEST, "period-reversed",
					"The period ends before it starts",
					List.of(FieldError.of("from", "not-after-to", "must not be after to")));
		}
		Statement statement = this.statements.of(code, first, last, scope())
			.orElseThrow(() -> NotFoundException.of("no-such-customer", "There is no customer {0}", code));
		if ("csv".equalsIgnoreCase(format)) {
			return csv("statement-" + code + "-" + last + ".csv", ReceivablesCsv.statement(statement));
		}
		if ("pdf".equalsIgnoreCase(format)) {
			GeneratedDocument pdf = this.documents.pdf(statement, this.currentUser.id());
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline().filename(pdf.fileName(), StandardCharsets.UTF_8).build().toString())
				.body(pdf.content());
		}
		if ("html".equalsIgnoreCase(format)) {
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
				.body(StatementPage.html(statement, LocaleContextHolder.getLocale()));
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(statement);
	}

	/**
	 * What is still open of each of the customer's invoices today, oldest due first, as
	 * finance picks the ones a payment settles.
	 */
	@GetMapping("/api/receivables/customers/{code}/open-invoices")
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.FINANCE, Roles.SALES_OPS,
			Roles.GENERAL_MANAGER })
	OpenInvoices openInvoices(@PathVariable String code) {
		return this.statements.openInvoices(code, this.clock.today(), scope())
			.orElseThrow(() -> NotFoundException.of("no-such-customer", "There is no customer {0}", code));
	}

	private ReceivablesScope scope() {
		return ReceivablesScope.of(this.currentUser.id(), this.currentUser.roles());
	}

	private static ResponseEntity<byte[]> csv(String file, String body) {
		return CsvFiles.download(file, body);
	}

	private static Ageing.Grouping grouping(String by) {
		try {
			return Ageing.Grouping.valueOf(by.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidRequestException.of(HttpStatus.BAD_REQUEST, "unknown-grouping", "Unknown grouping", List
				.of(FieldError.of("by", "receivables-grouping", "must be one of customer, rep, region, market")));
		}
	}

	private static LocalDate date(String field, String value, LocalDate otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw InvalidRequestException.of(HttpStatus.BAD_REQUEST, "not-a-date", "Not a date",
					List.of(FieldError.of(field, "date-format", "must be a date like 2026-03-31")));
		}
	}

}
