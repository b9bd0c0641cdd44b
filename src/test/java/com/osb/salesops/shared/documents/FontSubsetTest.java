package com.osb.salesops.shared.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document laid out in the font cut to its characters is the document laid out in the
 * whole font: the same text on the same pages, drawn pixel for pixel alike.
 */
class FontSubsetTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

	private static final Pattern TABLE = Pattern.compile("\\{\\{\\s*table\\s+([A-Za-z][A-Za-z0-9]*)\\s*:(.*)}}");

	/**
	 * Chinese of several blocks, full-width punctuation, Latin, digits, a sign neither
	 * font has.
	 */
	private static final List<String> VALUES = List.of("上海华东精密仪器有限公司",
			"Zhejiang Lüneburg Trading Co., Ltd. 浙江省杭州市西湖区文三路 90 号", "¥ 1,234,567.89（含税）", "貳萬叁仟肆佰伍拾陆元整",
			"NET60 — 发票后 60 天付款；逾期按日万分之五计息", "☃ 𠀀 ①②③ 「引号」", "李明 / Li Ming", "2026-12-04");

	private static TrueTypeFont wholeFont;

	@BeforeAll
	static void loadFont() throws IOException {
		try (InputStream in = new ClassPathResource("fonts/DroidSansFallback-CJK.ttf").getInputStream()) {
			wholeFont = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
		}
	}

	@AfterAll
	static void close() throws IOException {
		wholeFont.close();
	}

	static Stream<String> templates() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("documents"))) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".template"))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("templates")
	void aDocumentInTheCutFontIsTheDocumentInTheWholeFont(String file) throws IOException {
		String text = Files.readString(Path.of("documents", file), StandardCharsets.UTF_8);
		for (int variant = 0; variant < 3; variant++) {
			List<DocumentTemplate.Block> blocks = new DocumentTemplate(file, text).fill(values(text, variant),
					tables(text, variant));
			byte[] whole = write(blocks, wholeFont, false);
			byte[] cut;
			try (TrueTypeFont subset = FontSubset.of(wholeFont, DocumentRenderer.texts(blocks))) {
				assertThat(subset).isNotNull();
				assertThat(subset.getNumberOfGlyphs()).isLessThan(1_000);
				cut = write(blocks, subset, true);
			}
			try (PDDocument expected = Loader.loadPDF(whole); PDDocument actual = Loader.loadPDF(cut)) {
				assertThat(actual.getNumberOfPages()).as(file).isEqualTo(expected.getNumberOfPages());
				assertThat(new PDFTextStripper().getText(actual)).as(file)
					.isEqualTo(new PDFTextStripper().getText(expected));
				PDFRenderer expectedPages = new PDFRenderer(expected);
				PDFRenderer actualPages = new PDFRenderer(actual);
				for (int page = 0; page < expected.getNumberOfPages(); page++) {
					assertSamePixels(actualPages.renderImage(page, 1.5f), expectedPages.renderImage(page, 1.5f),
							file + " page " + (page + 1));
				}
			}
		}
	}

	@Test
	void textTheFontDoesNotHaveLeavesItOut() throws IOException {
		try (TrueTypeFont subset = FontSubset.of(wholeFont, List.of("Ωmega ☃ 𠀀 合同"))) {
			assertThat(subset.getUnicodeCmapLookup().getGlyphId("合".codePointAt(0))).isPositive();
			assertThat(subset.getUnicodeCmapLookup().getGlyphId("同".codePointAt(0))).isPositive();
			assertThat(subset.getUnicodeCmapLookup().getGlyphId("𠀀".codePointAt(0))).isZero();
			assertThat(subset.getNumberOfGlyphs()).isLessThan(10);
		}
	}

	private static void assertSamePixels(BufferedImage actual, BufferedImage expected, String what) {
		assertThat(actual.getWidth()).as(what).isEqualTo(expected.getWidth());
		assertThat(actual.getHeight()).as(what).isEqualTo(expected.getHeight());
		int differing = 0;
		int inked = 0;
		for (int y = 0; y < expected.getHeight(); y++) {
			for (int x = 0; x < expected.getWidth(); x++) {
				if (actual.getRGB(x, y) != expected.getRGB(x, y)) {
					differing++;
				}
				if (expected.getRGB(x, y) != 0xFFFFFFFF) {
					inked++;
				}
			}
		}
		assertThat(inked).as(what + ": pixels inked").isGreaterThan(1_000);
		assertThat(differing).as(what + ": pixels that differ").isZero();
	}

	private static byte[] write(List<DocumentTemplate.Block> blocks, TrueTypeFont font, boolean cut)
			throws IOException {
		try (PdfWriter pdf = new PdfWriter(font, cut)) {
			for (DocumentTemplate.Block block : blocks) {
				switch (block.kind()) {
					case TITLE -> pdf.title(block.text());
					case HEADING -> pdf.heading(block.text());
					case CLAUSE -> pdf.paragraph(block.text(), 12);
					case GAP -> pdf.gap();
					case TABLE -> pdf.table(block.headers(), block.rows());
					default -> pdf.paragraph(block.text(), 0);
				}
			}
			Calendar date = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
			date.setTimeInMillis(1_796_000_000_000L);
			return pdf.finish("title", date);
		}
	}

	private static Map<String, String> values(String template, int variant) {
		Map<String, String> values = new LinkedHashMap<>();
		Matcher placeholder = PLACEHOLDER.matcher(template);
		int index = variant;
		while (placeholder.find()) {
			values.putIfAbsent(placeholder.group(1), VALUES.get(index++ % VALUES.size()));
		}
		return values;
	}

	private static Map<String, List<Map<String, String>>> tables(String template, int variant) {
		Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
		Matcher table = TABLE.matcher(template);
		while (table.find()) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (int row = 0; row < 2 + variant * 7; row++) {
				Map<String, String> fields = new LinkedHashMap<>();
				int index = row + variant;
				for (String column : table.group(2).split("\\|")) {
					fields.put(column.substring(column.lastIndexOf('=') + 1).strip(),
							VALUES.get(index++ % VALUES.size()));
				}
				rows.add(fields);
			}
			tables.put(table.group(1), rows);
		}
		return tables;
	}

}
