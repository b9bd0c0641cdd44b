package com.osb.salesops.shared.process;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.osb.salesops.shared.rules.BrokenExample;
import com.osb.salesops.shared.rules.ExampleCheck;
import com.osb.salesops.shared.rules.ExampleTable;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionLogic;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionLiteralExpressionImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.model.dmn.HitPolicy;

/**
 * Runs the decisions of a model against their tables of examples. The examples are the
 * business's statement of what a rule must answer, so a decision that answers differently
 * for any of them is refused with every disagreeing example named, and the analyst can
 * fix the rule or the table in one go. The table of a decision is found by its key,
 * whatever the model file is called; the decisions no other decision of the model
 * requires must each have one, the decisions they require are checked through them (and
 * through a table of their own when there is one). A standalone DMN engine evaluates the
 * new model before the process engine stores it, and it writes no history.
 */
final class DecisionExampleChecker {

	private final DmnEngine dmnEngine = ParsedOnceFeelEngine
		.install((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
		.buildEngine();

	/**
	 * Checks every decision of the model that has examples, and that the top decisions
	 * have them.
	 * @param dmnName the resource name of the model, e.g. {@code credit-limit.dmn}
	 * @param dmn the model's content
	 * @param examplesByKey the examples table of a decision key, if there is one
	 * @return one check per decision checked or missing its examples
	 */
	List<ExampleCheck> check(String dmnName, byte[] dmn, Function<String, Optional<Examples>> examplesByKey) {
		List<DmnDecision> decisions;
		try {
			decisions = this.dmnEngine.parseDecisions(new ByteArrayInputStream(dmn));
		}
		catch (RuntimeException ex) {
			return List.of(new ExampleCheck("the model", dmnName, "its examples", 0,
					List.of(BrokenExample.problem(null, 0, "it cannot be read: " + ex.getMessage()))));
		}
		Set<String> required = new HashSet<>();
		decisions.forEach((decision) -> decision.getRequiredDecisions()
			.forEach((requiredDecision) -> required.add(requiredDecision.getKey())));
		List<ExampleCheck> checks = new ArrayList<>();
		for (DmnDecision decision : decisions) {
			Optional<Examples> examples = examplesByKey.apply(decision.getKey());
			if (examples.isPresent()) {
				checks.add(check(dmnName, decision, examples.get()));
			}
			else if (!required.contains(decision.getKey())) {
				checks.add(new ExampleCheck(rule(decision), dmnName, examplesName(decision.getKey()), 0,
						List.of(BrokenExample.problem(null, 0,
								"there is no table of examples; add " + examplesName(decision.getKey())
										+ " (inputs and expected outputs, one example a line)"
										+ " and deploy it with the model or put it in the model folder"))));
			}
		}
		return checks;
	}

	/** Where the examples of a decision are kept. */
	static String examplesName(String key) {
		return "rules/" + key + ".examples.csv";
	}

	/**
	 * Checks one decision against a table of examples.
	 */
	ExampleCheck check(String dmnName, DmnDecision decision, Examples examples) {
		ExampleTable table;
		try {
			table = ExampleTable.parse(examples.csv());
		}
		catch (RuntimeException ex) {
			return new ExampleCheck(rule(decision), dmnName, examples.name(), 0,
					List.of(BrokenExample.problem(null, 0, "the table cannot be read: " + ex.getMessage())));
		}
		Set<String> outputs = outputNames(decision);
		if (table.columns().stream().noneMatch(outputs::contains)) {
			return new ExampleCheck(rule(decision), dmnName, examples.name(), 0,
					List.of(BrokenExample.problem(null, 0, "the table expects none of the decision's outputs " + outputs
							+ "; its columns are " + table.columns())));
		}
		List<BrokenExample> broken = new ArrayList<>();
		for (ExampleTable.Row row : table.rows()) {
			broken.addAll(disagreements(decision, row, outputs));
		}
		return new ExampleCheck(rule(decision), dmnName, examples.name(), table.rows().size(), broken);
	}

	private static String rule(DmnDecision decision) {
		return "decision '" + decision.getKey() + "'";
	}

	private List<BrokenExample> disagreements(DmnDecision decision, ExampleTable.Row row, Set<String> outputs) {
		Map<String, Object> inputs = new HashMap<>();
		row.cells().forEach((column, cell) -> {
			if (!ExampleTable.DESCRIPTION.equals(column) && !outputs.contains(column)) {
				inputs.put(column, ExampleTable.value(cell));
			}
		});
		DmnDecisionResult result;
		try {
			result = this.dmnEngine.evaluateDecision(decision, inputs);
		}
		catch (RuntimeException ex) {
			return List
				.of(BrokenExample.problem(row.description(), row.line(), "cannot be evaluated: " + ex.getMessage()));
		}
		boolean collect = isCollect(decision);
		if (result.size() > 1 && !collect) {
			return List.of(BrokenExample.problem(row.description(), row.line(),
					"gives " + result.size() + " results where one is expected"));
		}
		Map<String, Object> actual = collect ? collected(result)
				: result.isEmpty() ? Map.of() : result.getSingleResult().getEntryMap();
		List<BrokenExample> differences = new ArrayList<>();
		row.cells().forEach((column, expected) -> {
			if (outputs.contains(column) && !matches(expected, actual.get(column))) {
				differences.add(BrokenExample.differs(row.description(), row.line(), column, shown(expected),
						shown(actual.get(column))));
			}
		});
		return differences;
	}

	/**
	 * A table of examples and where it came from.
	 *
	 * @param name where it came from, e.g. {@code rules/credit-limit.examples.csv}
	 * @param csv its text
	 */
	record Examples(String name, String csv) {
	}

	/**
	 * A COLLECT table without an aggregator answers a list: an example gives each output
	 * as the values of the rules that fired, in rule order, separated by {@code ;}.
	 */
	private static boolean isCollect(DmnDecision decision) {
		return decision.getDecisionLogic() instanceof DmnDecisionTableImpl table
				&& table.getHitPolicyHandler().getHitPolicyEntry().getHitPolicy() == HitPolicy.COLLECT
				&& table.getHitPolicyHandler().getHitPolicyEntry().getAggregator() == null;
	}

	private static Map<String, Object> collected(DmnDecisionResult result) {
		Map<String, Object> joined = new HashMap<>();
		result.forEach((entries) -> entries.getEntryMap()
			.forEach((name, value) -> joined.merge(name, String.valueOf(value), (left, right) -> left + ";" + right)));
		return joined;
	}

	private static Set<String> outputNames(DmnDecision decision) {
		Set<String> names = new LinkedHashSet<>();
		DmnDecisionLogic logic = decision.getDecisionLogic();
		if (logic instanceof DmnDecisionTableImpl table) {
			for (DmnDecisionTableOutputImpl output : table.getOutputs()) {
				if (output.getOutputName() != null) {
					names.add(output.getOutputName());
				}
			}
		}
		else if (logic instanceof DmnDecisionLiteralExpressionImpl literal && literal.getVariable() != null) {
			names.add(literal.getVariable().getName());
		}
		return names;
	}

	private static boolean matches(String expected, Object actual) {
		if (expected == null || actual == null) {
			return expected == null && actual == null;
		}
		if (ExampleTable.value(expected) instanceof Number number && actual instanceof Number result) {
			BigDecimal left = ExactDecimals.of(number);
			BigDecimal right = ExactDecimals.of(result);
			return left != null && right != null && left.compareTo(right) == 0;
		}
		return expected.equals(actual.toString());
	}

	private static String shown(Object value) {
		return (value != null) ? value.toString() : "(empty)";
	}

}
