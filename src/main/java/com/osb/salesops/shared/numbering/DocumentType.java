package com.osb.salesops.shared.numbering;

/**
 * The kinds of numbered documents and their type codes (POLICY section 1).
 */
public enum DocumentType {

	SALES_ORDER("DD"), CONTRACT("HT"), SHIPPING_NOTICE("FHTZ"), INVOICE("FP"), RETURN("TH"), PAYMENT_RECEIPT("SK"),

	/** A credit note: its own series, beside the return it credits. */
	CREDIT_NOTE("HZ");

	private final String code;

	DocumentType(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
