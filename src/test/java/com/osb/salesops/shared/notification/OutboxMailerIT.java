package com.osb.salesops.shared.notification;

import java.time.Duration;
import java.util.List;

import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.osb.salesops.shared.language.Localized;
import com.osb.salesops.shared.language.UserLanguages;
import com.osb.salesops.shared.time.BusinessClock;
import jakarta.mail.internet.MimeMessage;
import com.osb.salesops.shared.documents.GeneratedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With a mail server configured, the notification outbox is sent by e-mail to the users
 * and group members named, over real SMTP on loopback.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:outbox-mail;DB_CLOSE_DELAY=-1",
		"salesops.notifications.send-interval=PT0.2S" })
class OutboxMailerIT {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserLanguages languages;

	@Autowired
	BusinessClock clock;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Test
	void sendsTheOutboxToTheUsersAndGroupMembersNamed() throws Exception {
		// given
		this.jdbc.update("update notification set sent_at = current_timestamp where sent_at is null");

		// when
		this.notifications.notify("SC20261123DD0999", List.of("rep1", "finance"), "Order SC20261123DD0999 completed",
				"Delivered, invoiced and archived.");

		// then
		await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= 2);
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received[0].getSubject()).isEqualTo("Order SC20261123DD0999 completed");
		assertThat(received[0].getAllRecipients()).extracting(Object::toString)
			.containsExactlyInAnyOrder("rep1@salesops.example", "accountant@salesops.example");
		assertThat(this.jdbc.queryForObject("select count(*) from notification where sent_at is null", Integer.class))
			.isZero();
	}

	@Test
	void sendsAnHtmlBodyWithItsImagesAttachedAndThePlainTextBesideIt() throws Exception {
		// given
		String pixel = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
		smtp.purgeEmailFromAllMailboxes();

		// when
		this.notifications.notify(null, List.of("analyst"), "Weekly sales report", "Plain text",
				"<p>Chart</p><img alt=\"chart\" src=\"data:image/png;base64," + pixel + "\">");

		// then
		await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= 1);
		MimeMessage received = smtp.getReceivedMessages()[0];
		String raw = GreenMailUtil.getWholeMessage(received);
		assertThat(received.getContentType()).startsWith("multipart/");
		assertThat(raw).contains("src=\"cid:image1\"", "Content-ID: <image1>", "Content-Type: image/png", "Plain text")
			.doesNotContain("data:image/png");
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void sendsTheFilesOfANotificationAttachedToItsMail() throws Exception {
		// given
		this.jdbc.update("update notification set sent_at = current_timestamp where sent_at is null");
		smtp.purgeEmailFromAllMailboxes();
		GeneratedDocument invoice = GeneratedDocument.pdf("SC20261116FP0001.pdf",
				"%PDF-1.4 invoice".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

		// when
		this.notifications.notify("SC20261116DD0001", List.of("customer@example.com"), "Invoice SC20261116FP0001",
				"Please find the invoice attached.", null, List.of(invoice));

		// then
		await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= 1);
		MimeMessage received = smtp.getReceivedMessages()[0];
		String raw = GreenMailUtil.getWholeMessage(received);
		assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("customer@example.com");
		assertThat(received.getContentType()).startsWith("multipart/");
		assertThat(raw).contains("Please find the invoice attached.", "Content-Type: application/pdf",
				"filename=SC20261116FP0001.pdf");
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void sendsANotificationToEachRecipientInTheirOwnLanguage() throws Exception {
		// given rep2 reads English, rep1 the company's Chinese
		smtp.purgeEmailFromAllMailboxes();
		this.languages.choose("rep2", Locale.ENGLISH);

		// when
		this.notifications.notify("SC20261123DD0998", List.of("rep1", "rep2"),
				Text.of("order-unpaid.subject", "Order {0} is still unpaid", "SC20261123DD0998"),
				Text.of("order-unpaid.body",
						"Order {0} for {1} ({2} CNY) waits for payment. It is cancelled if it"
								+ " stays unpaid past the payment deadline of its flow.",
						"SC20261123DD0998", "Acme", "1200.00"));

		// then
		await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= 2);
		Map<String, String> subjects = new java.util.HashMap<>();
		for (MimeMessage received : smtp.getReceivedMessages()) {
			subjects.put(received.getAllRecipients()[0].toString(), received.getSubject());
		}
		assertThat(subjects).containsEntry("rep1@salesops.example", "订单 SC20261123DD0998 仍未付款")
			.containsEntry("rep2@salesops.example", "Order SC20261123DD0998 is still unpaid");
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void writesTaskNamesAndMomentsInEachRecipientsLanguageInTheBusinessTimeZone() throws Exception {
		// given rep2 reads English, rep1 the company's Chinese, and a deadline at 10:00
		// in
		// Shanghai
		smtp.purgeEmailFromAllMailboxes();
		this.languages.choose("rep2", Locale.ENGLISH);
		java.time.Instant due = java.time.Instant.parse("2026-11-17T02:00:00Z");
		Localized task = this.notifications.taskName("Approve order: SC20261123DD0997, Acme, 1,200.00 CNY");

		// when
		this.notifications.notify("SC20261123DD0997", List.of("rep1", "rep2"),
				Text.of("overdue.subject", "Overdue: {0}", task),
				Text.of("overdue.body", "This task was due at {0} and still waits for you in Tasklist: {1}.",
						(Localized) (language) -> this.clock.text(due, language), task));

		// then
		await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= 2);
		Map<String, MimeMessage> mails = new java.util.HashMap<>();
		for (MimeMessage received : smtp.getReceivedMessages()) {
			mails.put(received.getAllRecipients()[0].toString(), received);
		}
		MimeMessage chinese = mails.get("rep1@salesops.example");
		MimeMessage english = mails.get("rep2@salesops.example");
		assertThat(chinese.getSubject()).isEqualTo("已逾期：审批订单：SC20261123DD0997，Acme，¥1,200.00");
		assertThat(chinese.getContent().toString()).contains("此任务的期限为 2026-11-17 10:00 中国标准时间 (UTC+08:00)");
		assertThat(english.getSubject()).isEqualTo("Overdue: Approve order: SC20261123DD0997, Acme, 1,200.00 CNY");
		assertThat(english.getContent().toString())
			.contains("This task was due at 2026-11-17 10:00 China Standard Time (UTC+08:00)");
		smtp.purgeEmailFromAllMailboxes();
	}

}
