package com.osb.salesops.ordertocash.documents;

import java.util.List;
import java.util.Locale;

import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.Messages;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The files people upload to an order, and the roles that upload each: those whose tasks
 * need it (the rep, and the assistant for fax and courier copies; the warehouse for a
 * delivery receipt that comes back to it).
 */
public enum AttachmentKind {

	SIGNED_CONTRACT("the signed contract", List.of(Roles.SALES_REP, Roles.SALES_ASSISTANT)),

	DELIVERY_RECEIPT("the delivery receipt", List.of(Roles.SALES_REP, Roles.SALES_ASSISTANT, Roles.WAREHOUSE)),

	INVOICING_DETAILS("the customer's invoicing details", List.of(Roles.SALES_REP, Roles.SALES_ASSISTANT));

	private final String words;

	private final List<String> uploaders;

	AttachmentKind(String words, List<String> uploaders) {
		this.words = words;
		this.uploaders = uploaders;
	}

	/** What it is, in English words, like "the signed contract". */
	public String words() {
		return this.words;
	}

	/**
	 * What it is in the language given, {@code attachment.<kind>} of the message bundles,
	 * like 已签合同 for the signed contract.
	 */
	public String words(Locale language) {
		return Messages.text(language, "attachment." + code(), this.words);
	}

	/** What it is in the current request's language. */
	public String inWords() {
		return words(LocaleContextHolder.getLocale());
	}

	/** Its name in codes: {@code signed-contract}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public List<String> uploaders() {
		return this.uploaders;
	}

}
