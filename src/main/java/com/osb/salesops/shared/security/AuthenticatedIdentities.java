package com.osb.salesops.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The users who passed HTTP basic authentication a moment ago, with their groups and
 * tenants, so that the next request with the same credentials within a few seconds is not
 * checked against the database again. Only a digest of the credentials is kept, salted
 * with a secret of this process, and compared in constant time. Any change to users,
 * groups, memberships or tenants forgets everyone, once when the change is made and once
 * when it commits ({@link IdentityChanges}); a failed login forgets its user, so that the
 * engine's delay after a failed attempt applies to the next request too. A request that
 * was checked while such a change went on is not remembered. Other nodes of a cluster
 * forget no later than the time to live.
 */
class AuthenticatedIdentities {

	/** Entries kept at most; past it the cache starts afresh. */
	private static final int MAX_ENTRIES = 10_000;

	private final long timeToLiveNanos;

	private final byte[] salt = new byte[32];

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	/** A user's groups and tenants as checked. */
	public record Identity(List<String> groups, List<String> tenants) {
	}

	private record Entry(byte[] digest, Identity identity, long expiresAt) {
	}

	/**
	 * @param timeToLive how long an identity is remembered; zero remembers none
	 */
	AuthenticatedIdentities(Duration timeToLive) {
		this.timeToLiveNanos = timeToLive.toNanos();
		new SecureRandom().nextBytes(this.salt);
	}

	/** The identity checked a moment ago with exactly these credentials, if any. */
	public Optional<Identity> lookUp(String userId, String password) {
		Entry entry = this.entries.get(userId);
		if (entry == null) {
			return Optional.empty();
		}
		if (System.nanoTime() - entry.expiresAt() > 0) {
			this.entries.remove(userId, entry);
			return Optional.empty();
		}
		return MessageDigest.isEqual(entry.digest(), digest(userId, password)) ? Optional.of(entry.identity())
				: Optional.empty();
	}

	/** What {@link #remember} must be given: read before the identity is checked. */
	public long generation() {
		return this.generation.get();
	}

	/**
	 * Remembers an identity just checked, unless users or groups changed since the check
	 * began ({@code generation} as read before it).
	 */
	public void remember(String userId, String password, Identity identity, long generation) {
		if (this.timeToLiveNanos <= 0) {
			return;
		}
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		this.entries.put(userId,
				new Entry(digest(userId, password), identity, System.nanoTime() + this.timeToLiveNanos));
		if (this.generation.get() != generation) {
			this.entries.remove(userId);
		}
	}

	/** Forgets one user, e.g. after a failed login. */
	public void forget(String userId) {
		this.generation.incrementAndGet();
		if (userId != null) {
			this.entries.remove(userId);
		}
	}

	/** Forgets everyone: users, groups, memberships or tenants changed. */
	public void forgetAll() {
		this.generation.incrementAndGet();
		this.entries.clear();
	}

	private byte[] digest(String userId, String password) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(this.salt);
			digest.update(userId.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			return digest.digest(password.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
