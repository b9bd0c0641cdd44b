package com.osb.salesops.shared.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out text on A4 pages: Latin text in Helvetica, Chinese in the embedded CJK font
 * (only the glyphs used are embedded), lines wrapped at the margin (between words, or
 * between any two Chinese characters), a new page when one is full.
 */
final class PdfWriter implements AutoCloseable {

	private static final float MARGIN = 50;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private static final float CELL_PADDING = 4;

	private final PDDocument document = new PDDocument();

	private final FontRuns fonts;

	private PDPageContentStream out;

	private float y;

	/**
	 * @param cjkFont the parsed CJK font, which the writer reads but does not close
	 * @param cutToTheDocument whether the font is already cut to the document's
	 * characters, and so is embedded as it is; otherwise only the glyphs used are
	 * embedded
	 */
	PdfWriter(TrueTypeFont cjkFont, boolean cutToTheDocument) {
		try {
			this.fonts = new FontRuns(PDType0Font.load(this.document, cjkFont, !cutToTheDocument));
			newPage();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The CJK font cannot be read", ex);
		}
	}

	void title(String text) throws IOException {
		lines(text, 16, true, 0, true);
		this.y -= 6;
	}

	void heading(String text) throws IOException {
		this.y -= 4;
		lines(text, 12, true, 0, false);
		this.y -= 2;
	}

	void paragraph(String text, float indent) throws IOException {
		lines(text, 10, false, indent, false);
	}

	void gap() {
		this.y -= 8;
	}

	void table(List<String> headers, List<List<String>> rows) throws IOException {
		float[] widths = columnWidths(headers, rows);
		row(headers, widths, true);
		for (List<String> row : rows) {
			row(row, widths, false);
		}
		this.y -= 6;
	}

	/** The finished PDF, dated and titled in its metadata. */
	byte[] finish(String title, Calendar created) throws IOException {
		this.out.close();
		PDDocumentInformation information = this.document.getDocumentInformation();
		information.setTitle(title);
		information.setCreationDate(created);
		information.setModificationDate(created);
		information.setProducer("Sales operations platform");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		this.document.save(bytes);
		return bytes.toByteArray();
	}

	@Override
	public void close() throws IOException {
		this.document.close();
	}

	private void lines(String text, float size, boolean bold, float indent, boolean centred) throws IOException {
		float leading = size * 1.4f;
		for (String line : this.fonts.wrap(text, size, bold, WIDTH - indent)) {
			room(leading);
			float x = MARGIN + indent + (centred ? (WIDTH - indent - width(line, size, bold)) / 2 : 0);
			show(line, x, this.y - size, size, bold);
			this.y -= leading;
		}
	}

	private void row(List<String> cells, float[] widths, boolean header) throws IOException {
		float size = 9;
		float leading = size * 1.4f;
		List<List<String>> wrapped = new ArrayList<>();
		int height = 1;
		for (int column = 0; column < widths.length; column++) {
			List<String> cell = this.fonts.wrap(cells.get(column), size, header, widths[column] - 2 * CELL_PADDING);
			wrapped.add(cell);
			height = Math.max(height, cell.size());
		}
		float rowHeight = height * leading + 2 * CELL_PADDING;
		room(rowHeight);
		float x = MARGIN;
		for (int column = 0; column < widths.length; column++) {
			float lineY = this.y - CELL_PADDING - size;
			for (String line : wrapped.get(column)) {
				show(line, x + CELL_PADDING, lineY, size, header);
				lineY -= leading;
			}
			this.out.addRect(x, this.y - rowHeight, widths[column], rowHeight);
			x += widths[column];
		}
		this.out.setLineWidth(0.5f);
		this.out.stroke();
		this.y -= rowHeight;
	}

	private float[] columnWidths(List<String> headers, List<List<String>> rows) throws IOException {
		float[] widths = new float[headers.size()];
		float total = 0;
		for (int column = 0; column < widths.length; column++) {
			float widest = width(headers.get(column), 9, true);
			for (List<String> row : rows) {
				widest = Math.max(widest, width(row.get(column), 9, false));
			}
			widths[column] = Math.min(widest + 2 * CELL_PADDING, WIDTH / 2);
			total += widths[column];
		}
		for (int column = 0; column < widths.length; column++) {
			widths[column] = widths[column] * WIDTH / total;
		}
		return widths;
	}

	private void room(float height) throws IOException {
		if (this.y - height < MARGIN) {
			this.out.close();
			newPage();
		}
	}

	private void newPage() throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		this.document.addPage(page);
		this.out = new PDPageContentStream(this.document, page);
		this.y = PDRectangle.A4.getHeight() - MARGIN;
	}

	private void show(String line, float x, float baseline, float size, boolean bold) throws IOException {
		this.out.beginText();
		this.out.newLineAtOffset(x, baseline);
		for (FontRuns.Run run : this.fonts.runs(line, bold)) {
			this.out.setFont(run.font(), size);
			this.out.showText(run.text());
		}
		this.out.endText();
	}

	private float width(String text, float size, boolean bold) throws IOException {
		return this.fonts.width(text, size, bold);
	}

}
