package com.osb.salesops.shared.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The CJK font cut down to the characters one document shows, before the document is laid
 * out. A PDF embeds only the glyphs it uses either way, but the PDF library works over
 * the whole font it is given: the widths of all 35,000 glyphs when the font is loaded,
 * and a glyph map as long as the highest glyph number used when the document is saved.
 * Given a font of a few hundred glyphs, numbered from 0, both are short.
 * <p>
 * The cut keeps the outlines, advance widths, metrics, names and a Unicode map of the
 * characters kept; the glyphs and widths laid out are the whole font's. The font's
 * substitution and positioning tables are left out: they apply to scripts the documents
 * do not set in this font (Chinese is set glyph by glyph, Latin text in Helvetica).
 */
final class FontSubset {

	/** The tables a laid-out and embedded glyph needs; none that names glyph numbers. */
	private static final List<String> TABLES = List.of("head", "hhea", "maxp", "name", "OS/2", "post", "cmap", "hmtx",
			"loca", "glyf", "gasp");

	private FontSubset() {
	}

	/**
	 * The font's glyphs for the characters of these texts, as a font of its own, which
	 * the caller closes; or {@code null} when the whole font should be used (a character
	 * outside the Basic Multilingual Plane that the font has, which the cut's Unicode map
	 * cannot hold).
	 */
	static TrueTypeFont of(TrueTypeFont font, Iterable<String> texts) throws IOException {
		CmapLookup unicode = font.getUnicodeCmapLookup();
		Set<Integer> shown = new TreeSet<>();
		for (String text : texts) {
			if (text == null) {
				continue;
			}
			for (int index = 0; index < text.length();) {
				int codePoint = text.codePointAt(index);
				index += Character.charCount(codePoint);
				if (unicode.getGlyphId(codePoint) == 0) {
					continue;
				}
				if (codePoint > 0xFFFF) {
					return null;
				}
				shown.add(codePoint);
			}
		}
		TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
		subsetter.addAll(shown);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		subsetter.writeToStream(bytes);
		return new TTFParser().parse(new RandomAccessReadBuffer(bytes.toByteArray()));
	}

}
