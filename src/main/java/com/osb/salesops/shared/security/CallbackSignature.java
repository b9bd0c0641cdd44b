package com.osb.salesops.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature finance and the warehouse put on their callbacks instead of a password:
 * {@code X-Salesops-Signature: sha256=<hex>}, the HMAC-SHA256 of the raw request body
 * under the shared secret {@code salesops.integration.callback-secret}.
 */
public final class CallbackSignature {

	static final String HEADER = "X-Salesops-Signature";

	private static final String PREFIX = "sha256=";

	private final byte[] secret;

	public CallbackSignature(String secret) {
		this.secret = (secret != null) ? secret.getBytes(StandardCharsets.UTF_8) : new byte[0];
	}

	boolean configured() {
		return this.secret.length > 0;
	}

	/** Whether the header is the signature of the body, compared in constant time. */
	boolean matches(String header, byte[] body) {
		if (!configured() || header == null || !header.startsWith(PREFIX)) {
			return false;
		}
		byte[] expected = sign(body).getBytes(StandardCharsets.US_ASCII);
		byte[] given = header.substring(PREFIX.length()).trim().toLowerCase().getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given);
	}

	/** The hex HMAC-SHA256 of the body. */
	String sign(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
