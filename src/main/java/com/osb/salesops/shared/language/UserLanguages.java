package com.osb.salesops.shared.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.osb.salesops.shared.SalesOpsProperties;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The language each user reads the platform in: their own choice, else the company's.
 * Only the languages the company offers ({@code salesops.language.languages}) are kept. A
 * user's choice is read once and then remembered as long as an identity is
 * ({@code salesops.security.identity-cache-time}), since every translated answer needs
 * it: a new choice is seen at once on the node that stored it, on other nodes within that
 * time.
 */
@Component
public class UserLanguages {

	private final JdbcClient jdbc;

	private final SalesOpsProperties.Language settings;

	private final BusinessClock clock;

	/** Entries kept at most; past it the memory starts afresh. */
	private static final int MAX_REMEMBERED = 10_000;

	private final long rememberNanos;

	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

	private record Remembered(Optional<Locale> chosen, long expiresAt) {
	}

	UserLanguages(JdbcClient jdbc, SalesOpsProperties properties, BusinessClock clock) {
		this.jdbc = jdbc;
		this.settings = properties.language();
		this.clock = clock;
		this.rememberNanos = properties.security().identityCacheTime().toNanos();
	}

	/** The user's language, or the company's when the user chose none. */
	public Locale of(String userId) {
		return chosen(userId).orElse(this.settings.defaultLanguage());
	}

	/**
	 * The language the user chose, if any. While the database does not answer, the choice
	 * last read (however old) or none: every answer needs a language, the one asking the
	 * caller to come back first of all.
	 */
	public Optional<Locale> chosen(String userId) {
		if (userId == null) {
			return Optional.empty();
		}
		Remembered known = this.remembered.get(userId);
		if (known != null && known.expiresAt() - System.nanoTime() > 0) {
			return known.chosen();
		}
		Optional<Locale> chosen;
		try {
			chosen = this.jdbc.sql("select language from user_language where user_id = ?")
				.param(userId)
				.query(String.class)
				.optional()
				.flatMap(this::offered);
		}
		catch (DataAccessException unanswered) {
			return (known != null) ? known.chosen() : Optional.empty();
		}
		if (this.rememberNanos > 0) {
			if (this.remembered.size() >= MAX_REMEMBERED) {
				this.remembered.clear();
			}
			this.remembered.put(userId, new Remembered(chosen, System.nanoTime() + this.rememberNanos));
		}
		return chosen;
	}

	/** Keeps the user's choice, which must be one of the languages offered. */
	@Transactional
	public void choose(String userId, Locale language) {
		Locale offered = offered(language.toLanguageTag())
			.orElseThrow(() -> new IllegalArgumentException(language.toLanguageTag() + " is not offered"));
		int updated = this.jdbc.sql("update user_language set language = ?, changed_at = ? where user_id = ?")
			.params(offered.toLanguageTag(), this.clock.timestamp(), userId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into user_language (user_id, language, changed_at) values (?, ?, ?)")
				.params(userId, offered.toLanguageTag(), this.clock.timestamp())
				.update();
		}
		forget(userId);
	}

	/** Forgets the user's choice now and again once the change commits. */
	private void forget(String userId) {
		this.remembered.remove(userId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					UserLanguages.this.remembered.remove(userId);
				}
			});
		}
	}

	/**
	 * The first offered language an {@code Accept-Language} header asks for, if any; a
	 * missing or malformed header asks for none.
	 */
	public Optional<Locale> asked(String header) {
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				if (range.getRange().equals("*")) {
					continue;
				}
				Optional<Locale> offered = offered(range.getRange());
				if (offered.isPresent()) {
					return offered;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// a malformed header names no language
		}
		return Optional.empty();
	}

	/**
	 * The offered language a tag names: {@code zh}, {@code zh-CN}, {@code zh-Hans-CN} are
	 * zh-CN.
	 */
	public Optional<Locale> offered(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		Locale asked = Locale.forLanguageTag(tag.strip().replace('_', '-'));
		List<Locale> languages = this.settings.languages();
		return languages.stream()
			.filter((offered) -> offered.equals(asked))
			.findFirst()
			.or(() -> languages.stream()
				.filter((offered) -> offered.getLanguage().equals(asked.getLanguage()))
				.findFirst());
	}

	/**
	 * The language of a page the application serves: the one the user logged in chose in
	 * their profile; else the first offered language the browser asks for; else the
	 * company's.
	 */
	public Locale ofPage(Optional<String> userId, String acceptLanguage) {
		return userId.flatMap(this::chosen).or(() -> asked(acceptLanguage)).orElseGet(this::defaultLanguage);
	}

	/** Every language users may choose. */
	public List<Locale> languages() {
		return this.settings.languages();
	}

	/** The company's language. */
	public Locale defaultLanguage() {
		return this.settings.defaultLanguage();
	}

}
