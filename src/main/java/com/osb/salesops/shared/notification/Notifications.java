package com.osb.salesops.shared.notification;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import com.osb.salesops.shared.documents.GeneratedDocument;
import com.osb.salesops.shared.language.Localized;
import com.osb.salesops.shared.language.ProcessNames;
import com.osb.salesops.shared.language.UserLanguages;
import com.osb.salesops.shared.transaction.Database;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications to the parties concerned, written to an outbox in the same transaction as
 * the step they report on, and sent from there by e-mail when a mail server is
 * configured. A notification in several languages is written in one transaction, so that
 * the mailer never finds it with its English alone.
 */
@Component
public class Notifications {

	private final JdbcTemplate jdbc;

	private final UserLanguages languages;

	private final ProcessNames names;

	private final Database database;

	Notifications(JdbcTemplate jdbc, UserLanguages languages, ProcessNames names, Database database) {
		this.jdbc = jdbc;
		this.languages = languages;
		this.names = names;
		this.database = database;
	}

	/** A task's name as the engine keeps it, for a text: in the reader's language. */
	public Localized taskName(String name) {
		return this.names.task(name);
	}

	/**
	 * A notification that each recipient reads in their own language: written in every
	 * language offered, and mailed to each recipient in theirs.
	 */
	@Transactional
	public void notify(String orderNumber, Collection<String> recipients, Text subject, Text body) {
		notify(orderNumber, recipients, subject, body, List.of());
	}

	/**
	 * A notification in every language offered that carries files, sent attached to the
	 * mail (an invoice's PDF).
	 */
	@Transactional
	public void notify(String orderNumber, Collection<String> recipients, Text subject, Text body,
			List<GeneratedDocument> files) {
		attach(store(orderNumber, recipients, subject, body, null), files);
	}

	/**
	 * A notification with an HTML body as well as the plain one, each recipient reading
	 * all of it in their own language (a sales report); images in the HTML may be
	 * {@code data:image/...;base64,} addresses, sent as images attached to the mail.
	 */
	@Transactional
	public void notify(String orderNumber, Collection<String> recipients, Localized subject, Localized body,
			Localized html) {
		store(orderNumber, recipients, subject, body, html);
	}

	/**
	 * Writes the notification in English and its texts in every other language offered.
	 * @param html the HTML body, or null
	 * @return the notification's id
	 */
	private long store(String orderNumber, Collection<String> recipients, Localized subject, Localized body,
			Localized html) {
		List<Locale> others = this.languages.languages()
			.stream()
			.filter((language) -> !language.getLanguage().equals(Locale.ENGLISH.getLanguage()))
			.toList();
		if (this.database.isPostgres() && !others.isEmpty()) {
			return storeInOne(orderNumber, recipients, subject, body, html, others);
		}
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement("insert into notification (order_number,"
					+ " recipients, subject, body, html_body) values (?, ?, ?, ?, ?)", new String[] { "id" });
			insert.setString(1, orderNumber);
			insert.setString(2, String.join(",", recipients));
			insert.setString(3, subject.in(Locale.ENGLISH));
			insert.setString(4, body.in(Locale.ENGLISH));
			insert.setString(5, (html != null) ? html.in(Locale.ENGLISH) : null);
			return insert;
		}, key);
		long id = key.getKeyAs(Number.class).longValue();
		for (Locale language : others) {
			this.jdbc.update(
					"insert into notification_text (notification_id, language, subject, body, html_body)"
							+ " values (?, ?, ?, ?, ?)",
					id, language.toLanguageTag(), subject.in(language), body.in(language),
					(html != null) ? html.in(language) : null);
		}
		return id;
	}

	/**
	 * On PostgreSQL, the notification and its texts in the other languages written in one
	 * statement. The values are typed as text, never as the columns' lengths: a cast
	 * would cut a text too long, which the column itself refuses.
	 */
	private long storeInOne(String orderNumber, Collection<String> recipients, Localized subject, Localized body,
			Localized html, List<Locale> others) {
		List<Object> arguments = new ArrayList<>();
		arguments.add(orderNumber);
		arguments.add(String.join(",", recipients));
		arguments.add(subject.in(Locale.ENGLISH));
		arguments.add(body.in(Locale.ENGLISH));
		arguments.add((html != null) ? html.in(Locale.ENGLISH) : null);
		StringJoiner texts = new StringJoiner(", ");
		for (Locale language : others) {
			texts.add("(cast(? as text), cast(? as text), cast(? as text), cast(? as text))");
			arguments.add(language.toLanguageTag());
			arguments.add(subject.in(language));
			arguments.add(body.in(language));
			arguments.add((html != null) ? html.in(language) : null);
		}
		return this.jdbc.queryForObject("with notice as (insert into notification (order_number, recipients,"
				+ " subject, body, html_body) values (cast(? as text), ?, ?, ?, cast(? as text)) returning id),"
				+ " texts as (insert into notification_text (notification_id, language, subject, body, html_body)"
				+ " select notice.id, t.language, t.subject, t.body, t.html_body from notice, (values " + texts
				+ ") as t (language, subject, body, html_body)) select id from notice", Long.class,
				arguments.toArray());
	}

	/**
	 * @param orderNumber the order it concerns, or null
	 * @param recipients user ids, group names (a group reaches its members) and e-mail
	 * addresses (a customer)
	 */
	public void notify(String orderNumber, Collection<String> recipients, String subject, String body) {
		notify(orderNumber, recipients, subject, body, null);
	}

	/**
	 * A notification with an HTML body as well as the plain one; images in the HTML may
	 * be {@code data:image/...;base64,} addresses, sent as images attached to the mail.
	 * @param html the HTML body, or null
	 */
	public void notify(String orderNumber, Collection<String> recipients, String subject, String body, String html) {
		notify(orderNumber, recipients, subject, body, html, List.of());
	}

	/**
	 * A notification that carries files, sent attached to the mail (an invoice's PDF).
	 * @param files the files, each under its file name and content type
	 */
	public void notify(String orderNumber, Collection<String> recipients, String subject, String body, String html,
			List<GeneratedDocument> files) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var insert = connection.prepareStatement("insert into notification (order_number, recipients, subject,"
					+ " body, html_body) values (?, ?, ?, ?, ?)", new String[] { "id" });
			insert.setString(1, orderNumber);
			insert.setString(2, String.join(",", recipients));
			insert.setString(3, subject);
			insert.setString(4, body);
			insert.setString(5, html);
			return insert;
		}, key);
		attach(key.getKey().longValue(), files);
	}

	private void attach(long id, List<GeneratedDocument> files) {
		for (GeneratedDocument file : files) {
			this.jdbc.update("insert into notification_attachment (notification_id, file_name, content_type, content)"
					+ " values (?, ?, ?, ?)", id, file.fileName(), file.contentType(), file.content());
		}
	}

}
