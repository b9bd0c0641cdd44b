package com.osb.salesops.shared.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a file is, read from its first bytes (its magic number) rather than from the name
 * or the content type its sender claims: a PDF, a PNG or a JPEG image, the kinds of a
 * scanned or photographed paper.
 */
public final class FileSniffer {

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private FileSniffer() {
	}

	/** The media type of a PDF, PNG or JPEG file; empty for anything else. */
	public static Optional<String> contentType(byte[] content) {
		if (startsWith(content, PDF)) {
			return Optional.of(GeneratedDocument.PDF);
		}
		if (startsWith(content, PNG)) {
			return Optional.of("image/png");
		}
		if (startsWith(content, JPEG)) {
			return Optional.of("image/jpeg");
		}
		return Optional.empty();
	}

	/** The file name extension that goes with a media type this class recognises. */
	public static String extension(String contentType) {
		return switch (contentType) {
			case GeneratedDocument.PDF -> ".pdf";
			case "image/png" -> ".png";
			default -> ".jpg";
		};
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

}
