package com.osb.salesops.shared.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.shared.rules.BrokenExample;
import com.osb.salesops.shared.rules.ExampleCheck;
import com.osb.salesops.shared.web.Messages;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers a deployment refused for its examples with 422 and a problem detail that lists
 * each broken example (the rule and its key, the example, the field, expected and actual)
 * in words; {@code message} repeats the detail, where Camunda Modeler and Camunda's own
 * clients look for it. The same answer comes from the Camunda REST API that Camunda
 * Modeler deploys through and from the webapps' copy of it that Cockpit uses (see
 * {@link EngineApiAnswersDiscovery}).
 */
@Provider
class RuleRefusalMapper implements ExceptionMapper<RuleExamplesException> {

	static final int UNPROCESSABLE_CONTENT = 422;

	@Override
	public Response toResponse(RuleExamplesException refusal) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		String detail = refusal.checks().isEmpty() ? refusal.getMessage()
				: ExampleCheck.reportsForReader(refusal.checks());
		body.put("title", title(refusal.checks()));
		body.put("status", UNPROCESSABLE_CONTENT);
		body.put("detail", detail);
		body.put("message", detail);
		body.put("brokenExamples", brokenExamples(refusal.checks()));
		return Response.status(UNPROCESSABLE_CONTENT).type("application/problem+json").entity(body).build();
	}

	private static String title(List<ExampleCheck> checks) {
		return checks.stream().allMatch((check) -> check.total() == 0)
				? Messages.text("problem.rule-examples-unchecked", "The rule cannot be checked against examples")
				: Messages.text("problem.rule-examples-broken", "The rule disagrees with its examples");
	}

	private static List<Map<String, Object>> brokenExamples(List<ExampleCheck> checks) {
		List<Map<String, Object>> list = new ArrayList<>();
		for (ExampleCheck check : checks) {
			for (BrokenExample broken : check.broken()) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("rule", check.rule());
				entry.put("key", ExampleCheck.key(check.rule()));
				entry.put("file", check.file());
				entry.put("examples", check.examples());
				entry.put("example", broken.example());
				entry.put("line", (broken.line() > 0) ? broken.line() : null);
				entry.put("field", broken.field());
				entry.put("expected", broken.expected());
				entry.put("actual", broken.actual());
				entry.put("problem", broken.problem());
				list.add(entry);
			}
		}
		return list;
	}

}
