package com.osb.salesops.shared.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A DRL file sent from outside says rules over its capability's facts and nothing else:
 * every file the project ships passes, and each way of running code of one's own is
 * named.
 */
class RuleTextCheckTest {

	@Test
	void everyFileTheProjectShipsPasses() throws IOException {
		try (Stream<Path> capabilities = Files.list(Path.of("rules"))) {
			List<Path> folders = capabilities.filter(Files::isDirectory).toList();
			int files = 0;
			for (Path folder : folders) {
				Map<String, String> sources = sources(folder);
				RuleTextCheck check = RuleTextCheck.forRulesInUse(sources.values());
				for (Map.Entry<String, String> source : sources.entrySet()) {
					assertThat(check.problems(source.getValue())).as(source.getKey()).isEmpty();
					files++;
				}
			}
			assertThat(files).isGreaterThanOrEqualTo(6);
		}
	}

	@Test
	void namesEachWayOfRunningCodeOfOnesOwn() throws IOException {
		// given the payout plan's rule, with a line of the sender's added
		Map<String, String> sources = sources(Path.of("rules/incentive"));
		RuleTextCheck check = RuleTextCheck.forRulesInUse(sources.values());
		String plan = sources.get("payout-plan.drl");
		Map<String, String> variants = new LinkedHashMap<>();
		variants.put("System", consequence(plan, "System.exit(1);"));
		variants.put("osb", consequence(plan, "com.osb.salesops.Application.main(null);"));
		variants.put("lang", consequence(plan, "java.lang.Runtime.getRuntime().exec(\"id\");"));
		variants.put("getClass", consequence(plan, "$plan.getClass().getClassLoader();"));
		variants.put("class", consequence(plan, "Object c = $plan.class;"));
		variants.put("Thread", consequence(plan, "new Thread(() -> { }).start();"));
		variants.put("ProcessBuilder", consequence(plan, "new ProcessBuilder(\"id\").start();"));
		variants.put("Object", consequence(plan, "((Object) $plan).notify();"));
		variants.put("getDeclaringClass",
				consequence(plan, "java.math.RoundingMode.UP.getDeclaringClass().getClassLoader();"));
		variants.put("getInteger", consequence(plan, "Integer.getInteger(\"salesops.secret\");"));
		variants.put("kcontext", consequence(plan, "kcontext.getKieRuntime().halt();"));
		variants.put("drools", consequence(plan, "drools.getKieRuntime().halt();"));
		variants.put("function", plan.replace("rule ", "function void x() { }\n\nrule "));
		variants.put("global", plan.replace("rule ", "global java.util.List out;\n\nrule "));
		variants.put("declare", plan.replace("rule ", "declare Mine\n    name : String\nend\n\nrule "));
		variants.put("query", plan.replace("rule ", "query \"all\"\n    PayoutPlan()\nend\n\nrule "));
		variants.put("import java.io.File",
				plan.replace("import java.math.BigDecimal", "import java.math.BigDecimal\nimport java.io.File"));
		variants.put("import static", plan.replace("import java.math.BigDecimal",
				"import java.math.BigDecimal\nimport static java.lang.System.exit"));
		variants.put("Unicode escape", consequence(plan, "\\u0053ystem.exit(1);"));
		variants.put("System in a condition's eval", plan.replace("$plan : PayoutPlan(complete == false)",
				"$plan : PayoutPlan(complete == false)\n    eval(System.nanoTime() > 0)"));
		variants.put("getClass in a condition",
				plan.replace("PayoutPlan(complete == false)", "PayoutPlan(complete == false, getClass() != null)"));
		variants.put("getClass after MVEL's null-safe step", consequence(plan, "$plan.?getClass();"));
		variants.put("System in a method reference", consequence(plan, "Runnable r = System::gc;"));
		variants.put("[\" MVEL's property named by a text", consequence(plan, "Object c = $plan[\"class\"];"));
		variants.put("getClass amid spaces and comments",
				consequence(plan, "$plan /* */ . /* */ getClass /* */ () . getClassLoader ();"));

		for (Map.Entry<String, String> variant : variants.entrySet()) {
			// when
			List<String> problems = check.problems(variant.getValue());

			// then
			assertThat(problems).as(variant.getKey()).isNotEmpty();
			assertThat(String.join("\n", problems)).as(variant.getKey()).contains(variant.getKey().split(" ")[0]);
		}
	}

	@Test
	void readsCommentsAndTextsAsNoCode() throws IOException {
		// given words that would be refused, inside comments and texts only
		Map<String, String> sources = sources(Path.of("rules/customercare"));
		RuleTextCheck check = RuleTextCheck.forRulesInUse(sources.values());
		String compliance = sources.get("customer-compliance.drl")
			.replace("import com.osb.salesops.customercare.rules.CustomerComplianceFact",
					"import com.osb.salesops.customercare.rules.CustomerComplianceFact // the file's facts")
			.replace("The file has no legal name",
					"System.exit(1); // \\\" the file's name, 'x' \" + \"/* not a comment */ Runtime")
			.replace("rule \"File incomplete: the legal name is required\"",
					"// System.exit(1); and an apostrophe's end\n/* Runtime.getRuntime() */\n"
							+ "rule \"File incomplete: the legal name is required\"");

		// when
		List<String> problems = check.problems(compliance);

		// then
		assertThat(problems).isEmpty();
	}

	@Test
	void namesTheLineOfEachProblem() throws IOException {
		// given
		Map<String, String> sources = sources(Path.of("rules/quota"));
		RuleTextCheck check = RuleTextCheck.forRulesInUse(sources.values());
		String quota = sources.get("quota-allocation.drl");
		List<String> lines = new ArrayList<>(quota.lines().toList());
		int then = lines.indexOf("then");
		lines.add(then + 1, "    Thread none = null;");

		// when
		List<String> problems = check.problems(String.join("\n", lines));

		// then
		assertThat(problems).singleElement()
			.asString()
			.startsWith("line " + (then + 2) + ": Thread is not a type the rules may use")
			.contains("BigDecimal")
			.contains("QuotaPlanFact");
	}

	private static String consequence(String drl, String line) {
		assertThat(drl).contains("then\n");
		return drl.replace("then\n", "then\n    " + line + "\n");
	}

	private static Map<String, String> sources(Path folder) throws IOException {
		Map<String, String> sources = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".drl")).sorted().toList()) {
				sources.put(file.getFileName().toString(), Files.readString(file));
			}
		}
		return sources;
	}

}
