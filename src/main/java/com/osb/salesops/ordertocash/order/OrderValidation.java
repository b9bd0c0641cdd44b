package com.osb.salesops.ordertocash.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.osb.salesops.masterdata.ProductPrices;
import com.osb.salesops.shared.process.MoneyText;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.RequestCheck;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks a submitted order against POLICY section 3 step 1: a known customer of the
 * submitting rep, known products, quantity above zero, unit price at least the product's
 * floor price in effect on the day, discount from 0 to 100%, a delivery wanted today or
 * later. Every problem is collected before anything is stored.
 */
@Component
class OrderValidation implements RequestCheck<OrderRequest> {

	/**
	 * The most an order (and so one line) may be worth, well inside the ledger's columns.
	 */
	private static final BigDecimal MAX_TOTAL = new BigDecimal("999999999999999.99");

	private static final String LIMIT = "999,999,999,999,999.99 CNY";

	private final JdbcTemplate jdbc;

	private final CurrentUser currentUser;

	private final ProductPrices prices;

	private final BusinessClock clock;

	OrderValidation(JdbcTemplate jdbc, CurrentUser currentUser, ProductPrices prices, BusinessClock clock) {
		this.jdbc = jdbc;
		this.currentUser = currentUser;
		this.prices = prices;
		this.clock = clock;
	}

	/**
	 * The customer and products of an order as it arrives, checked with its other
	 * problems: the customer exists and is the calling rep's, each product exists and
	 * each price is at least its floor.
	 */
	@Override
	public List<FieldError> check(OrderRequest request) {
		List<FieldError> problems = new ArrayList<>();
		String repUserId = this.currentUser.hasRole(Roles.ADMIN) ? null : this.currentUser.id();
		if (request.customerCode() != null && !request.customerCode().isBlank()) {
			Map<String, Object> customer = customer(request.customerCode(), repUserId, problems);
			if (customer != null) {
				delivery(customer, request.deliveryAddress(), problems);
			}
		}
		if (request.requestedDate() != null && request.requestedDate().isBefore(this.clock.today())) {
			problems.add(FieldError.of("requestedDate", "requested-date-past",
					"is before today ({0}): a delivery is wanted on a day still to come", this.clock.today()));
		}
		Map<String, Optional<Map<String, Object>>> products = new HashMap<>();
		for (int index = 0; request.lines() != null && index < request.lines().size(); index++) {
			OrderRequest.Line item = request.lines().get(index);
			if (item != null && item.sku() != null && !item.sku().isBlank()) {
				product(item, "lines[" + index + "].", problems, products);
			}
		}
		return problems;
	}

	private Map<String, Object> customer(String code, String repUserId, List<FieldError> problems) {
		Map<String, Object> customer = customer(code);
		if (customer == null) {
			problems
				.add(FieldError.of("customerCode", "no-such-customer", "there is no active customer ''{0}''", code));
		}
		else if (repUserId != null && !repUserId.equals(customer.get("user_id"))) {
			problems.add(FieldError.of("customerCode", "not-your-customer",
					"customer ''{0}'' is not one of your customers", code));
			return null;
		}
		return customer;
	}

	/**
	 * The line's product, or null with the problem noted; each product is looked up once
	 * per order, however many lines name it.
	 */
	private Map<String, Object> product(OrderRequest.Line item, String field, List<FieldError> problems,
			Map<String, Optional<Map<String, Object>>> products) {
		Map<String, Object> product = products.computeIfAbsent(item.sku(), (sku) -> Optional.ofNullable(product(sku)))
			.orElse(null);
		if (product == null) {
			problems
				.add(FieldError.of(field + "sku", "no-such-product", "there is no active product ''{0}''", item.sku()));
			return null;
		}
		BigDecimal floor = (BigDecimal) product.get("floor_price");
		if (item.unitPrice() != null && item.unitPrice().compareTo(floor) < 0) {
			problems.add(FieldError.of(field + "unitPrice", "below-floor-price", "must be at least the floor price {0}",
					MoneyText.of(floor, LocaleContextHolder.getLocale())));
			return null;
		}
		return product;
	}

	/**
	 * @param repUserId the submitting rep's user id, or null when someone who may order
	 * for any customer submits
	 */
	OrderSubmission validate(OrderRequest request, String repUserId) {
		List<FieldError> problems = new ArrayList<>();
		Map<String, Object> customer = customer(request.customerCode(), repUserId, problems);
		OrderDelivery delivery = (customer != null) ? delivery(customer, request.deliveryAddress(), problems) : null;
		List<OrderLine> lines = new ArrayList<>();
		Map<String, Optional<Map<String, Object>>> products = new HashMap<>();
		for (int index = 0; index < request.lines().size(); index++) {
			OrderRequest.Line item = request.lines().get(index);
			String field = "lines[" + index + "].";
			Map<String, Object> product = product(item, field, problems, products);
			if (product == null) {
				continue;
			}
			OrderLine line = new OrderLine(((Number) product.get("id")).longValue(), item.sku(),
					item.quantity().intValueExact(), item.unitPrice(), item.discount());
			if (line.amount().compareTo(MAX_TOTAL) > 0) {
				problems.add(FieldError.of(field + "quantity", "line-too-large", "makes the line worth more than {0}",
						LIMIT));
				continue;
			}
			lines.add(line);
		}
		BigDecimal total = lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.compareTo(MAX_TOTAL) > 0) {
			problems.add(FieldError.of("lines", "order-too-large", "make the order worth more than {0}", LIMIT));
		}
		if (!problems.isEmpty()) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-order",
					"The order has {0} invalid field(s)", problems, problems.size());
		}
		return new OrderSubmission(((Number) customer.get("id")).longValue(), request.customerCode(),
				(String) customer.get("rep_id"), request.requestedDate(), request.channel(), lines, delivery);
	}

	/**
	 * Where the goods go: the delivery address of the customer's file that the order
	 * names by its number (1 for the first), the first when it names none, or null when
	 * the file has none; a number the file does not have is a problem.
	 */
	private OrderDelivery delivery(Map<String, Object> customer, BigDecimal chosen, List<FieldError> problems) {
		List<OrderDelivery> addresses = this.jdbc.query(
				"select address, receiving_contact, receiving_phone, unloading_hours, preferred_carrier"
						+ " from customer_delivery_address where customer_id = ? order by position",
				(rs, row) -> new OrderDelivery(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5)),
				((Number) customer.get("id")).longValue());
		// a number that is not whole or below 1 is the request's own problem, named by
		// its
		// constraints
		BigDecimal position = (chosen != null) ? chosen : BigDecimal.ONE;
		if (position.signum() > 0 && position.stripTrailingZeros().scale() <= 0
				&& position.compareTo(BigDecimal.valueOf(addresses.size())) <= 0) {
			return addresses.get(position.intValueExact() - 1);
		}
		if (chosen != null && (chosen.signum() <= 0 || chosen.stripTrailingZeros().scale() > 0)) {
			return null;
		}
		if (chosen != null) {
			problems.add(FieldError.of("deliveryAddress", "no-such-delivery-address",
					"the customer''s file has {0} delivery address(es), numbered from 1", addresses.size()));
		}
		return null;
	}

	private Map<String, Object> customer(String code) {
		return this.jdbc
			.queryForList("select c.id, c.rep_id, r.user_id from customer c"
					+ " join sales_rep r on r.id = c.rep_id where c.code = ? and c.active = true", code)
			.stream()
			.findFirst()
			.map(OrderValidation::lowerCaseKeys)
			.orElse(null);
	}

	/** An active product with the floor price in effect today. */
	private Map<String, Object> product(String sku) {
		return this.prices.onDate(sku, this.clock.today())
			.map((price) -> Map.<String, Object>of("id", price.productId(), "floor_price", price.floorPrice()))
			.orElse(null);
	}

	private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
		Map<String, Object> lower = new java.util.HashMap<>();
		row.forEach((key, value) -> lower.put(key.toLowerCase(java.util.Locale.ROOT), value));
		return lower;
	}

}
