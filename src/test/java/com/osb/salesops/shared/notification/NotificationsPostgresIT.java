package com.osb.salesops.shared.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.osb.salesops.shared.language.Localized;
import com.osb.salesops.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * On PostgreSQL a notification in several languages is written with its texts in the
 * other languages, each in its own words, with or without an HTML body and an order.
 */
class NotificationsPostgresIT extends PostgresIntegrationTest {

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNotificationIsWrittenInEnglishWithItsTextsInEveryOtherLanguage() {
		// given
		long before = this.jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);

		// when: one for an order, one with an HTML body and no order
		this.notifications.notify("SCPGNOTE0001", List.of("rep1", "finance"),
				Text.of("order-unpaid.subject", "Order {0} is still unpaid", "SCPGNOTE0001"),
				Text.of("order-unpaid.body", "Order {0} for {1} ({2} CNY) waits for payment.", "SCPGNOTE0001", "Acme",
						"1200.00"));
		Localized html = (language) -> "<p>" + language.toLanguageTag() + "</p>";
		this.notifications.notify(null, List.of("analyst"), (language) -> "Report " + language.toLanguageTag(),
				(language) -> "Plain " + language.toLanguageTag(), html);

		// then
		List<Map<String, Object>> written = this.jdbc.queryForList("select id, order_number, recipients, subject,"
				+ " body, html_body from notification where id > ? order by id", before);
		assertThat(written).hasSize(2);
		assertThat(written.get(0)).containsEntry("order_number", "SCPGNOTE0001")
			.containsEntry("recipients", "rep1,finance")
			.containsEntry("subject", "Order SCPGNOTE0001 is still unpaid")
			.containsEntry("html_body", null);
		assertThat(written.get(1)).containsEntry("order_number", null)
			.containsEntry("subject", "Report en")
			.containsEntry("body", "Plain en")
			.containsEntry("html_body", "<p>en</p>");
		List<Map<String, Object>> texts = this.jdbc.queryForList("select notification_id, language, subject, body,"
				+ " html_body from notification_text where notification_id > ? order by notification_id, language",
				before);
		assertThat(texts).hasSize(2);
		assertThat(texts.get(0)).containsEntry("notification_id", written.get(0).get("id"))
			.containsEntry("language", Locale.SIMPLIFIED_CHINESE.toLanguageTag())
			.containsEntry("subject", "订单 SCPGNOTE0001 仍未付款")
			.containsEntry("html_body", null);
		assertThat((String) texts.get(0).get("body")).startsWith("订单 SCPGNOTE0001");
		assertThat(texts.get(1)).containsEntry("notification_id", written.get(1).get("id"))
			.containsEntry("subject", "Report zh-CN")
			.containsEntry("body", "Plain zh-CN")
			.containsEntry("html_body", "<p>zh-CN</p>");
	}

	@Test
	void aTextLongerThanItsColumnIsRefusedInEveryLanguageAndNothingIsWritten() {
		// given a subject that fits in English but not in Chinese
		long before = this.jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);
		Localized subject = (language) -> language.getLanguage().equals("en") ? "Short" : "长".repeat(301);

		// when
		Throwable refused = catchThrowable(
				() -> this.notifications.notify("SCPGNOTE0002", List.of("rep1"), subject, (language) -> "Body", null));

		// then: as the database refuses a text too long for its column, not cut to fit
		assertThat(refused).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from notification where id > ?", Long.class, before))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from notification_text where notification_id > ?",
				Long.class, before))
			.isZero();
	}

}
