package com.osb.salesops.forecast.api;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.osb.salesops.forecast.FlagReasons;
import com.osb.salesops.forecast.ForecastRefused;
import com.osb.salesops.forecast.ForecastReports;
import com.osb.salesops.forecast.ForecastSubmissions;
import com.osb.salesops.forecast.StoredLine;
import com.osb.salesops.forecast.Submission;
import com.osb.salesops.forecast.process.ForecastUploads;
import com.osb.salesops.ordertocash.order.OrderFilters;
import com.osb.salesops.shared.language.RuleTexts;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.CsvFiles;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The forecast over HTTP: a rep uploads their forecast of a month as CSV; everyone
 * concerned reads the submissions, the roll-up and the accuracy they may see, as JSON or
 * CSV ({@code format=csv} or {@code Accept: text/csv}, UTF-8).
 */
@RestController
class ForecastController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final int MAX_MONTHS = 24;

	private final ForecastUploads uploads;

	private final ForecastSubmissions submissions;

	private final ForecastReports reports;

	private final ForecastReaders readers;

	private final CurrentUser currentUser;

	private final BusinessClock clock;

	ForecastController(ForecastUploads uploads, ForecastSubmissions submissions, ForecastReports reports,
			ForecastReaders readers, CurrentUser currentUser, BusinessClock clock) {
		this.uploads = uploads;
		this.submissions = submissions;
		this.reports = reports;
		this.readers = readers;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@PostMapping(path = "/api/forecasts/{period}/submission", consumes = { "text/csv", "text/plain" })
	@AllowedRoles(Roles.SALES_REP)
	ResponseEntity<Map<String, Object>> upload(@PathVariable String period,
			@RequestParam(required = false) String encoding,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			@RequestBody(required = false) byte[] file) {
		String month = month(period, "period").toString();
		String csv = (file != null) ? CsvFiles.read(file, encoding, contentType) : null;
		try {
			ForecastUploads.Uploaded uploaded = this.uploads.upload(month, this.currentUser.id(), csv)
				.orElseThrow(() -> NotFoundException.of("no-forecast-to-submit",
						"You have no forecast of {0} to submit", month));
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("submissionId", uploaded.submission().id());
			body.put("period", month);
			body.put("version", uploaded.submission().version());
			body.put("status", "SUBMITTED");
			body.put("lines", uploaded.lines().stream().map(ForecastController::line).toList());
			return ResponseEntity.status(HttpStatus.CREATED).body(body);
		}
		catch (ForecastRefused ex) {
			throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, ex.code(), ex.getMessage(), ex.problems()
				.stream()
				.map((problem) -> new FieldError(problem.field(), ForecastRefused.text(problem), problem.code()))
				.toList());
		}
	}

	@GetMapping("/api/forecasts/{period}/submissions")
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER, Roles.SALES_OPS,
			Roles.SALES_ASSISTANT })
	List<Map<String, Object>> submissions(@PathVariable String period) {
		Predicate<String> visible = this.readers.visibleReps();
		List<Map<String, Object>> views = new ArrayList<>();
		for (Submission submission : this.submissions.submissions(month(period, "period").toString())) {
			if (visible.test(submission.repId())) {
				Map<String, Object> view = new LinkedHashMap<>();
				view.put("submissionId", submission.id());
				view.put("repId", submission.repId());
				view.put("regionId", submission.regionId());
				view.put("version", submission.version());
				view.put("status", submission.status());
				view.put("late", submission.late());
				view.put("reviewComment", submission.reviewComment());
				view.put("lines",
						this.submissions.lines(submission.id()).stream().map(ForecastController::line).toList());
				views.add(view);
			}
		}
		return views;
	}

	@GetMapping("/api/forecasts/rollup")
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER, Roles.SALES_OPS,
			Roles.SALES_ASSISTANT })
	ResponseEntity<?> rollup(@RequestParam(required = false) String period,
			@RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		String cycle = month(period, "period").toString();
		List<ForecastReports.RollupRow> rows = this.reports.rollup(cycle, this.readers.visibleReps());
		if (csv(format, accept)) {
			return csvBody("forecast-rollup-" + cycle + ".csv", ForecastCsv.rollup(rows));
		}
		return ResponseEntity.ok(Map.of("period", cycle, "rows", rows));
	}

	@GetMapping("/api/forecasts/accuracy")
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER, Roles.SALES_OPS,
			Roles.SALES_ASSISTANT })
	ResponseEntity<?> accuracy(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
			@RequestParam(required = false) String rep, @RequestParam(required = false) String region,
			@RequestParam(required = false) String market, @RequestParam(required = false) String product,
			@RequestParam(required = false) String channel) {
		YearMonth lastClosed = YearMonth.from(this.clock.today()).minusMonths(1);
		YearMonth last = (to != null) ? month(to, "to") : lastClosed;
		YearMonth first = (from != null) ? month(from, "from") : last.minusMonths(5);
		List<FieldError> errors = new ArrayList<>();
		if (last.isAfter(lastClosed)) {
			errors
				.add(FieldError.of("to", "closed-month", "must be a month that has closed, {0} or before", lastClosed));
		}
		if (first.isAfter(last) || first.plusMonths(MAX_MONTHS).isBefore(last)) {
			errors.add(FieldError.of("from", "months-before-to",
					"must be at most {0} months before ''to'', not after it", MAX_MONTHS));
		}
		boolean monthsWrong = !errors.isEmpty();
		errors.addAll(OrderFilters.problems(channel, product));
		if (monthsWrong) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "months-wrong",
					"The months are not right", errors);
		}
		if (!errors.isEmpty()) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "report-refused",
					"The report cannot be made as asked", errors);
		}
		List<ForecastReports.AccuracyRow> rows = this.reports.accuracy(first, last,
				this.readers.visibleReps().and(this.reports.narrowedTo(rep, region, market)), blank(product),
				blank(channel));
		if (csv(format, accept)) {
			return csvBody("forecast-accuracy-" + first + "-" + last + ".csv", ForecastCsv.accuracy(rows));
		}
		return ResponseEntity.ok(Map.of("from", first.toString(), "to", last.toString(), "rows", rows));
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static boolean csv(String format, String accept) {
		return "csv".equalsIgnoreCase(format) || (format == null && accept != null && accept.startsWith("text/csv"));
	}

	private static ResponseEntity<byte[]> csvBody(String file, String body) {
		return CsvFiles.download(file, body);
	}

	private static YearMonth month(String text, String field) {
		if (text == null || text.isBlank()) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "month-format",
					"Give the month like 2026-12", List.of(FieldError.of(field, "required", "is required")));
		}
		try {
			return YearMonth.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "month-format",
					"Give the month like 2026-12",
					List.of(FieldError.of(field, "month-format", "must be a month like 2026-12, not ''{0}''", text)));
		}
	}

	private static Map<String, Object> line(StoredLine line) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("month", line.targetMonth());
		view.put("horizon", line.horizon());
		view.put("sku", line.sku());
		view.put("channel", line.channel());
		view.put("quantity", line.quantity());
		view.put("amount", line.amount());
		view.put("pipelineExpectation", line.pipelineExpectation());
		view.put("lastYearAmount", line.lastYearAmount());
		view.put("flagged", line.flagged());
		view.put("flagReason", FlagReasons.of(line, LocaleContextHolder.getLocale()));
		view.put("rules", RuleTexts.forReader(line.flagRules()));
		view.put("inputs", line.flagInputs());
		return view;
	}

}
