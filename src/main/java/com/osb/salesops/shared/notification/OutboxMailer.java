package com.osb.salesops.shared.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.osb.salesops.shared.time.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the notification outbox by e-mail, when {@code spring.mail.host} is configured.
 * Recipients are resolved to the e-mail addresses of the users and of the members of the
 * groups named. A message that cannot be sent stays in the outbox for the next round.
 */
@Component
@ConditionalOnProperty(name = "spring.mail.host")
class OutboxMailer {

	private static final Logger log = LoggerFactory.getLogger(OutboxMailer.class);

	private final JdbcTemplate jdbc;

	private final JavaMailSender mailSender;

	private final BusinessClock clock;

	OutboxMailer(JdbcTemplate jdbc, JavaMailSender mailSender, BusinessClock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.mailSender = mailSender;
	}

	@Scheduled(fixedDelayString = "${salesops.notifications.send-interval:PT30S}")
	void send() {
		List<Map<String, Object>> unsent = this.jdbc.queryForList(
				"select id, recipients, subject, body from notification where sent_at is null order by id limit 100");
		for (Map<String, Object> row : unsent) {
			try {
				SimpleMailMessage message = new SimpleMailMessage();
				message.setTo(addresses(String.valueOf(row.get("recipients"))).toArray(String[]::new));
				message.setSubject(String.valueOf(row.get("subject")));
				message.setText(String.valueOf(row.get("body")));
				this.mailSender.send(message);
				this.jdbc.update("update notification set sent_at = ? where id = ?", this.clock.timestamp(),
						row.get("id"));
			}
			catch (RuntimeException ex) {
				log.warn("Notification {} not sent yet: {}", row.get("id"), ex.getMessage());
			}
		}
	}

	private Set<String> addresses(String recipients) {
		Set<String> addresses = new LinkedHashSet<>();
		for (String recipient : recipients.split(",")) {
			if (recipient.contains("@")) {
				// a customer's own address, written as it is
				addresses.add(recipient.trim());
				continue;
			}
			addresses.addAll(this.jdbc.queryForList("select u.EMAIL_ from ACT_ID_USER u where u.ID_ = ?"
					+ " union select u.EMAIL_ from ACT_ID_USER u join ACT_ID_MEMBERSHIP m on m.USER_ID_ = u.ID_"
					+ " where m.GROUP_ID_ = ?", String.class, recipient, recipient));
		}
		addresses.removeIf((address) -> address == null || address.isBlank());
		return addresses;
	}

}
