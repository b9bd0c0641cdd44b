package com.osb.salesops.masterdata.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Whether two customer names probably mean the same company: equal once case, spaces,
 * punctuation and legal-form words (有限公司, Co., Ltd. …) are left out, or differing in at
 * most one character in ten.
 */
public final class NameSimilarity {

	private static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "corporation",
			"company", "limited", "group", "corp", "inc", "ltd", "co");

	private NameSimilarity() {
	}

	public static boolean similar(String a, String b) {
		String left = core(a);
		String right = core(b);
		if (left.isEmpty() || right.isEmpty()) {
			return false;
		}
		if (left.equals(right)) {
			return true;
		}
		int longest = Math.max(left.length(), right.length());
		return distance(left, right) <= longest / 10;
	}

	/** The name without case, spaces, punctuation and legal-form words. */
	public static String core(String name) {
		if (name == null) {
			return "";
		}
		String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		text = text.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s（）]+", " ").trim();
		for (String form : LEGAL_FORMS) {
			text = text.replaceAll("(^|\\s)" + form + "(\\s|$)", " ");
			if (!form.matches("[a-z]+")) {
				text = text.replace(form, " ");
			}
		}
		return text.replaceAll("\\s+", "");
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
