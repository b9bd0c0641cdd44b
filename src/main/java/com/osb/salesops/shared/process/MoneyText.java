package com.osb.salesops.shared.process;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money as a person reads it on a form or a task, exact to the fen: like
 * {@code 10,001.40 CNY}. What a form shows of money is this text, never a floating-point
 * number.
 */
public final class MoneyText {

	private static final String CURRENCY = " CNY";

	/**
	 * An amount as {@link #of(BigDecimal)} writes it, wherever it stands in a text: not
	 * part of a longer number or word.
	 */
	private static final Pattern WRITTEN = Pattern
		.compile("(?<![\\p{Alnum},.\\-])(-?\\d{1,3}(?:,\\d{3})*\\.\\d{2}) CNY(?![\\p{Alnum}])");

	private MoneyText() {
	}

	public static String of(BigDecimal amount) {
		return figure(amount) + CURRENCY;
	}

	/**
	 * The amount as a reader of the language expects it: {@code ¥10,001.40} in Chinese,
	 * {@code 10,001.40 CNY} otherwise.
	 */
	public static String of(BigDecimal amount, Locale language) {
		return "zh".equals(language.getLanguage()) ? "¥" + figure(amount) : of(amount);
	}

	/**
	 * The text with each amount this class wrote in it ({@code 10,001.40 CNY}) as a
	 * reader of the language writes money ({@code ¥10,001.40} in Chinese); the rest as it
	 * is.
	 */
	public static String inLanguage(String text, Locale language) {
		if (text == null || "en".equals(language.getLanguage()) || !text.contains(CURRENCY)) {
			return text;
		}
		return WRITTEN.matcher(text)
			.replaceAll(
					(money) -> Matcher.quoteReplacement(of(new BigDecimal(money.group(1).replace(",", "")), language)));
	}

	/**
	 * The amount alone, like {@code 10,001.40}, where the currency is said once for all.
	 */
	public static String figure(BigDecimal amount) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(amount.setScale(2, RoundingMode.HALF_EVEN));
	}

}
