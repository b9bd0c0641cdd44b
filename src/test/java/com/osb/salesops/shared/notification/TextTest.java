package com.osb.salesops.shared.notification;

import java.math.BigDecimal;
import java.util.Locale;

import com.osb.salesops.shared.process.MoneyText;
import com.osb.salesops.shared.web.Bundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A notification's amounts of money read as each recipient's language writes money. */
class TextTest {

	@Test
	void writesAnAmountAsTheRecipientsLanguageWritesMoney() {
		try (Bundles bundles = Bundles.loaded(Locale.forLanguageTag("zh-CN"))) {
			Text reminder = Text.of("payment-reminder.body",
					"Dear {0},\n\nour invoice {1} was due on {2} and is now {3} days past due. {4} is still"
							+ " open. Please pay it, or tell us if it is already on its way.\n",
					"华信电子有限公司", "SC20261207FP0001", "2026-11-01", "36", MoneyText.of(new BigDecimal("1440")));

			assertThat(reminder.in(Locale.forLanguageTag("zh-CN"))).contains("¥1,440.00").doesNotContain("CNY");
			assertThat(reminder.in(Locale.ENGLISH)).contains("1,440.00 CNY");
		}
	}

}
