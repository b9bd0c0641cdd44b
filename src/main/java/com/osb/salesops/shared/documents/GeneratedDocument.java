package com.osb.salesops.shared.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file the application made or received: its name, content type, bytes and their
 * SHA-256, which the audit trail records so that a printed or mailed copy can be checked
 * against the one on file.
 *
 * @param fileName the name it is downloaded or mailed under
 * @param contentType its media type
 * @param content the bytes
 * @param sha256 the SHA-256 of the bytes, in lower-case hex
 */
public record GeneratedDocument(String fileName, String contentType, byte[] content, String sha256) {

	public static final String PDF = "application/pdf";

	public static GeneratedDocument pdf(String fileName, byte[] content) {
		return new GeneratedDocument(fileName, PDF, content, sha256(content));
	}

	/** The SHA-256 of the bytes in lower-case hex. */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
