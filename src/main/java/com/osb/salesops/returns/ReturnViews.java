package com.osb.salesops.returns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.osb.salesops.ordertocash.order.OrderScope;
import com.osb.salesops.shared.language.RuleTexts;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns as their readers see them, scoped as orders are: a rep sees the returns of
 * their own orders, a sales manager their regions', a sales director their markets', the
 * other roles every one. A return outside the scope does not exist for the reader.
 */
@Service
@Transactional(readOnly = true)
public class ReturnViews {

	/** A part of the keeper's note: the units, their kind, why. */
	private static final Pattern NOTE_PART = Pattern.compile(
			"(\\d+) (to stock|scrapped|refused): (.*?)(?=; \\d+ (?:to stock|scrapped|refused): |$)", Pattern.DOTALL);

	/** The states a return passes through, from its request to its end. */
	private static final List<String> STATES = List.of("REQUESTED", "APPROVED", "REJECTED", "INSPECTED", "RECEIVED",
			"CREDITED", "CLOSED");

	/** The most returns one list shows. */
	static final int MAX_LIST = 200;

	private static final String SELECT = """
			select x.number, o.number as order_number, c.code as customer_code, c.name as customer_name,
			  x.rep_id, x.status, x.reason, x.reason_text, x.return_value, x.approval_level, x.approval_rule,
			  x.requested_by, x.requested_on, x.decided_by, x.decision_comment, x.inspected_by, x.credit_amount,
			  x.credit_note_number, x.applied_to_invoice, x.customer_credit, x.closed_on, x.id,
			  r.user_id as rep_user_id, g.manager_user_id as region_manager, m.manager_user_id as market_manager
			from order_return x join sales_order o on o.id = x.order_id join customer c on c.id = x.customer_id
			join sales_rep r on r.id = x.rep_id join region g on g.id = r.region_id join market m on m.id = g.market_id
			where 1 = 1""";

	private final JdbcTemplate jdbc;

	private final ReturnStore store;

	ReturnViews(JdbcTemplate jdbc, ReturnStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	/**
	 * The returns in the scope, newest first, optionally of one order or in one status.
	 */
	public List<Map<String, Object>> list(OrderScope scope, String orderNumber, String status) {
		if (status != null && !status.isBlank() && !STATES.contains(status)) {
			throw InvalidRequestException.of(HttpStatus.BAD_REQUEST, "list-refused", "The list cannot be read as asked",
					List.of(FieldError.of("status", "one-of", "must be one of {0}", String.join(", ", STATES))));
		}
		StringBuilder sql = new StringBuilder(SELECT);
		List<Object> arguments = new ArrayList<>();
		scope.sales().appendTo(sql, arguments, "r.user_id", "g.manager_user_id", "m.manager_user_id");
		if (orderNumber != null && !orderNumber.isBlank()) {
			sql.append(" and o.number = ?");
			arguments.add(orderNumber);
		}
		if (status != null && !status.isBlank()) {
			sql.append(" and x.status = ?");
			arguments.add(status);
		}
		sql.append(" order by x.id desc");
		return this.jdbc.queryForList(sql.toString(), arguments.toArray())
			.stream()
			.limit(MAX_LIST)
			.map(ReturnViews::summary)
			.toList();
	}

	/** One return with its lines, if the reader may see it. */
	public Map<String, Object> view(String number, OrderScope scope) {
		Map<String, Object> row = this.jdbc.queryForList(SELECT + " and x.number = ?", number)
			.stream()
			.filter((head) -> includes(scope, head))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("no-such-return", "There is no return {0}", number));
		Map<String, Object> view = summary(row);
		view.put("approvalRule", RuleTexts.forReader((String) row.get("approval_rule")));
		view.put("requestedBy", row.get("requested_by"));
		view.put("decidedBy", row.get("decided_by"));
		view.put("decisionComment", row.get("decision_comment"));
		view.put("inspectedBy", row.get("inspected_by"));
		view.put("appliedToInvoice", row.get("applied_to_invoice"));
		view.put("customerCredit", row.get("customer_credit"));
		view.put("lines", this.store.returnLines(((Number) row.get("id")).longValue()).stream().map((line) -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("lineNo", line.lineNo());
			item.put("sku", line.sku());
			item.put("name", line.name());
			item.put("quantity", line.quantity());
			item.put("netUnitPrice", line.netUnitPrice());
			item.put("restock", line.restock());
			item.put("scrap", line.scrap());
			item.put("refused", line.refused());
			item.put("inspectionNote", inspectionNote(line.note()));
			item.put("creditAmount", line.creditAmount());
			return item;
		}).toList());
		return view;
	}

	/**
	 * The returns of an order, for the order's own view (whose scope is checked there).
	 */
	public List<Map<String, Object>> ofOrder(String orderNumber) {
		return list(OrderScope.all(), orderNumber, null);
	}

	/**
	 * The keeper's reasons for the units not put back to stock, in the reader's words:
	 * recorded as {@code 1 refused: seal broken; 2 scrapped: cracked}, each part's count
	 * and kind worded by {@code return-note.part} and {@code return-note.kind.<kind>},
	 * the keeper's own words as written.
	 */
	static String inspectionNote(String note) {
		if (note == null) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		Matcher part = NOTE_PART.matcher(note);
		while (part.find()) {
			parts.add(Messages.text("return-note.part", "{0} {1}: {2}", part.group(1),
					Messages.text("return-note.kind." + part.group(2).replace(' ', '-'), part.group(2)),
					part.group(3)));
		}
		return parts.isEmpty() ? note : String.join(Messages.text("return-note.separator", "; "), parts);
	}

	private static boolean includes(OrderScope scope, Map<String, Object> head) {
		return scope.sales()
			.includes(Objects.toString(head.get("rep_user_id"), null),
					Objects.toString(head.get("region_manager"), null),
					Objects.toString(head.get("market_manager"), null));
	}

	private static Map<String, Object> summary(Map<String, Object> row) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("number", row.get("number"));
		item.put("orderNumber", row.get("order_number"));
		item.put("customerCode", row.get("customer_code"));
		item.put("customerName", row.get("customer_name"));
		item.put("rep", row.get("rep_id"));
		item.put("status", row.get("status"));
		item.put("statusText", Messages.text("return-state." + row.get("status"),
				String.valueOf(row.get("status")).toLowerCase(java.util.Locale.ROOT)));
		item.put("reason", row.get("reason"));
		item.put("reasonText", row.get("reason_text"));
		item.put("returnValue", row.get("return_value"));
		item.put("approvalLevel", row.get("approval_level"));
		item.put("requestedOn", String.valueOf(row.get("requested_on")));
		item.put("creditAmount", row.get("credit_amount"));
		item.put("creditNoteNumber", row.get("credit_note_number"));
		item.put("closedOn", (row.get("closed_on") != null) ? String.valueOf(row.get("closed_on")) : null);
		return item;
	}

}
