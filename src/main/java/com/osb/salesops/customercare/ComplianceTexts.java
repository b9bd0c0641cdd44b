package com.osb.salesops.customercare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import com.osb.salesops.customercare.rules.ContactPhrases;
import com.osb.salesops.shared.language.RuleTexts;
import com.osb.salesops.shared.web.Messages;

/**
 * A compliance finding as its reader reads it. The rules explain a finding in English, as
 * the analyst wrote it, and it is kept so; a reader of another language is told the rule
 * that found it in their words (its {@code @zh} name), with the customer's last contact
 * when the explanation names it. A rule without words in the reader's language is
 * explained as written.
 */
public final class ComplianceTexts {

	private ComplianceTexts() {
	}

	/**
	 * The duty a finding is about in the language: a field of the customer file, a visit
	 * or the logistics information ({@code compliance.duty.<duty>}); a duty without words
	 * reads as its code.
	 */
	public static String duty(String duty, Locale language) {
		return Messages.text(language, "compliance.duty." + duty, duty);
	}

	/** The rule's name in the language, as far as the rules have it. */
	public static String rule(String rule, Locale language) {
		return RuleTexts.inLanguage(rule, language);
	}

	/** The finding's explanation in the language. */
	public static String explanation(String rule, String explanation, Locale language) {
		if (explanation == null || rule == null || "en".equals(language.getLanguage())) {
			return explanation;
		}
		String named = rule(rule, language);
		if (named.equals(rule)) {
			return explanation;
		}
		String contact = contact(explanation, language);
		return (contact != null)
				? Messages.text(language, "compliance.finding-with-contact", "{0}; {1}", named, contact) : named;
	}

	/** The customer's last contact as the explanation names it, in the language. */
	private static String contact(String explanation, Locale language) {
		Matcher last = ContactPhrases.LAST.matcher(explanation);
		if (last.find()) {
			return Messages.text(language, "compliance.last-contact", "the last {0} was {1} days ago",
					type(last.group(1), language), last.group(2));
		}
		Matcher none = ContactPhrases.NONE.matcher(explanation);
		if (none.find()) {
			List<String> types = new ArrayList<>();
			for (String type : none.group(1).split(ContactPhrases.OR)) {
				types.add(type(type, language));
			}
			return Messages.text(language, "compliance.no-contact", "there is no {0} on record",
					String.join(Messages.text(language, "compliance.contact-or", " or "), types));
		}
		return null;
	}

	private static String type(String type, Locale language) {
		return Messages.text(language, "compliance.contact-type." + type, type);
	}

}
