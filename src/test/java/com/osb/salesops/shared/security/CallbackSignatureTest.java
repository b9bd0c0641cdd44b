package com.osb.salesops.shared.security;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallbackSignatureTest {

	private static final byte[] BODY = "{\"eventId\": \"E1\", \"type\": \"DELIVERED\"}"
		.getBytes(StandardCharsets.UTF_8);

	@Test
	void shouldAcceptTheHmacOfTheBodyUnderTheSharedSecret() {
		// given
		CallbackSignature signature = new CallbackSignature("key");

		// when
		boolean matches = signature.matches("sha256=" + signature.sign(BODY), BODY);

		// then
		assertThat(matches).isTrue();
		assertThat(new CallbackSignature("key")
			.sign("The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
	}

	@Test
	void shouldRefuseAnotherSecretAnotherBodyOrNoSecretAtAll() {
		// given
		CallbackSignature signature = new CallbackSignature("key");
		String signed = "sha256=" + new CallbackSignature("other").sign(BODY);

		// when
		boolean otherSecret = signature.matches(signed, BODY);
		boolean otherBody = signature.matches("sha256=" + signature.sign(BODY), "{}".getBytes(StandardCharsets.UTF_8));
		boolean unconfigured = new CallbackSignature("").matches(signed, BODY);

		// then
		assertThat(otherSecret).isFalse();
		assertThat(otherBody).isFalse();
		assertThat(unconfigured).isFalse();
	}

}
