package com.osb.salesops.shared.web;

import java.time.LocalDate;

/** The bounds every request's numbers and dates are held to before anything is done. */
public final class RequestLimits {

	/** Digits before the decimal point of any number a request carries. */
	public static final int MAX_INTEGER_DIGITS = 15;

	/** Digits after the decimal point of any number a request carries. */
	public static final int MAX_DECIMALS = 4;

	/** The first business date a request may name. */
	public static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);

	/** The last business date a request may name. */
	public static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);

	private RequestLimits() {
	}

}
