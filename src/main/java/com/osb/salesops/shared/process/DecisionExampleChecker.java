package com.osb.salesops.shared.process;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionLogic;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionLiteralExpressionImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.engine.exception.NotValidException;

/**
 * Runs a decision against its table of examples. The examples are the business's
 * statement of what the rule must answer, so a rule that answers differently for any of
 * them is refused with every disagreeing example named, and the analyst can fix the rule
 * or the table in one go. A standalone DMN engine evaluates the new model before the
 * process engine stores it, and it writes no history.
 */
final class DecisionExampleChecker {

	private static final String DMN_SUFFIX = ".dmn";

	private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	/**
	 * Checks the decision that the file is named after against the examples.
	 * @param dmnName the resource name of the model, e.g. {@code rules/credit-limit.dmn}
	 * @param dmn the model's content
	 * @param examplesName where the examples come from, for the message
	 * @param examplesCsv the examples table
	 * @throws NotValidException naming every example the decision disagrees with
	 */
	void check(String dmnName, byte[] dmn, String examplesName, String examplesCsv) {
		String key = decisionKey(dmnName);
		ExampleTable table;
		DmnDecision decision;
		try {
			table = ExampleTable.parse(examplesCsv);
			decision = this.dmnEngine.parseDecision(key, new ByteArrayInputStream(dmn));
		}
		catch (RuntimeException ex) {
			throw new NotValidException(dmnName + " cannot be checked against " + examplesName + ": " + ex.getMessage(),
					ex);
		}
		Set<String> outputs = outputNames(decision);
		if (table.columns().stream().noneMatch(outputs::contains)) {
			throw new NotValidException(examplesName + " expects none of the outputs " + outputs + " of decision '"
					+ key + "' in " + dmnName);
		}
		List<String> failures = failures(decision, table, outputs);
		if (!failures.isEmpty()) {
			throw new NotValidException(dmnName + " disagrees with " + failures.size() + " of " + table.rows().size()
					+ " examples in " + examplesName + ":\n" + String.join("\n", failures));
		}
	}

	private List<String> failures(DmnDecision decision, ExampleTable table, Set<String> outputs) {
		List<String> failures = new ArrayList<>();
		for (ExampleTable.Row row : table.rows()) {
			String disagreement = disagreement(decision, row, outputs);
			if (disagreement != null) {
				failures.add("- " + row.description() + ": " + disagreement);
			}
		}
		return failures;
	}

	private String disagreement(DmnDecision decision, ExampleTable.Row row, Set<String> outputs) {
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
			return "cannot be evaluated: " + ex.getMessage();
		}
		if (result.size() > 1) {
			return "gives " + result.size() + " results where one is expected";
		}
		Map<String, Object> actual = result.isEmpty() ? Map.of() : result.getSingleResult().getEntryMap();
		List<String> differences = new ArrayList<>();
		row.cells().forEach((column, expected) -> {
			if (outputs.contains(column) && !matches(expected, actual.get(column))) {
				differences.add(column + " expected " + shown(expected) + ", was " + shown(actual.get(column)));
			}
		});
		return differences.isEmpty() ? null : String.join("; ", differences);
	}

	static String decisionKey(String dmnName) {
		String fileName = dmnName.substring(dmnName.lastIndexOf('/') + 1);
		return fileName.endsWith(DMN_SUFFIX) ? fileName.substring(0, fileName.length() - DMN_SUFFIX.length())
				: fileName;
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
			BigDecimal left = decimal(number);
			BigDecimal right = decimal(result);
			return left != null && right != null && left.compareTo(right) == 0;
		}
		return expected.equals(actual.toString());
	}

	private static BigDecimal decimal(Number number) {
		if (number instanceof BigDecimal decimal) {
			return decimal;
		}
		if (number instanceof BigInteger integer) {
			return new BigDecimal(integer);
		}
		if (number instanceof Double || number instanceof Float) {
			double value = number.doubleValue();
			return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
		}
		return BigDecimal.valueOf(number.longValue());
	}

	private static String shown(Object value) {
		return (value != null) ? value.toString() : "(empty)";
	}

}
