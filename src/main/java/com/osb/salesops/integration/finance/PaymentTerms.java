package com.osb.salesops.integration.finance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.osb.salesops.shared.web.Messages;

/**
 * Reads the days until an invoice is due from an order's payment terms: {@code NET30} is
 * 30 days, {@code PREPAY} (or no terms at all) is due on the day of issue.
 */
final class PaymentTerms {

	private static final Pattern NET = Pattern.compile("NET(\\d{1,3})");

	private PaymentTerms() {
	}

	static int days(String terms) {
		if (terms == null || "PREPAY".equals(terms)) {
			return 0;
		}
		Matcher net = NET.matcher(terms);
		if (!net.matches()) {
			throw new IllegalStateException(
					Messages.incident("unknown-payment-terms", "Unknown payment terms {0}", terms));
		}
		return Integer.parseInt(net.group(1));
	}

}
