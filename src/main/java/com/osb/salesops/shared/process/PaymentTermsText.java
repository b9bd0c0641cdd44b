package com.osb.salesops.shared.process;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.osb.salesops.shared.web.Messages;

/**
 * Payment terms in words, in the company's language, for a form to show: {@code NET30}
 * reads "Net 30 days: shipped on credit, invoiced at dispatch, due 30 days after the
 * invoice", {@code PREPAY} "Prepayment: nothing ships before the customer has paid the
 * order in full"; terms of another shape as they are.
 */
public final class PaymentTermsText {

	private static final Pattern NET = Pattern.compile("NET(\\d+)");

	private PaymentTermsText() {
	}

	/**
	 * The terms in a few words, in the reader's language, for a table: {@code NET30}
	 * reads "Net 30 days", {@code PREPAY} "Prepayment"; terms of another shape as they
	 * are.
	 */
	public static String shortly(String terms) {
		if (terms == null) {
			return null;
		}
		if ("PREPAY".equals(terms)) {
			return Messages.text("terms.short-prepay", "Prepayment");
		}
		Matcher net = NET.matcher(terms);
		return net.matches() ? Messages.text("terms.short-net", "Net {0} days", net.group(1)) : terms;
	}

	public static String of(String terms) {
		return of(terms, Messages.companyLanguage());
	}

	/** The terms in words in the given language, as a reader of it reads them. */
	public static String of(String terms, Locale language) {
		if (terms == null) {
			return null;
		}
		if ("PREPAY".equals(terms)) {
			return Messages.text(language, "form-text.terms-prepay",
					"Prepayment: nothing ships before the customer has paid the order in full");
		}
		Matcher net = NET.matcher(terms);
		if (net.matches()) {
			return Messages.text(language, "form-text.terms-net",
					"Net {0} days: shipped on credit, invoiced at dispatch, due {0} days after the invoice",
					net.group(1));
		}
		return terms;
	}

}
