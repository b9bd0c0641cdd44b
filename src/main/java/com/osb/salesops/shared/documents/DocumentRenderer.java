package com.osb.salesops.shared.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.osb.salesops.shared.SalesOpsProperties;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Makes a PDF document from its template ({@code documents/<name>.template}) and the
 * document's values. A template is read each time a document is made, from the configured
 * folder ({@code salesops.documents.template-folder}) when it holds one, else from the
 * templates deployed with the application (read once): the legal team's edit in the
 * folder applies to the next document without a restart.
 */
@Component
public class DocumentRenderer {

	private static final String FONT = "fonts/DroidSansFallback-CJK.ttf";

	private final SalesOpsProperties properties;

	private volatile byte[] font;

	/**
	 * The CJK font parsed once and reused: parsing its 2.8 MB for every document cost
	 * more than laying the document out. A parsed font is read by one document at a time,
	 * so each document borrows one and gives it back; another is parsed only when all are
	 * in use.
	 */
	private final Queue<TrueTypeFont> idleFonts = new ConcurrentLinkedQueue<>();

	private final Map<String, String> deployedTemplates = new ConcurrentHashMap<>();

	DocumentRenderer(SalesOpsProperties properties) {
		this.properties = properties;
	}

	/**
	 * @param template the template's name, e.g. {@code sales-contract}
	 * @param fileName the name the PDF is downloaded and mailed under
	 * @param values the document's values by name
	 * @param tables the document's rows by table name
	 * @param created when it is made (the PDF's creation date)
	 */
	public GeneratedDocument render(String template, String fileName, Map<String, String> values,
			Map<String, List<Map<String, String>>> tables, Instant created) {
		List<DocumentTemplate.Block> blocks = template(template).fill(values, tables);
		TrueTypeFont cjk = borrowFont();
		TrueTypeFont subset = null;
		try {
			subset = FontSubset.of(cjk, texts(blocks));
			return write(template, fileName, blocks, (subset != null) ? subset : cjk, subset != null, created);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The document " + fileName + " could not be made", ex);
		}
		finally {
			this.idleFonts.offer(cjk);
			closeQuietly(subset);
		}
	}

	private GeneratedDocument write(String template, String fileName, List<DocumentTemplate.Block> blocks,
			TrueTypeFont cjk, boolean cut, Instant created) throws IOException {
		try (PdfWriter pdf = new PdfWriter(cjk, cut)) {
			String title = template;
			for (DocumentTemplate.Block block : blocks) {
				switch (block.kind()) {
					case TITLE -> {
						pdf.title(block.text());
						title = block.text();
					}
					case HEADING -> pdf.heading(block.text());
					case CLAUSE -> pdf.paragraph(block.text(), 12);
					case GAP -> pdf.gap();
					case TABLE -> pdf.table(block.headers(), block.rows());
					default -> pdf.paragraph(block.text(), 0);
				}
			}
			Calendar date = new GregorianCalendar(TimeZone.getTimeZone(this.properties.businessZone()));
			date.setTimeInMillis(created.toEpochMilli());
			return GeneratedDocument.pdf(fileName, pdf.finish(title, date));
		}
	}

	/** Every text the blocks show: the characters their font is cut to. */
	static List<String> texts(List<DocumentTemplate.Block> blocks) {
		List<String> texts = new ArrayList<>();
		for (DocumentTemplate.Block block : blocks) {
			texts.add(block.text());
			if (block.headers() != null) {
				texts.addAll(block.headers());
			}
			if (block.rows() != null) {
				block.rows().forEach(texts::addAll);
			}
		}
		return texts;
	}

	private static void closeQuietly(TrueTypeFont font) {
		if (font == null) {
			return;
		}
		try {
			font.close();
		}
		catch (IOException ex) {
			// an in-memory font: nothing is left open
		}
	}

	/** The template of that name, from the configured folder or the application. */
	public DocumentTemplate template(String name) {
		if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			throw new IllegalArgumentException("No template is named " + name);
		}
		String file = name + ".template";
		try {
			String folder = this.properties.documents().templateFolder();
			if (folder != null && !folder.isBlank() && Files.isRegularFile(Path.of(folder, file))) {
				return new DocumentTemplate(name, Files.readString(Path.of(folder, file), StandardCharsets.UTF_8));
			}
			return new DocumentTemplate(name, deployed(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The template " + file + " cannot be read", ex);
		}
	}

	/**
	 * A template deployed with the application, read once: the application's own files do
	 * not change while it runs.
	 */
	private String deployed(String file) throws IOException {
		String text = this.deployedTemplates.get(file);
		if (text == null) {
			text = new ClassPathResource("documents/" + file).getContentAsString(StandardCharsets.UTF_8);
			this.deployedTemplates.put(file, text);
		}
		return text;
	}

	private TrueTypeFont borrowFont() {
		TrueTypeFont idle = this.idleFonts.poll();
		if (idle != null) {
			return idle;
		}
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(font()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The CJK font cannot be read", ex);
		}
	}

	private byte[] font() throws IOException {
		byte[] loaded = this.font;
		if (loaded == null) {
			try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
				loaded = in.readAllBytes();
			}
			this.font = loaded;
		}
		return loaded;
	}

}
