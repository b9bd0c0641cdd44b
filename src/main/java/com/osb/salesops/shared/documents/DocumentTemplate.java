package com.osb.salesops.shared.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document template as the legal team or an analyst writes it in {@code documents/}: a
 * plain UTF-8 text file, one block per line. {@code # } starts the title, {@code ## } a
 * heading, {@code - } a clause (numbered 1, 2, 3 … in order), a line {@code {{table rows:
 * Header=field | Header=field}}} a table of the document's rows, an empty line a gap, and
 * any other line a paragraph. {@code {{name}}} anywhere stands for one of the document's
 * values; a name the document does not have is refused, so that no contract goes out with
 * a blank where a price should be.
 */
public final class DocumentTemplate {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

	private static final Pattern TABLE = Pattern.compile("\\{\\{\\s*table\\s+([A-Za-z][A-Za-z0-9]*)\\s*:(.*)}}");

	private final String name;

	private final List<String> lines;

	DocumentTemplate(String name, String text) {
		this.name = name;
		this.lines = text.replace("\r", "").lines().toList();
	}

	public String name() {
		return this.name;
	}

	/**
	 * The blocks of the document with its values filled in.
	 * @param values the document's values by name
	 * @param tables the document's rows by table name, each row its fields by name
	 */
	List<Block> fill(Map<String, String> values, Map<String, List<Map<String, String>>> tables) {
		List<Block> blocks = new ArrayList<>();
		int clause = 0;
		for (int index = 0; index < this.lines.size(); index++) {
			String line = this.lines.get(index).stripTrailing();
			Matcher table = TABLE.matcher(line.strip());
			if (table.matches()) {
				blocks.add(table(index + 1, table.group(1), table.group(2), tables));
			}
			else if (line.startsWith("## ")) {
				blocks.add(new Block(Kind.HEADING, fill(index + 1, line.substring(3), values), null, null));
			}
			else if (line.startsWith("# ")) {
				blocks.add(new Block(Kind.TITLE, fill(index + 1, line.substring(2), values), null, null));
			}
			else if (line.startsWith("- ")) {
				clause++;
				blocks.add(
						new Block(Kind.CLAUSE, clause + ". " + fill(index + 1, line.substring(2), values), null, null));
			}
			else if (line.isBlank()) {
				blocks.add(new Block(Kind.GAP, "", null, null));
			}
			else {
				blocks.add(new Block(Kind.PARAGRAPH, fill(index + 1, line, values), null, null));
			}
		}
		return blocks;
	}

	private String fill(int lineNumber, String text, Map<String, String> values) {
		Matcher placeholder = PLACEHOLDER.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (placeholder.find()) {
			String key = placeholder.group(1);
			if (!values.containsKey(key)) {
				throw unknown(lineNumber, key, values.keySet());
			}
			String value = values.get(key);
			placeholder.appendReplacement(filled, Matcher.quoteReplacement((value != null) ? value : ""));
		}
		placeholder.appendTail(filled);
		return filled.toString();
	}

	private Block table(int lineNumber, String tableName, String columns,
			Map<String, List<Map<String, String>>> tables) {
		List<Map<String, String>> rows = tables.get(tableName);
		if (rows == null) {
			throw unknown(lineNumber, "table " + tableName, tables.keySet());
		}
		Map<String, String> headers = new LinkedHashMap<>();
		for (String column : columns.split("\\|")) {
			int equals = column.lastIndexOf('=');
			if (equals < 0) {
				throw new IllegalArgumentException("Template " + this.name + ", line " + lineNumber + ": the column \""
						+ column.strip() + "\" of table " + tableName + " needs the form Header=field");
			}
			headers.put(column.substring(equals + 1).strip(), column.substring(0, equals).strip());
		}
		List<String> available = rows.isEmpty() ? List.copyOf(headers.keySet()) : List.copyOf(rows.get(0).keySet());
		List<List<String>> cells = new ArrayList<>();
		for (String field : headers.keySet()) {
			if (!available.contains(field)) {
				throw unknown(lineNumber, field, available);
			}
		}
		for (Map<String, String> row : rows) {
			cells.add(headers.keySet().stream().map((field) -> String.valueOf(row.getOrDefault(field, ""))).toList());
		}
		return new Block(Kind.TABLE, "", List.copyOf(headers.values()), cells);
	}

	private IllegalArgumentException unknown(int lineNumber, String key, java.util.Collection<String> known) {
		return new IllegalArgumentException("Template " + this.name + ", line " + lineNumber + " names {{" + key
				+ "}}, which this document does not have; it has " + String.join(", ", known));
	}

	enum Kind {

		TITLE, HEADING, PARAGRAPH, CLAUSE, GAP, TABLE

	}

	/**
	 * One block of a filled document.
	 *
	 * @param kind what it is
	 * @param text its text (empty for a gap or a table)
	 * @param headers a table's column headers
	 * @param rows a table's cells, row by row
	 */
	record Block(Kind kind, String text, List<String> headers, List<List<String>> rows) {
	}

}
