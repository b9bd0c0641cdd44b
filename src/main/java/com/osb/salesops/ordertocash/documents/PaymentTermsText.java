package com.osb.salesops.ordertocash.documents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment terms as a contract or an invoice states them, in Chinese and English.
 */
final class PaymentTermsText {

	private static final Pattern NET = Pattern.compile("NET(\\d+)");

	private PaymentTermsText() {
	}

	static String of(String terms) {
		if ("PREPAY".equals(terms)) {
			return "款到发货：买方付清全部货款后卖方发货。Prepayment: the goods ship once the buyer has paid the order in full.";
		}
		Matcher net = NET.matcher((terms != null) ? terms : "");
		if (net.matches()) {
			return "发货开票后 " + net.group(1) + " 天内付清货款。Net " + net.group(1) + " days: payment due within " + net.group(1)
					+ " days of the invoice, issued at dispatch.";
		}
		return "按双方约定付款。As agreed between the parties.";
	}

}
