package com.osb.salesops.ordertocash.process;

import java.math.BigDecimal;

import com.osb.salesops.shared.process.MoneyText;

/**
 * Amounts as the order flow carries them: exact decimals, entered as text (or as a number
 * by older clients), shown with thousands separators and the currency.
 */
final class Money {

	private Money() {
	}

	/**
	 * The exact amount of a variable, or null when there is none or it is not a number.
	 */
	static BigDecimal exact(Object value) {
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(value.toString().strip());
			return (amount.precision() - amount.scale() > 15) ? null : amount;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Like {@code 5%} or {@code 12.5%}: the exact share, without trailing zeros. */
	static String percent(BigDecimal share) {
		return share.stripTrailingZeros().toPlainString() + "%";
	}

	/** Like {@code 10,001.40 CNY}. */
	static String text(BigDecimal amount) {
		return MoneyText.of(amount);
	}

}
