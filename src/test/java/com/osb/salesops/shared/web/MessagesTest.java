package com.osb.salesops.shared.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the engine keeps of a failure (an incident, a BPMN error) and what the product
 * writes on a task read in the company's language, the code in front of an incident.
 */
class MessagesTest {

	@Test
	void shouldWriteAnIncidentInTheCompanysLanguageWithItsCodeInFront() {
		try (Bundles bundles = Bundles.loaded(Locale.forLanguageTag("zh-CN"))) {
			assertThat(Messages.incident("out-of-stock", "Not enough stock for {0}", "P-100, P-500"))
				.isEqualTo("[out-of-stock] 库存不足：P-100, P-500");
			assertThat(Messages.incident("remote-refused", "{0} {1} for {2} answered {3}: {4}",
					Messages.inCompanyLanguage("system.warehouse", "Warehouse"), "reserve", "SC20261116DD0001", 503,
					"{\"error\": \"busy\"}"))
				.isEqualTo("[remote-refused] 仓库系统的 reserve 调用（SC20261116DD0001）返回 503：{\"error\": \"busy\"}");
			assertThat(Messages.inCompanyLanguage("note.own-level", "the task's own")).isEqualTo("任务本身");
		}
	}

	@Test
	void shouldSayAValueThatIsNotThereAsNothingGivenNeverAsNull() {
		try (Bundles bundles = Bundles.loaded(Locale.forLanguageTag("zh-CN"))) {
			assertThat(Messages.text(Locale.SIMPLIFIED_CHINESE, "field.month-format",
					"must be a month like 2026-12, not ''{0}''", (Object) null))
				.isEqualTo("必须是 2026-12 这样的月份，而不是“未填写”");
			assertThat(Messages.text(Locale.ENGLISH, "field.month-format", "must be a month like 2026-12, not ''{0}''",
					(Object) null))
				.isEqualTo("must be a month like 2026-12, not 'nothing given'");
		}
	}

	@Test
	void shouldWriteItInEnglishForACompanyThatWorksInEnglish() {
		try (Bundles bundles = Bundles.loaded(Locale.ENGLISH)) {
			assertThat(Messages.incident("out-of-stock", "Not enough stock for {0}", "P-100"))
				.isEqualTo("[out-of-stock] Not enough stock for P-100");
			assertThat(Messages.inCompanyLanguage("note.own-level", "the task's own")).isEqualTo("the task's own");
		}
	}

}
