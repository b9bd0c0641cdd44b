package com.osb.salesops.shared.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV files in and out of the API. Every export is UTF-8 with a byte order mark, so that
 * Excel on a Chinese Windows shows Chinese names intact instead of guessing GBK. Every
 * import is UTF-8 with or without the mark unless the caller declares another encoding,
 * as {@code ?encoding=GBK} or {@code Content-Type: text/csv; charset=GBK}: files saved by
 * Excel on a Chinese Windows are GBK (or GB18030). A file that does not decode in its
 * encoding is refused rather than read with garbled names.
 */
public final class CsvFiles {

	/** The byte order mark that starts every export. */
	public static final String BOM = "\uFEFF";

	/** The type every export declares. */
	public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final String FORMULA_START = "=+-@\t\r";

	/**
	 * A dash alone, which the exports write for "none" and a spreadsheet shows as it is.
	 */
	private static final String NOTHING = "-";

	private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

	private static final Set<String> ACCEPTED = Set.of("UTF-8", "GBK", "GB18030", "GB2312");

	private CsvFiles() {
	}

	/** The text as a UTF-8 download with a byte order mark, saved under the file name. */
	public static ResponseEntity<byte[]> download(String fileName, String csv) {
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName))
			.body(bytes(csv));
	}

	private static String disposition(String fileName) {
		ContentDisposition.Builder attachment = ContentDisposition.attachment();
		boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(fileName);
		return (ascii ? attachment.filename(fileName) : attachment.filename(fileName, StandardCharsets.UTF_8)).build()
			.toString();
	}

	/**
	 * A value as one cell of an export, for every CSV the application writes: empty for
	 * none; in quotes, with its quotes doubled, when it holds a comma, a quote or a line
	 * break (so that it stays one cell of one row); and with an apostrophe in front when
	 * a spreadsheet would take it for a formula (it starts with {@code = + - @}, a tab or
	 * a carriage return and is neither a plain number nor a dash alone), so that a name
	 * or a note someone typed is shown as text and never run when the file is opened.
	 */
	public static String cell(String value) {
		if (value == null) {
			return "";
		}
		String text = formula(value) ? "'" + value : value;
		boolean quoted = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
		return quoted ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	/**
	 * The value a cell of an imported file stands for: a cell an export wrote with an
	 * apostrophe in front of a formula's first character (see {@link #cell(String)})
	 * reads as the value without it, so that a file exported, changed and imported again
	 * keeps its names as they were.
	 */
	public static String value(String cell) {
		boolean guarded = cell.startsWith("'") && formula(cell.substring(1));
		return guarded ? cell.substring(1) : cell;
	}

	/** Whether a spreadsheet would take the text for a formula, as {@link #cell} says. */
	private static boolean formula(String text) {
		return !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(text).matches()
				&& !NOTHING.equals(text);
	}

	/** The text as UTF-8 bytes with one byte order mark in front. */
	public static byte[] bytes(String csv) {
		String text = (csv == null) ? "" : csv;
		return (text.startsWith(BOM) ? text : BOM + text).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The text of an uploaded file, without its byte order mark.
	 * @param body the bytes as sent
	 * @param encoding the encoding the caller declared ({@code ?encoding=}), or null
	 * @param contentType the request's content type, whose charset counts when no
	 * encoding is declared, or null
	 * @throws InvalidRequestException 422 naming the encoding when the file does not
	 * decode in it, or when the encoding is not one the application reads
	 */
	public static String read(byte[] body, String encoding, String contentType) {
		Charset charset = charset(encoding, contentType);
		try {
			String text = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap((body == null) ? new byte[0] : body))
				.toString();
			return text.startsWith(BOM) ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "file-encoding",
					"The file is not {0} text; declare its encoding, as ?encoding=GBK for a file saved by Excel on a"
							+ " Chinese Windows",
					List.of(FieldError.of("file", "encoding", "is not {0} text", charset.name())), charset.name());
		}
	}

	private static Charset charset(String encoding, String contentType) {
		String name = (encoding != null && !encoding.isBlank()) ? encoding.strip() : declared(contentType);
		if (name == null) {
			return StandardCharsets.UTF_8;
		}
		try {
			Charset charset = Charset.forName(name);
			if (ACCEPTED.contains(charset.name().toUpperCase(Locale.ROOT))) {
				return charset;
			}
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			// refused below with the encodings that are read
		}
		throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "unknown-encoding",
				"The encoding {0} is not read; send UTF-8 or GBK",
				List.of(FieldError.of("encoding", "unknown-encoding", "must be UTF-8, GBK or GB18030")), name);
	}

	private static String declared(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return null;
		}
		try {
			Charset charset = MediaType.parseMediaType(contentType).getCharset();
			return (charset != null) ? charset.name() : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
