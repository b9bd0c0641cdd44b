package com.osb.salesops.quota.model;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Rep ids in natural order (POLICY section 4, step 4: ties go to the smaller rep id):
 * digits compare as numbers, so {@code R2} comes before {@code R10}; other characters
 * compare one by one. Ids equal as numbers but written differently ({@code R2},
 * {@code R02}) fall back to plain string order, so the order stays total.
 */
public final class RepIdOrder implements Comparator<String> {

	public static final RepIdOrder NATURAL = new RepIdOrder();

	private RepIdOrder() {
	}

	@Override
	public int compare(String left, String right) {
		int i = 0;
		int j = 0;
		while (i < left.length() && j < right.length()) {
			char a = left.charAt(i);
			char b = right.charAt(j);
			if (Character.isDigit(a) && Character.isDigit(b)) {
				int endLeft = endOfDigits(left, i);
				int endRight = endOfDigits(right, j);
				int byNumber = new BigInteger(left.substring(i, endLeft))
					.compareTo(new BigInteger(right.substring(j, endRight)));
				if (byNumber != 0) {
					return byNumber;
				}
				i = endLeft;
				j = endRight;
			}
			else {
				if (a != b) {
					return Character.compare(a, b);
				}
				i++;
				j++;
			}
		}
		int byLength = Integer.compare(left.length() - i, right.length() - j);
		return (byLength != 0) ? byLength : left.compareTo(right);
	}

	private static int endOfDigits(String text, int start) {
		int end = start;
		while (end < text.length() && Character.isDigit(text.charAt(end))) {
			end++;
		}
		return end;
	}

}
