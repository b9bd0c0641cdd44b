package com.osb.salesops.masterdata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.language.Localized;
import com.osb.salesops.shared.notification.Notifications;
import com.osb.salesops.shared.notification.Text;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.masterdata.model.FileProblem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person created by an import or through the API gets their first password by a
 * one-time link mailed through the outbox: whoever holds the link may set the password
 * once, within three days. Only a hash of the link's token is kept.
 */
@Service
public class PasswordLinks {

	static final Duration VALID_FOR = Duration.ofDays(3);

	public static final int MIN_LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final Notifications notifications;

	private final AuditLog audit;

	private final BusinessClock clock;

	PasswordLinks(JdbcClient jdbc, UserAccounts users, Notifications notifications, AuditLog audit,
			BusinessClock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Mails the user a new link; earlier unused links of the user stop working.
	 * @param pageAddress the address of the page that sets a password
	 * @return when the link expires
	 */
	@Transactional
	public Instant send(String userId, String pageAddress, String actor) {
		String email = this.users.email(userId)
			.orElseThrow(() -> new OrganisationChangeRefused("userId",
					FileProblem.of("user-without-mail",
							"User {0} does not exist or has no e-mail address: give one in the organisation file first",
							userId)));
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant expires = this.clock.now().plus(VALID_FOR);
		this.jdbc.sql("delete from password_link where user_id = ? and used_at is null").param(userId).update();
		this.jdbc
			.sql("insert into password_link (token_hash, user_id, expires_at, created_by, created_at)"
					+ " values (?, ?, ?, ?, ?)")
			.params(hash(token), userId, Timestamp.from(expires), actor, this.clock.timestamp())
			.update();
		this.notifications.notify(null, List.of(email),
				Text.of("password-link.subject", "Set your password for sales operations"),
				Text.of("password-link.body",
						"Your user is {0}. Set your password here, once, before {1}:\n\n{2}?token={3}\n\nThen log in"
								+ " at the same address without /password.",
						userId, (Localized) (language) -> this.clock.text(expires, language), pageAddress, token));
		this.audit.record(actor, "PASSWORD_LINK_SENT", "user", userId, null,
				"to " + email + ", valid until " + expires);
		return expires;
	}

	/** Sets the password of the link's user, once. */
	@Transactional
	public String use(String token, String password) {
		String userId = (token == null) ? null : this.jdbc
			.sql("select user_id from password_link where token_hash = ? and used_at is null and expires_at > ?")
			.params(hash(token), this.clock.timestamp())
			.query(String.class)
			.optional()
			.orElse(null);
		if (userId == null) {
			throw new OrganisationChangeRefused("token",
					FileProblem.of("password-link", "The link is unknown, used or expired: ask for a new one"));
		}
		if (password == null || password.length() < MIN_LENGTH || password.length() > 128 || password.isBlank()) {
			throw new OrganisationChangeRefused("password",
					FileProblem.of("password-length", "Choose a password of at least {0} characters", MIN_LENGTH));
		}
		this.users.setPassword(userId, password);
		this.jdbc.sql("update password_link set used_at = ? where token_hash = ?")
			.params(this.clock.timestamp(), hash(token))
			.update();
		this.audit.record(userId, "PASSWORD_SET", "user", userId, null, "through a one-time link");
		return userId;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
