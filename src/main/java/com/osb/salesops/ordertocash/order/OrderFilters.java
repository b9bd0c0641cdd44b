package com.osb.salesops.ordertocash.order;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.osb.salesops.shared.web.FieldError;

/**
 * The filters by which a report narrows the orders it reads besides who sold them: the
 * channel sold through and the product. The pages that offer them check them here, so
 * that each answers a wrong one alike.
 */
public final class OrderFilters {

	/** As long as a product's SKU may be. */
	private static final int SKU_LENGTH = 40;

	private static final String CHANNELS = Arrays.stream(SalesChannel.values())
		.map(SalesChannel::name)
		.collect(Collectors.joining(", "));

	private OrderFilters() {
	}

	/**
	 * Every problem with the filters, none when both are left out or make sense.
	 * @param channel a channel's name, or empty for every channel
	 * @param product a product's SKU, or empty for every product
	 */
	public static List<FieldError> problems(String channel, String product) {
		List<FieldError> problems = new ArrayList<>();
		if (channel != null && !channel.isBlank()
				&& Arrays.stream(SalesChannel.values()).noneMatch((known) -> known.name().equals(channel))) {
			problems.add(FieldError.of("channel", "one-of", "must be one of {0}", CHANNELS));
		}
		if (product != null && product.length() > SKU_LENGTH) {
			problems.add(FieldError.of("product", "sku", "must be a SKU of at most 40 characters"));
		}
		return problems;
	}

}
