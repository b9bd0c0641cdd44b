package com.osb.salesops.ordertocash.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.osb.salesops.masterdata.ProductPrices;
import com.osb.salesops.masterdata.ProductPrices.Price;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.RequestFields;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks a submitted order against POLICY section 3 step 1: a known customer of the
 * submitting rep, known products, quantity above zero, unit price at least the product's
 * floor price in effect on the day, discount from 0 to 100%. Every problem is collected
 * before anything is stored.
 */
@Component
class OrderValidation {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcTemplate jdbc;

	private final ProductPrices prices;

	private final BusinessClock clock;

	OrderValidation(JdbcTemplate jdbc, ProductPrices prices, BusinessClock clock) {
		this.jdbc = jdbc;
		this.prices = prices;
		this.clock = clock;
	}

	/**
	 * @param repUserId the submitting rep's user id, or null when someone who may order
	 * for any customer submits
	 */
	OrderSubmission validate(Map<String, Object> body, String repUserId) {
		RequestFields fields = new RequestFields(body);
		String customerCode = fields.text("customerCode");
		var requestedDate = fields.optionalDate("requestedDate");
		List<OrderLine> lines = new ArrayList<>();
		List<RequestFields> items = fields.objects("lines");
		for (RequestFields item : items) {
			OrderLine line = line(item);
			if (line != null) {
				lines.add(line);
			}
		}
		Map<String, Object> customer = (customerCode != null) ? customer(customerCode) : null;
		if (customerCode != null && customer == null) {
			fields.addError("customerCode", "there is no active customer '" + customerCode + "'");
		}
		else if (customer != null && repUserId != null && !repUserId.equals(customer.get("user_id"))) {
			fields.addError("customerCode", "customer '" + customerCode + "' is not one of your customers");
		}
		fields.throwIfInvalid();
		return new OrderSubmission(((Number) customer.get("id")).longValue(), customerCode,
				(String) customer.get("rep_id"), requestedDate, lines);
	}

	private OrderLine line(RequestFields item) {
		String sku = item.text("sku");
		Integer quantity = item.wholeNumber("quantity", 1);
		BigDecimal unitPrice = item.decimal("unitPrice", BigDecimal.ZERO);
		BigDecimal discount = item.optionalDecimal("discountPercent", BigDecimal.ZERO);
		if (discount != null && (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0)) {
			item.addError("discountPercent", "must be from 0 to 100");
			discount = null;
		}
		Price product = (sku != null) ? this.prices.onDate(sku, this.clock.today()).orElse(null) : null;
		if (sku != null && product == null) {
			item.addError("sku", "there is no active product '" + sku + "'");
		}
		BigDecimal floor = (product != null) ? product.floorPrice() : null;
		if (floor != null && unitPrice != null && unitPrice.compareTo(floor) < 0) {
			item.addError("unitPrice", "must be at least the floor price " + floor.toPlainString());
		}
		if (product == null || quantity == null || unitPrice == null || discount == null
				|| unitPrice.compareTo(floor) < 0) {
			return null;
		}
		return new OrderLine(product.productId(), sku, quantity, unitPrice, discount);
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

	private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
		Map<String, Object> lower = new java.util.HashMap<>();
		row.forEach((key, value) -> lower.put(key.toLowerCase(java.util.Locale.ROOT), value));
		return lower;
	}

}
