package com.osb.salesops.shared.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FontRunsTest {

	private static TrueTypeFont cjkFont;

	private static PDDocument document;

	private static FontRuns fonts;

	@BeforeAll
	static void loadFont() throws IOException {
		try (InputStream in = new ClassPathResource("fonts/DroidSansFallback-CJK.ttf").getInputStream()) {
			cjkFont = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
		}
		document = new PDDocument();
		fonts = new FontRuns(PDType0Font.load(document, cjkFont, true));
	}

	@AfterAll
	static void close() throws IOException {
		document.close();
		cjkFont.close();
	}

	@Test
	void aTextIsAsWideAsItsRunsMeasuredByTheirFonts() throws IOException {
		for (String text : List.of("Net 60 days", "销售合同 No. SC-2026-0001", "客户：上海华东贸易有限公司", "¥ 12,345.67 (含税)",
				"Ωmega ☃ snow")) {
			for (boolean bold : new boolean[] { false, true }) {
				float expected = 0;
				for (FontRuns.Run run : fonts.runs(text, bold)) {
					expected += run.font().getStringWidth(run.text()) / 1000 * 10;
				}
				// measured twice: the second answer comes from what the first learned
				assertThat(fonts.width(text, 10, bold)).as(text).isCloseTo(expected, within(0.01f));
				assertThat(fonts.width(text, 10, bold)).as(text).isCloseTo(expected, within(0.01f));
			}
		}
		assertThat(fonts.width("first", 10, true)).isGreaterThan(fonts.width("first", 10, false));
	}

	@Test
	void linesBreakBetweenWordsOrChineseCharactersAndStayWithinTheWidth() throws IOException {
		String english = "The customer pays the invoice within sixty days of its date, by bank transfer to the account "
				+ "named on the invoice, quoting the invoice number.";
		String chinese = "买方应在发票开具之日起六十天内以银行转账方式支付发票金额，并注明发票号码，逾期按合同约定承担违约责任。";
		for (String text : List.of(english, chinese, english + " " + chinese)) {
			List<String> lines = fonts.wrap(text, 10, false, 150);
			assertThat(lines).hasSizeGreaterThan(2);
			for (String line : lines) {
				assertThat(fonts.width(line, 10, false)).as(line).isLessThanOrEqualTo(150);
				assertThat(line).doesNotStartWith(" ").doesNotEndWith(" ");
			}
			assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
		}
		for (String line : fonts.wrap(english, 10, false, 150)) {
			assertThat(english).contains(line);
		}
		// a line that has room for the next word takes it
		List<String> lines = fonts.wrap(english, 10, false, 150);
		for (int index = 0; index + 1 < lines.size(); index++) {
			String next = lines.get(index + 1).split(" ")[0];
			assertThat(fonts.width(lines.get(index) + " " + next, 10, false)).isGreaterThan(150);
		}
	}

	@Test
	void aWordWiderThanTheLineStandsOnALineOfItsOwn() throws IOException {
		assertThat(fonts.wrap("a SC-2026-000000000000000001-CONTRACT-COPY b", 10, false, 40)).containsExactly("a",
				"SC-2026-000000000000000001-CONTRACT-COPY", "b");
	}

	@Test
	void aChineseLineNeverStartsWithClosingPunctuationNorEndsWithOpeningPunctuation() throws IOException {
		String text = "因本合同引起的争议，双方协商解决；协商不成的，提交卖方所在地人民法院诉讼解决。买方（乙方）应于收货后七日内验收，"
				+ "并在《验收单》上签字：数量、质量无误！“合同”自签订之日起生效？空括号（）照排。Disputes are settled (by negotiation).";
		String closing = "。，、；：？！）》」』】”’…%";
		String opening = "（《「『【“‘";
		for (float width = 80; width <= 400; width += 3.5f) {
			List<String> lines = fonts.wrap(text, 10, false, width);
			for (String line : lines.subList(1, lines.size())) {
				assertThat(closing.indexOf(line.codePointAt(0))).as(width + ": " + line).isNegative();
			}
			for (String line : lines) {
				assertThat(opening.indexOf(line.codePointBefore(line.length()))).as(width + ": " + line).isNegative();
				assertThat(fonts.width(line, 10, false)).as(line).isLessThanOrEqualTo(width);
			}
			assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
		}
	}

}
