package com.osb.salesops.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.osb.salesops.shared.process.CandidateDecisions;
import com.osb.salesops.shared.process.DecisionEvaluator;
import com.osb.salesops.shared.process.RulePreview;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The impact of a changed rule before it is deployed: {@code POST /api/rules/previews}
 * with the changed DMN (the raw XML, or a multipart with a {@code .dmn} file as Camunda
 * Modeler sends it) is evaluated side by side with the version in use, by the capability
 * that owns the decision, and the differences are answered as JSON or as CSV
 * ({@code Accept: text/csv} or {@code ?format=csv}). Nothing is deployed or stored. Sales
 * ops only.
 */
@RestController
class RulePreviewController {

	private final List<RulePreview> previews;

	private final DecisionEvaluator evaluator;

	private final CurrentUser currentUser;

	RulePreviewController(List<RulePreview> previews, DecisionEvaluator evaluator, CurrentUser currentUser) {
		this.previews = List.copyOf(previews);
		this.evaluator = evaluator;
		this.currentUser = currentUser;
	}

	@PostMapping(path = "/api/rules/previews", consumes = { "application/xml", "text/xml", "application/octet-stream" })
	ResponseEntity<?> preview(@RequestBody(required = false) byte[] dmn, @RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		return answer(dmn, csv(format, accept));
	}

	@PostMapping(path = "/api/rules/previews", consumes = "multipart/form-data")
	ResponseEntity<?> previewFile(MultipartHttpServletRequest request, @RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) throws IOException {
		this.currentUser.requireAnyRole(List.of(Roles.SALES_OPS));
		Optional<MultipartFile> model = request.getMultiFileMap()
			.values()
			.stream()
			.flatMap(List::stream)
			.filter((file) -> Objects.requireNonNullElse(file.getOriginalFilename(), "")
				.toLowerCase(Locale.ROOT)
				.endsWith(".dmn"))
			.findFirst();
		return answer(model.isPresent() ? model.get().getBytes() : null, csv(format, accept));
	}

	private ResponseEntity<?> answer(byte[] dmn, boolean csv) {
		this.currentUser.requireAnyRole(List.of(Roles.SALES_OPS));
		if (dmn == null || dmn.length == 0) {
			throw refused("No model", "send the changed DMN as the body, or as a .dmn file of a multipart");
		}
		CandidateDecisions candidate;
		try {
			candidate = this.evaluator.candidate(dmn);
		}
		catch (IllegalArgumentException ex) {
			throw refused("The model cannot be read", ex.getMessage());
		}
		RulePreview preview = this.previews.stream()
			.filter((offered) -> candidate.keys().contains(offered.decisionKey()))
			.findFirst()
			.orElseThrow(() -> refused("No preview for this model",
					"the model holds " + candidate.keys() + "; a preview compares a changed "
							+ this.previews.stream().map(RulePreview::decisionKey).sorted().toList()
							+ " with the version in use"));
		RulePreview.Result result = preview.preview(candidate);
		if (!csv) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result.body());
		}
		return CsvFiles.download(preview.decisionKey() + "-preview.csv", result.csv());
	}

	private static InvalidRequestException refused(String title, String problem) {
		return new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, title,
				List.of(new FieldError("model", problem)));
	}

	private static boolean csv(String format, String accept) {
		return "csv".equalsIgnoreCase(format) || (accept != null && accept.contains("text/csv"));
	}

}
