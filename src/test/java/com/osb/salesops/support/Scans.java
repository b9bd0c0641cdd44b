package com.osb.salesops.support;

import java.nio.charset.StandardCharsets;

/**
 * Small files as people upload them: a scan as a one-page PDF, a photo as PNG or JPEG,
 * and files that are none of these.
 */
public final class Scans {

	private Scans() {
	}

	/** A minimal PDF: what the magic number check reads is its first bytes. */
	public static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** The first bytes of a PNG image and some more. */
	public static byte[] png() {
		byte[] png = new byte[64];
		byte[] magic = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
		System.arraycopy(magic, 0, png, 0, magic.length);
		return png;
	}

	/** A file of the given size that starts like a PDF. */
	public static byte[] pdfOfSize(int size) {
		byte[] file = new byte[size];
		byte[] head = pdf();
		System.arraycopy(head, 0, file, 0, Math.min(head.length, size));
		return file;
	}

	/**
	 * Files a scan with an order straight in the database, as the upload would, for tests
	 * that drive the flow past the tasks that need one from outside the application.
	 */
	public static void file(org.springframework.jdbc.core.JdbcTemplate jdbc, String number, String kind, String user) {
		byte[] pdf = pdf();
		jdbc.update(
				"insert into order_file (order_number, kind, file_name, content_type, size_bytes, sha256,"
						+ " content, created_by, created_at) values (?, ?, 'scan.pdf', 'application/pdf', ?, ?, ?, ?,"
						+ " current_timestamp)",
				number, kind, pdf.length, com.osb.salesops.shared.documents.GeneratedDocument.sha256(pdf), pdf, user);
	}

	/** A Windows program, whatever name or type it is sent under. */
	public static byte[] executable() {
		return "MZ\u0090\u0000 this is not a scan".getBytes(StandardCharsets.ISO_8859_1);
	}

}
