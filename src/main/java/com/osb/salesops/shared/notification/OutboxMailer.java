package com.osb.salesops.shared.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.osb.salesops.shared.documents.GeneratedDocument;
import com.osb.salesops.shared.language.UserLanguages;
import com.osb.salesops.shared.time.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the notification outbox by e-mail, when {@code spring.mail.host} is configured.
 * Recipients are resolved to the e-mail addresses of the users and of the members of the
 * groups named. A message that cannot be sent stays in the outbox for the next round.
 * Each node claims a message before it sends it, so that nodes sharing the database never
 * send one twice; a claim lapses after {@link #CLAIM_LAPSES} (its node died while
 * sending), and the message is sent by the next round. A message with an HTML body goes
 * as HTML with its plain body as the alternative; its files go attached to it. A
 * notification written in several languages goes to each recipient in theirs, one mail
 * per language.
 */
@Component
@ConditionalOnProperty(name = "spring.mail.host")
class OutboxMailer {

	private static final Logger log = LoggerFactory.getLogger(OutboxMailer.class);

	static final Duration CLAIM_LAPSES = Duration.ofMinutes(5);

	private static final String ENGLISH = "en";

	private final JdbcTemplate jdbc;

	private final JavaMailSender mailSender;

	private final BusinessClock clock;

	private final UserLanguages languages;

	OutboxMailer(JdbcTemplate jdbc, JavaMailSender mailSender, BusinessClock clock, UserLanguages languages) {
		this.languages = languages;
		this.clock = clock;
		this.jdbc = jdbc;
		this.mailSender = mailSender;
	}

	@Scheduled(fixedDelayString = "${salesops.notifications.send-interval}")
	void send() {
		List<Map<String, Object>> unsent = this.jdbc.queryForList(
				"select id, recipients, subject, body from notification where sent_at is null order by id limit 100");
		for (Map<String, Object> row : unsent) {
			if (!claim(row.get("id"))) {
				continue;
			}
			try {
				String html = this.jdbc.queryForObject("select html_body from notification where id = ?", String.class,
						row.get("id"));
				List<GeneratedDocument> files = this.jdbc.query(
						"select file_name, content_type, content from notification_attachment"
								+ " where notification_id = ? order by id",
						(rs, index) -> new GeneratedDocument(rs.getString(1), rs.getString(2), rs.getBytes(3), null),
						row.get("id"));
				Map<String, String[]> texts = texts(row);
				for (Map.Entry<String, Set<String>> readers : addresses(String.valueOf(row.get("recipients")),
						texts.size() > 1)
					.entrySet()) {
					String[] text = texts.getOrDefault(readers.getKey(), texts.get(ENGLISH));
					send(readers.getValue().toArray(String[]::new), text[0], text[1],
							(text[2] != null) ? text[2] : html, files);
				}
				this.jdbc.update("update notification set sent_at = ? where id = ?", this.clock.timestamp(),
						row.get("id"));
			}
			catch (RuntimeException ex) {
				this.jdbc.update("update notification set claimed_at = null where id = ?", row.get("id"));
				log.warn("Notification {} not sent yet: {}", row.get("id"), ex.getMessage());
			}
		}
	}

	private void send(String[] to, String subject, String body, String html, List<GeneratedDocument> files) {
		if (to.length == 0) {
			return;
		}
		if (html != null || !files.isEmpty()) {
			this.mailSender.send(HtmlMail.of(this.mailSender.createMimeMessage(), to, subject, body, html, files));
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		this.mailSender.send(message);
	}

	/**
	 * The subject, body and HTML body (null when the notification's own serves) by
	 * language: English first, then those the notification has.
	 */
	private Map<String, String[]> texts(Map<String, Object> row) {
		Map<String, String[]> texts = new LinkedHashMap<>();
		texts.put(ENGLISH, new String[] { String.valueOf(row.get("subject")), String.valueOf(row.get("body")), null });
		this.jdbc.query("select language, subject, body, html_body from notification_text where notification_id = ?",
				(RowCallbackHandler) (text) -> texts.put(text.getString("language"), new String[] {
						text.getString("subject"), text.getString("body"), text.getString("html_body") }),
				row.get("id"));
		return texts;
	}

	/** Whether this node now holds the message: unsent, and no other live claim on it. */
	private boolean claim(Object id) {
		Timestamp now = this.clock.timestamp();
		Timestamp lapsed = Timestamp.from(now.toInstant().minus(CLAIM_LAPSES));
		return this.jdbc.update("update notification set claimed_at = ? where id = ? and sent_at is null"
				+ " and (claimed_at is null or claimed_at < ?)", now, id, lapsed) == 1;
	}

	/**
	 * The addresses of the recipients by the language each reads: a user's own, the
	 * company's for an outside address; all in one when the notification has English
	 * only.
	 */
	private Map<String, Set<String>> addresses(String recipients, boolean byLanguage) {
		Map<String, Set<String>> addresses = new LinkedHashMap<>();
		for (String recipient : recipients.split(",")) {
			if (recipient.contains("@")) {
				add(addresses, byLanguage ? this.languages.defaultLanguage().toLanguageTag() : ENGLISH,
						recipient.strip());
				continue;
			}
			this.jdbc.query("select u.ID_, u.EMAIL_ from ACT_ID_USER u where u.ID_ = ?"
					+ " union select u.ID_, u.EMAIL_ from ACT_ID_USER u join ACT_ID_MEMBERSHIP m on m.USER_ID_ = u.ID_"
					+ " where m.GROUP_ID_ = ?",
					(RowCallbackHandler) (user) -> add(addresses,
							byLanguage ? this.languages.of(user.getString(1)).toLanguageTag() : ENGLISH,
							user.getString(2)),
					recipient, recipient);
		}
		return addresses;
	}

	private static void add(Map<String, Set<String>> addresses, String language, String address) {
		if (address == null || address.isBlank()) {
			return;
		}
		if (addresses.values().stream().noneMatch((known) -> known.contains(address))) {
			addresses.computeIfAbsent(language, (any) -> new LinkedHashSet<>()).add(address);
		}
	}

}
