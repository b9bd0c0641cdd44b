package com.osb.salesops.ordertocash.documents;

import java.util.List;

import com.osb.salesops.shared.security.Roles;

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

	/** What it is, in words, like "the signed contract". */
	public String words() {
		return this.words;
	}

	public List<String> uploaders() {
		return this.uploaders;
	}

}
