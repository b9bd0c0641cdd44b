package com.osb.salesops.shared.notification;

import java.util.Collection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Notifications to the parties concerned, written to an outbox in the same transaction as
 * the step they report on, and sent from there by e-mail when a mail server is
 * configured.
 */
@Component
public class Notifications {

	private final JdbcTemplate jdbc;

	Notifications(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param orderNumber the order it concerns, or null
	 * @param recipients user ids and group names (a group reaches its members), or e-mail
	 * addresses of people outside the company (a customer)
	 */
	public void notify(String orderNumber, Collection<String> recipients, String subject, String body) {
		this.jdbc.update("insert into notification (order_number, recipients, subject, body) values (?, ?, ?, ?)",
				orderNumber, String.join(",", recipients), subject, body);
	}

}
