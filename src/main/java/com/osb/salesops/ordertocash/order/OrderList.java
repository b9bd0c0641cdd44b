package com.osb.salesops.ordertocash.order;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.QueryParameters;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Lists orders, filtered, sorted and a page at a time, within what the caller may see
 * ({@link OrderScope}).
 */
@Service
public class OrderList {

	/** The sort keys a caller may name, and their columns. */
	private static final Map<String, String> SORTS = Map.of("orderDate", "o.order_date", "number", "o.number", "total",
			"o.total_amount", "status", "o.status", "customer", "c.code");

	/** The filters, paging and sorting a caller may ask for. */
	private static final List<String> PARAMETERS = List.of("status", "customer", "rep", "region", "market", "channel",
			"product", "from", "to", "page", "size", "sort");

	private static final int MAX_PAGE_SIZE = 200;

	private final JdbcTemplate jdbc;

	private final OrderTotals totals;

	OrderList(JdbcTemplate jdbc, OrderTotals totals) {
		this.jdbc = jdbc;
		this.totals = totals;
	}

	/**
	 * @param filters {@code status}, {@code customer}, {@code rep}, {@code region},
	 * {@code market}, {@code channel}, {@code product} (a SKU), {@code from}, {@code to},
	 * {@code page}, {@code size}, {@code sort} (a key, {@code -} first for descending)
	 */
	public Map<String, Object> list(OrderScope scope, Map<String, String> filters) {
		List<FieldError> errors = new ArrayList<>(QueryParameters.unknown(filters.keySet(), PARAMETERS));
		String status = filters.get("status");
		if (status != null && !status.isBlank() && !Orders.STATES.contains(status)) {
			errors.add(FieldError.of("status", "one-of", "must be one of {0}", String.join(", ", Orders.STATES)));
		}
		errors.addAll(OrderFilters.problems(filters.get("channel"), filters.get("product")));
		StringBuilder where = new StringBuilder(" where 1 = 1");
		List<Object> arguments = new ArrayList<>();
		scope.appendTo(where, arguments);
		text(filters, "status", " and o.status = ?", where, arguments, errors);
		text(filters, "rep", " and (r.id = ? or r.user_id = ?)", where, arguments, errors);
		text(filters, "region", " and g.id = ?", where, arguments, errors);
		text(filters, "market", " and m.id = ?", where, arguments, errors);
		text(filters, "channel", " and o.channel = ?", where, arguments, errors);
		String summed = where.toString();
		List<Object> summedArguments = new ArrayList<>(arguments);
		boolean onlySummedColumns = blank(filters, "customer") && blank(filters, "product");
		text(filters, "customer", " and c.code = ?", where, arguments, errors);
		text(filters, "product", " and exists (select 1 from sales_order_line l join product p on p.id = l.product_id"
				+ " where l.order_id = o.id and p.sku = ?)", where, arguments, errors);
		LocalDate first = date(filters, "from", " and o.order_date >= ?", where, arguments, errors);
		LocalDate last = date(filters, "to", " and o.order_date <= ?", where, arguments, errors);
		if (first != null && last != null && last.isBefore(first)) {
			errors.add(FieldError.of("to", "not-before-from", "must not be before from ({0})", first));
		}
		int page = number(filters, "page", 0, 0, 100_000, errors);
		int size = number(filters, "size", 50, 1, MAX_PAGE_SIZE, errors);
		String sort = filters.getOrDefault("sort", "-orderDate");
		String column = SORTS.get(sort.startsWith("-") ? sort.substring(1) : sort);
		if (column == null) {
			errors.add(FieldError.of("sort", "sort", "must be one of {0}, with - before it for descending",
					String.join(", ", SORTS.keySet())));
		}
		if (!errors.isEmpty()) {
			throw InvalidRequestException.of(HttpStatus.BAD_REQUEST, "list-refused", "The list cannot be read as asked",
					errors);
		}
		String from = " from sales_order o join customer c on c.id = o.customer_id join sales_rep r on r.id = o.rep_id"
				+ " join region g on g.id = r.region_id join market m on m.id = g.market_id";
		long total = onlySummedColumns ? this.totals.count(summed, summedArguments, first, last)
				: this.jdbc.queryForObject("select count(*)" + from + where, Long.class, arguments.toArray());
		List<Object> paged = new ArrayList<>(arguments);
		paged.add(size);
		paged.add((long) page * size);
		List<Map<String, Object>> items = this.jdbc.query(
				"select o.number, o.status, c.code, c.name, r.id as rep,"
						+ " o.order_date, o.currency, o.total_amount, r.name as rep_name" + from + where + " order by "
						+ column + (sort.startsWith("-") ? " desc" : " asc") + ", o.number limit ? offset ?",
				(rs, row) -> {
					Map<String, Object> item = new LinkedHashMap<>();
					item.put("number", rs.getString(1));
					item.put("status", rs.getString(2));
					item.put("statusText", Orders.stateText(rs.getString(2)));
					item.put("customerCode", rs.getString(3));
					item.put("customerName", rs.getString(4));
					item.put("rep", rs.getString(5));
					item.put("repName", rs.getString(9));
					item.put("orderDate", rs.getDate(6).toLocalDate().toString());
					item.put("currency", rs.getString(7));
					item.put("total", rs.getBigDecimal(8));
					return item;
				}, paged.toArray());
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("items", items);
		result.put("page", page);
		result.put("size", size);
		result.put("total", total);
		return result;
	}

	private static void text(Map<String, String> filters, String name, String condition, StringBuilder where,
			List<Object> arguments, List<FieldError> errors) {
		String value = filters.get(name);
		if (value == null || value.isBlank()) {
			return;
		}
		if (value.length() > 100) {
			errors.add(FieldError.of(name, "max-100", "must be at most 100 characters"));
			return;
		}
		where.append(condition);
		for (int i = 0; i < condition.chars().filter((c) -> c == '?').count(); i++) {
			arguments.add(value);
		}
	}

	private static boolean blank(Map<String, String> filters, String name) {
		return filters.get(name) == null || filters.get(name).isBlank();
	}

	private static LocalDate date(Map<String, String> filters, String name, String condition, StringBuilder where,
			List<Object> arguments, List<FieldError> errors) {
		String value = filters.get(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value);
			arguments.add(Date.valueOf(day));
			where.append(condition);
			return day;
		}
		catch (DateTimeParseException ex) {
			errors.add(FieldError.of(name, "date-format-end", "must be a date like 2026-12-31"));
			return null;
		}
	}

	private static int number(Map<String, String> filters, String name, int defaultValue, int min, int max,
			List<FieldError> errors) {
		String value = filters.get(name);
		if (value == null || value.isBlank()) {
			return defaultValue;
		}
		try {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.add(FieldError.of(name, "whole-number-range", "must be a whole number from {0} to {1}", min, max));
		return defaultValue;
	}

}
