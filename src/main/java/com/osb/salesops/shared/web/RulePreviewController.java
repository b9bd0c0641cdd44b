package com.osb.salesops.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import com.osb.salesops.shared.process.CandidateDecisions;
import com.osb.salesops.shared.process.DecisionEvaluator;
import com.osb.salesops.shared.process.RulePreview;
import com.osb.salesops.shared.process.RuleSetPreview;
import com.osb.salesops.shared.rules.CandidateRuleSets;
import com.osb.salesops.shared.rules.CandidateRuleSets.Candidate;
import com.osb.salesops.shared.rules.RuleSetException;
import com.osb.salesops.shared.rules.RulesRefusedException;
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
 * with the changed DMN or DRL (the raw file, or a multipart with a {@code .dmn} or
 * {@code .drl} file as Camunda Modeler sends it) is evaluated side by side with the
 * version in use, by the capability that owns the decision or the rule set, and the
 * differences are answered as JSON or as CSV ({@code Accept: text/csv} or
 * {@code ?format=csv}). Nothing is deployed or stored. Sales ops only.
 */
@RestController
class RulePreviewController {

	private final List<RulePreview> previews;

	private final List<RuleSetPreview> ruleSetPreviews;

	private final CandidateRuleSets candidates;

	private final DecisionEvaluator evaluator;

	private final CurrentUser currentUser;

	RulePreviewController(List<RulePreview> previews, List<RuleSetPreview> ruleSetPreviews,
			CandidateRuleSets candidates, DecisionEvaluator evaluator, CurrentUser currentUser) {
		this.previews = List.copyOf(previews);
		this.ruleSetPreviews = List.copyOf(ruleSetPreviews);
		this.candidates = candidates;
		this.evaluator = evaluator;
		this.currentUser = currentUser;
	}

	@PostMapping(path = "/api/rules/previews",
			consumes = { "application/xml", "text/xml", "application/octet-stream", "text/plain" })
	ResponseEntity<?> preview(@RequestBody(required = false) byte[] model,
			@RequestParam(required = false) String format, @RequestParam(required = false) String period,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		return answer(model, null, period, csv(format, accept));
	}

	@PostMapping(path = "/api/rules/previews", consumes = "multipart/form-data")
	ResponseEntity<?> previewFile(MultipartHttpServletRequest request, @RequestParam(required = false) String format,
			@RequestParam(required = false) String period,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) throws IOException {
		this.currentUser.requireAnyRole(List.of(Roles.SALES_OPS));
		Optional<MultipartFile> model = request.getMultiFileMap()
			.values()
			.stream()
			.flatMap(List::stream)
			.filter((file) -> {
				String name = Objects.requireNonNullElse(file.getOriginalFilename(), "").toLowerCase(Locale.ROOT);
				return name.endsWith(".dmn") || name.endsWith(".drl");
			})
			.findFirst();
		return answer(model.isPresent() ? model.get().getBytes() : null,
				model.map(MultipartFile::getOriginalFilename).orElse(null), period, csv(format, accept));
	}

	private ResponseEntity<?> answer(byte[] model, String fileName, String period, boolean csv) {
		this.currentUser.requireAnyRole(List.of(Roles.SALES_OPS));
		if (model == null || model.length == 0) {
			throw refused("no-model", "No model",
					"send the changed DMN or DRL as the body, or as a .dmn or .drl file of a multipart");
		}
		String text = new String(model, StandardCharsets.UTF_8);
		if ((fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".drl"))
				|| (fileName == null && CandidateRuleSets.isDrl(text))) {
			return answerRuleSet(fileName, text, period, csv);
		}
		byte[] dmn = model;
		CandidateDecisions candidate;
		try {
			candidate = this.evaluator.candidate(dmn);
		}
		catch (DecisionEvaluator.OtherLanguageException ex) {
			throw refused("model-expression-language", "The model uses another expression language than FEEL",
					"the model uses the expression language {0}; a decision table is written in FEEL alone",
					String.join(", ", new TreeSet<>(ex.languages())));
		}
		catch (IllegalArgumentException ex) {
			throw refused("model-unreadable", "The model cannot be read", "{0}", ex.getMessage());
		}
		RulePreview preview = this.previews.stream()
			.filter((offered) -> candidate.keys().contains(offered.decisionKey()))
			.findFirst()
			.orElseThrow(() -> refused("no-model-preview", "No preview for this model",
					"the model holds {0}; a preview compares a changed {1} with the version in use", candidate.keys(),
					this.previews.stream().map(RulePreview::decisionKey).sorted().toList()));
		return result(preview.preview(candidate), preview.decisionKey(), csv);
	}

	private ResponseEntity<?> answerRuleSet(String fileName, String drl, String period, boolean csv) {
		Candidate candidate;
		try {
			candidate = this.candidates.compile(fileName, drl);
		}
		catch (RulesRefusedException ex) {
			throw refused("rules-refused", "The rules use what a rule may not", "{0}",
					Messages.together(ex.problems()));
		}
		catch (RuleSetException ex) {
			throw refused("rules-unreadable", "The rules cannot be read", "{0}", ex.getMessage());
		}
		RuleSetPreview preview = this.ruleSetPreviews.stream()
			.filter((offered) -> offered.capability().equals(candidate.capability()))
			.findFirst()
			.orElseThrow(() -> refused("no-rules-preview", "No preview for these rules",
					"the file holds rules of ''{0}''; a preview compares changed rules of {1} with those in use",
					candidate.capability(),
					this.ruleSetPreviews.stream().map(RuleSetPreview::capability).sorted().toList()));
		return result(preview.preview(candidate, period), candidate.capability(), csv);
	}

	private static ResponseEntity<?> result(RulePreview.Result result, String name, boolean csv) {
		if (!csv) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result.body());
		}
		return CsvFiles.download(name + "-preview.csv", result.csv());
	}

	/**
	 * A refusal whose title is {@code problem.<code>} and whose problem with the model is
	 * {@code field.<code>} of the message bundles.
	 */
	private static InvalidRequestException refused(String code, String title, String problem, Object... args) {
		return InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, code, title,
				List.of(FieldError.of("model", code, problem, args)));
	}

	private static boolean csv(String format, String accept) {
		return "csv".equalsIgnoreCase(format) || (accept != null && accept.contains("text/csv"));
	}

}
