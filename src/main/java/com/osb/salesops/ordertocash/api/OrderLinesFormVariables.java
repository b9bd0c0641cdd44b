package com.osb.salesops.ordertocash.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.osb.salesops.ordertocash.order.Orders;
import com.osb.salesops.shared.process.MoneyText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Feeds the lines of the order to the form of an order task, read from the order when the
 * form is opened rather than carried by the process: a task's form variables gain
 * {@code orderLineItems}, every line of the order, which the forms show as a table. So an
 * order of thousands of lines keeps its process small, and every form shows it whole.
 * Whoever may read the task's form variables may read its order's lines.
 */
class OrderLinesFormVariables extends OncePerRequestFilter {

	static final String VARIABLE = "orderLineItems";

	private final Orders orders;

	/** The application's mapper: the engine's amounts pass through with their digits. */
	private final ObjectMapper json;

	OrderLinesFormVariables(Orders orders, ObjectMapper json) {
		this.orders = orders;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String names = request.getParameter("variableNames");
		return !"GET".equals(request.getMethod()) || !request.getRequestURI().endsWith("/form-variables")
				|| (names != null && !List.of(names.split(",")).contains(VARIABLE));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, held);
		byte[] body = held.getContentAsByteArray();
		if (held.getStatus() == 200 && body.length > 0) {
			byte[] withLines = withLines(body);
			if (withLines != body) {
				held.resetBuffer();
				held.getOutputStream().write(withLines);
			}
		}
		held.copyBodyToResponse();
	}

	private byte[] withLines(byte[] body) throws IOException {
		JsonNode variables = this.json.readTree(body);
		String number = variables.path("orderNumber").path("value").asText(null);
		Map<String, Object> head = (number != null) ? this.orders.head(number).orElse(null) : null;
		if (!(variables instanceof ObjectNode object) || head == null) {
			return body;
		}
		long orderId = ((Number) head.get("id")).longValue();
		List<Map<String, Object>> items = this.orders.lines(orderId)
			.stream()
			.map(OrderLinesFormVariables::item)
			.toList();
		ObjectNode lines = object.putObject(VARIABLE);
		lines.put("type", "Json");
		lines.put("value", this.json.writeValueAsString(items));
		lines.putObject("valueInfo");
		return this.json.writeValueAsBytes(object);
	}

	private static Map<String, Object> item(Map<String, Object> row) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("line", row.get("line_no"));
		item.put("sku", row.get("sku"));
		item.put("product", row.get("name"));
		item.put("quantity", row.get("quantity"));
		item.put("unitPrice", amount((BigDecimal) row.get("unit_price")));
		item.put("discount", ((BigDecimal) row.get("discount_percent")).stripTrailingZeros().toPlainString() + "%");
		item.put("amount", amount((BigDecimal) row.get("line_amount")));
		return item;
	}

	private static String amount(BigDecimal value) {
		return MoneyText.figure(value);
	}

}
