package com.osb.salesops.quota;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.osb.salesops.quota.model.QuotaPlan;
import com.osb.salesops.quota.model.QuotaRequest;
import com.osb.salesops.quota.model.RepInput;
import com.osb.salesops.quota.model.RepQuota;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every example of {@code rules/quota/quota-allocation.examples.csv}, the table
 * analysts keep next to the rules: one row per rep, the rows of an example forming one
 * organisation with its target.
 */
class QuotaAllocationExamplesTest {

	private static final String EXAMPLES = "/quota/quota-allocation.examples.csv";

	private final QuotaPlanner planner = QuotaFixture.planner();

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void shouldAllocateAsTheExampleExpects(String example, long target, List<Map<String, String>> rows) {
		// given
		List<RepInput> reps = rows.stream()
			.map((row) -> new RepInput(row.get("rep"), new BigDecimal(row.get("lastYearActual")),
					new BigDecimal(row.get("potential")), Integer.parseInt(row.get("tenureMonths"))))
			.toList();

		// when
		QuotaPlan plan = this.planner.allocate(new QuotaRequest(target, reps));

		// then
		for (int i = 0; i < rows.size(); i++) {
			Map<String, String> row = rows.get(i);
			RepQuota rep = plan.reps().get(i);
			String expected = row.get("idealQuota") + " " + row.get("bound") + " " + row.get("quota");
			String actual = BigDecimal.valueOf(rep.idealQuota()).setScale(2, RoundingMode.HALF_UP).toPlainString() + " "
					+ rep.bound() + " " + rep.quota();
			assertThat(actual).as(example + ", rep " + row.get("rep")).isEqualTo(expected);
		}
	}

	static Stream<Arguments> examples() throws IOException {
		Map<String, List<Map<String, String>>> byExample = new LinkedHashMap<>();
		List<String> columns = null;
		try (InputStream in = QuotaAllocationExamplesTest.class.getResourceAsStream(EXAMPLES)) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				List<String> cells = List.of(line.split(",", -1));
				if (columns == null) {
					columns = cells;
					continue;
				}
				Map<String, String> row = new LinkedHashMap<>();
				for (int c = 0; c < columns.size(); c++) {
					row.put(columns.get(c), cells.get(c).strip());
				}
				byExample.computeIfAbsent(row.get("example"), (key) -> new ArrayList<>()).add(row);
			}
		}
		return byExample.entrySet()
			.stream()
			.map((example) -> Arguments.of(example.getKey(), Long.parseLong(example.getValue().get(0).get("target")),
					example.getValue()));
	}

}
