package com.osb.salesops.quota.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.quota.PlanLineInput;
import com.osb.salesops.quota.QuotaPlanRefused;
import com.osb.salesops.quota.QuotaPlans;
import com.osb.salesops.quota.process.QuotaPlanStarter;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.CsvFiles;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Starts a quota plan from an uploaded CSV instead of the database (sales ops only): the
 * year, target and seasonality as request parameters, the reps as a {@code text/csv} body
 * or a multipart {@code file}. A bad file is answered 422 naming every line and column;
 * an infeasible plan is answered 422 naming the binding bound, and nothing is kept.
 */
@RestController
class QuotaPlanUploadController {

	private final QuotaPlans plans;

	private final QuotaPlanStarter starter;

	private final CurrentUser currentUser;

	QuotaPlanUploadController(QuotaPlans plans, QuotaPlanStarter starter, CurrentUser currentUser) {
		this.plans = plans;
		this.starter = starter;
		this.currentUser = currentUser;
	}

	@PostMapping(path = "/api/quota/plans", consumes = { "text/csv", "text/plain" })
	ResponseEntity<Map<String, Object>> upload(@RequestParam(required = false) String year,
			@RequestParam(required = false) String target, @RequestParam(required = false) String seasonality,
			@RequestParam(required = false) String encoding,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			@RequestBody(required = false) byte[] csv) {
		return start(year, target, seasonality, (csv != null) ? CsvFiles.read(csv, encoding, contentType) : null);
	}

	@PostMapping(path = "/api/quota/plans", consumes = "multipart/form-data")
	ResponseEntity<Map<String, Object>> uploadFile(@RequestParam(required = false) String year,
			@RequestParam(required = false) String target, @RequestParam(required = false) String seasonality,
			@RequestParam(required = false) String encoding,
			@RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
		return start(year, target, seasonality,
				(file != null) ? CsvFiles.read(file.getBytes(), encoding, file.getContentType()) : null);
	}

	private ResponseEntity<Map<String, Object>> start(String year, String target, String seasonality, String csv) {
		this.currentUser.requireAnyRole(List.of(Roles.SALES_OPS));
		List<FieldError> errors = new ArrayList<>();
		Integer planYear = whole(year, "year", 2000, 2999, errors);
		Long planTarget = (target != null && target.trim().matches("\\d{3,16}")
				&& Long.parseLong(target.trim()) % 100 == 0) ? Long.valueOf(target.trim()) : null;
		if (planTarget == null || planTarget == 0) {
			errors.add(FieldError.of("target", "positive-multiple-of-100", "must be a positive multiple of 100"));
		}
		String source = (seasonality == null || seasonality.isBlank()) ? QuotaPlans.SEASONALITY_LAST_YEAR
				: seasonality.trim();
		if (!source.equals(QuotaPlans.SEASONALITY_LAST_YEAR) && !source.equals(QuotaPlans.SEASONALITY_EQUAL)) {
			errors.add(FieldError.of("seasonality", "seasonality", "must be LAST_YEAR or EQUAL"));
		}
		Map<String, Integer> lineOfRep = new HashMap<>();
		List<PlanLineInput> reps = PlanCsvReader.read(csv, errors, lineOfRep);
		for (String unknown : this.plans.unknownReps(reps.stream().map(PlanLineInput::repId).toList())) {
			errors.add(FieldError.of("line[" + lineOfRep.get(unknown) + "].id", "no-such-rep",
					"there is no sales rep {0}", unknown));
		}
		if (!errors.isEmpty()) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "plan-upload-errors",
					"The plan upload has errors", errors);
		}
		try {
			String planId = this.starter.startUploaded(planYear, planTarget, source, reps, this.currentUser.id());
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(Map.of("planId", planId, "status", "DRAFT", "reps", reps.size()));
		}
		catch (QuotaPlanRefused ex) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "plan-refused",
					"The plan cannot be drafted as asked",
					List.of(new FieldError(ex.field(), ex.getMessage(), ex.code())));
		}
	}

	private static Integer whole(String value, String field, int min, int max, List<FieldError> errors) {
		if (value != null && value.trim().matches("\\d{1,9}")) {
			int number = Integer.parseInt(value.trim());
			if (number >= min && number <= max) {
				return number;
			}
		}
		errors.add(FieldError.of(field, "year-range", "must be a year from {0} to {1}", min, max));
		return null;
	}

}
