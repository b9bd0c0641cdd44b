package com.osb.salesops.shared.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Splits text into runs of one font each: Helvetica for what it can show (Latin text,
 * digits), the embedded CJK font for Chinese; a character neither has shows as '?'. Lines
 * break between words, or between any two Chinese characters, never before closing
 * punctuation nor after opening punctuation.
 */
final class FontRuns {

	/** What may not begin a line: closing punctuation, kept with what it closes. */
	private static final String CLOSING = "。，、；：？！）》」』】〕〉”’…%·.,;:?!)]}";

	/** What may not end a line: opening punctuation, kept with what it opens. */
	private static final String OPENING = "（《「『【〔〈“‘([{";

	private final PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private final PDFont latinBold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private final PDFont cjk;

	private final Map<Integer, PDFont> fontOf = new HashMap<>();

	/** The width of a character at size 1000, by code point, twice for bold. */
	private final Map<Integer, Float> advances = new HashMap<>();

	FontRuns(PDFont cjk) {
		this.cjk = cjk;
	}

	/**
	 * The line broken into lines no wider than the width. A line's width is the sum of
	 * its characters' widths, so each token is measured once.
	 */
	List<String> wrap(String text, float size, boolean bold, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		float lineWidth = 0;
		for (String token : tokens(text)) {
			float tokenWidth = width(token, size, bold);
			if (lineWidth + tokenWidth <= width || line.isEmpty()) {
				line.append(token);
				lineWidth += tokenWidth;
				continue;
			}
			lines.add(line.toString().stripTrailing());
			line.setLength(0);
			lineWidth = 0;
			if (!token.isBlank()) {
				line.append(token);
				lineWidth = tokenWidth;
			}
		}
		lines.add(line.toString().stripTrailing());
		return lines;
	}

	/**
	 * Words, single spaces and single Chinese characters: the places a line may break,
	 * but never before closing punctuation nor after opening punctuation, as Chinese is
	 * set.
	 */
	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		StringBuilder opened = new StringBuilder();
		for (String token : breakable(text)) {
			if (token.isBlank()) {
				if (!opened.isEmpty()) {
					tokens.add(opened.toString());
					opened.setLength(0);
				}
				tokens.add(token);
			}
			else if (!opened.isEmpty()) {
				opened.append(token);
				if (OPENING.indexOf(token.codePointBefore(token.length())) < 0) {
					tokens.add(opened.toString());
					opened.setLength(0);
				}
			}
			else if (CLOSING.indexOf(token.codePointAt(0)) >= 0 && !tokens.isEmpty()
					&& !tokens.get(tokens.size() - 1).isBlank()) {
				tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + token);
			}
			else if (OPENING.indexOf(token.codePointBefore(token.length())) >= 0) {
				opened.append(token);
			}
			else {
				tokens.add(token);
			}
		}
		if (!opened.isEmpty()) {
			tokens.add(opened.toString());
		}
		return tokens;
	}

	/** Words, single spaces and single Chinese characters. */
	private static List<String> breakable(String text) {
		List<String> tokens = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		text.codePoints().forEach((codePoint) -> {
			boolean breaks = Character.isWhitespace(codePoint) || Character.isIdeographic(codePoint)
					|| Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
					|| Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
			if (breaks) {
				if (!word.isEmpty()) {
					tokens.add(word.toString());
					word.setLength(0);
				}
				tokens.add(Character.isWhitespace(codePoint) ? " " : Character.toString(codePoint));
			}
			else {
				word.appendCodePoint(codePoint);
			}
		});
		if (!word.isEmpty()) {
			tokens.add(word.toString());
		}
		return tokens;
	}

	float width(String text, float size, boolean bold) throws IOException {
		float width = 0;
		for (int index = 0; index < text.length();) {
			int codePoint = text.codePointAt(index);
			width += advance(codePoint, bold);
			index += Character.charCount(codePoint);
		}
		return width / 1000 * size;
	}

	/** The width of a character at size 1000 in the font that shows it, measured once. */
	private float advance(int codePoint, boolean bold) throws IOException {
		Integer key = codePoint * 2 + (bold ? 1 : 0);
		Float known = this.advances.get(key);
		if (known != null) {
			return known;
		}
		PDFont chosen = font(codePoint, bold);
		float advance = (chosen != null) ? chosen.getStringWidth(Character.toString(codePoint))
				: (bold ? this.latinBold : this.latin).getStringWidth("?");
		this.advances.put(key, advance);
		return advance;
	}

	/** The text in runs of one font each; a character neither font has shows as '?'. */
	List<Run> runs(String text, boolean bold) {
		List<Run> runs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		PDFont[] font = { null };
		text.codePoints().forEach((codePoint) -> {
			PDFont chosen = font(codePoint, bold);
			String character = (chosen != null) ? Character.toString(codePoint) : "?";
			chosen = (chosen != null) ? chosen : (bold ? this.latinBold : this.latin);
			if (font[0] != null && chosen != font[0]) {
				runs.add(new Run(font[0], current.toString()));
				current.setLength(0);
			}
			font[0] = chosen;
			current.append(character);
		});
		if (!current.isEmpty()) {
			runs.add(new Run(font[0], current.toString()));
		}
		return runs;
	}

	private PDFont font(int codePoint, boolean bold) {
		PDFont found = this.fontOf.computeIfAbsent(codePoint, (code) -> {
			String character = Character.toString(code);
			if (encodes(this.latin, character)) {
				return this.latin;
			}
			return encodes(this.cjk, character) ? this.cjk : null;
		});
		return (found == this.latin && bold) ? this.latinBold : found;
	}

	private static boolean encodes(PDFont font, String character) {
		try {
			font.encode(character);
			return true;
		}
		catch (IllegalArgumentException | IOException ex) {
			return false;
		}
	}

	record Run(PDFont font, String text) {
	}

}
