package com.osb.salesops.returns;

/** Why the customer sends goods back (POLICY section 6). */
public enum ReturnReason {

	DAMAGED("Damaged"), WRONG_ITEM("Wrong item"), QUALITY("Quality"), CHANGED_MIND("Customer changed mind"),
	OTHER("Other");

	private final String text;

	ReturnReason(String text) {
		this.text = text;
	}

	/** The reason as a person reads it. */
	public String text() {
		return this.text;
	}

}
