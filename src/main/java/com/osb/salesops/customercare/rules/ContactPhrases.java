package com.osb.salesops.customercare.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words a finding's explanation uses for a customer's last contact, as the rules
 * write them ({@link CustomerComplianceFact#lastContactText(String)}), and the patterns
 * that find them again in an explanation, so that a reader of another language is told
 * the same in theirs.
 */
public final class ContactPhrases {

	/** A last contact: its type ({@code visit}) and the days since, as groups. */
	public static final Pattern LAST = Pattern.compile("the last ([a-z]+) was (\\d+) days ago");

	/** No contact: the types ({@code visit or meeting}) as a group. */
	public static final Pattern NONE = Pattern.compile("there is no ([a-z]+(?: or [a-z]+)*) on record");

	/** Between the types of {@link #NONE}. */
	public static final String OR = " or ";

	private ContactPhrases() {
	}

	/** "the last visit was 31 days ago". */
	static String last(String type, int days) {
		return "the last " + type.toLowerCase() + " was " + days + " days ago";
	}

	/** "there is no visit or meeting on record", for types like {@code VISIT MEETING}. */
	static String none(String types) {
		return "there is no " + String.join(OR, List.of(types.trim().toLowerCase().split("\\s+"))) + " on record";
	}

}
