package com.osb.salesops.ordertocash.process;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.osb.salesops.shared.process.CandidateDecisions;
import com.osb.salesops.shared.process.DecisionEvaluator;
import com.osb.salesops.shared.process.RulePreview;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The preview of a changed {@code order-approval-level}: last quarter's orders, each with
 * the level the rules in use give and the level the change would give, on the order's
 * total, largest discount and the customer's grade at its credit check. Orders that never
 * reached the credit check are left out.
 */
@Component
class OrderApprovalRulePreview implements RulePreview {

	static final String DECISION = "order-approval-level";

	private static final int CHUNK = 500;

	private static final String CSV_HEADER = "orderNumber,orderDate,orderTotal,maxDiscountPercent,grade,"
			+ "levelRecorded,levelBefore,levelAfter,changed";

	private final JdbcTemplate jdbc;

	private final HistoryService history;

	private final DecisionEvaluator evaluator;

	private final BusinessClock clock;

	OrderApprovalRulePreview(JdbcTemplate jdbc, HistoryService history, DecisionEvaluator evaluator,
			BusinessClock clock) {
		this.jdbc = jdbc;
		this.history = history;
		this.evaluator = evaluator;
		this.clock = clock;
	}

	/** An approval level as the reader names it; English keeps its code. */
	private static String level(String code) {
		return Messages.text("approval-level." + code, code);
	}

	@Override
	public String decisionKey() {
		return DECISION;
	}

	@Override
	public Result preview(CandidateDecisions candidate) {
		LocalDate to = BusinessClock.nextQuarterStart(this.clock.today()).minusMonths(3);
		LocalDate from = to.minusMonths(3);
		List<Order> orders = this.jdbc.query(
				"select number, order_date, total_amount, max_discount_percent, approval_level, process_instance_id"
						+ " from sales_order where order_date >= ? and order_date < ? order by order_date, number",
				(rs, row) -> new Order(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getBigDecimal(3),
						rs.getBigDecimal(4), rs.getString(5), rs.getString(6)),
				Date.valueOf(from), Date.valueOf(to));
		Map<String, String> grades = grades(orders);
		List<Map<String, Object>> lines = new ArrayList<>();
		Map<String, Integer> changes = new TreeMap<>();
		for (Order order : orders) {
			String grade = grades.get(order.processInstanceId());
			if (grade == null) {
				continue;
			}
			Map<String, Object> inputs = Map.of("orderTotal", order.total(), "maxDiscountPercent", order.maxDiscount(),
					"grade", grade);
			String before = level(this.evaluator.evaluate(DECISION, inputs).outputs());
			String after = level(candidate.evaluate(DECISION, inputs).outputs());
			if (!Objects.equals(before, after)) {
				changes.merge(before + " -> " + after, 1, Integer::sum);
			}
			lines.add(line(order, grade, before, after));
		}
		int changed = changes.values().stream().mapToInt(Integer::intValue).sum();
		List<String> changeTexts = new ArrayList<>();
		changes.forEach((change, count) -> {
			String[] levels = change.split(" -> ");
			changeTexts.add(Messages.text("preview.level-change", "{0} -> {1} ({2})", level(levels[0]),
					level(levels[1]), count));
		});
		String summary = Messages.text("preview.approval-summary",
				"{0} of {1} orders from {2} to {3} would need another approval level{4}", changed, lines.size(), from,
				to.minusDays(1), changes.isEmpty() ? "" : Messages.text("preview.approval-changes", ": {0}",
						String.join(Messages.text("preview.separator", ",\u0020"), changeTexts)));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("decision", DECISION);
		body.put("from", from);
		body.put("to", to.minusDays(1));
		body.put("summary", Map.of("orders", lines.size(), "ordersChanged", changed, "changes", changes));
		body.put("summaryLine", summary);
		body.put("orders", lines);
		String csv = Stream
			.concat(Stream.of("# " + summary, CSV_HEADER),
					lines.stream()
						.map((line) -> line.values()
							.stream()
							.map((value) -> Objects.toString(value, ""))
							.collect(Collectors.joining(","))))
			.collect(Collectors.joining("\n", "", "\n"));
		return new Result(body, csv);
	}

	/**
	 * The grade each order's credit check found, read in chunks within the engine's
	 * bound.
	 */
	private Map<String, String> grades(List<Order> orders) {
		List<String> ids = orders.stream().map(Order::processInstanceId).filter(Objects::nonNull).toList();
		Map<String, String> grades = new HashMap<>();
		for (int i = 0; i < ids.size(); i += CHUNK) {
			List<String> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
			for (HistoricVariableInstance variable : this.history.createHistoricVariableInstanceQuery()
				.variableName(OrderToRemittanceProcess.GRADE.name())
				.processInstanceIdIn(chunk.toArray(String[]::new))
				.listPage(0, CHUNK)) {
				if (variable.getValue() instanceof String grade) {
					grades.put(variable.getProcessInstanceId(), grade);
				}
			}
		}
		return grades;
	}

	private static Map<String, Object> line(Order order, String grade, String before, String after) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("orderNumber", order.number());
		line.put("orderDate", order.date());
		line.put("orderTotal", order.total());
		line.put("maxDiscountPercent", order.maxDiscount());
		line.put("grade", grade);
		line.put("levelRecorded", order.levelRecorded());
		line.put("levelBefore", before);
		line.put("levelAfter", after);
		line.put("changed", !Objects.equals(before, after));
		return line;
	}

	private static String level(Map<String, Object> outputs) {
		return (String) outputs.get("approvalLevel");
	}

	private record Order(String number, LocalDate date, BigDecimal total, BigDecimal maxDiscount, String levelRecorded,
			String processInstanceId) {
	}

}
