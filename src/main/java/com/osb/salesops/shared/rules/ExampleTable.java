package com.osb.salesops.shared.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A rule's table of examples ({@code rules/<key>.examples.csv}) as analysts keep it: a
 * header that names the columns, then one example per line. The file is read the way the
 * rule tests read it with JUnit's {@code @CsvFileSource} (unquoted fields trimmed, an
 * empty field is no value, {@code #} starts a comment), so a table that passes there
 * passes at deployment too.
 *
 * @param columns the column names, in header order
 * @param rows the examples, in file order
 */
public record ExampleTable(List<String> columns, List<Row> rows) {

	/** The column that describes an example rather than giving a value. */
	public static final String DESCRIPTION = "example";

	private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?\\d+");

	private static final Pattern DECIMAL_NUMBER = Pattern.compile("[-+]?\\d*\\.\\d+");

	/**
	 * Reads a table; an empty text or a line with more fields than the header is refused.
	 */
	public static ExampleTable parse(String csv) {
		List<String> columns = null;
		List<Row> rows = new ArrayList<>();
		String[] lines = csv.replace("\uFEFF", "").split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.isBlank() || line.stripLeading().startsWith("#")) {
				continue;
			}
			List<String> fields = fields(line);
			if (columns == null) {
				columns = fields.stream().map((name) -> (name != null) ? name : "").toList();
				continue;
			}
			if (fields.size() > columns.size()) {
				throw new IllegalArgumentException(
						"line " + (i + 1) + " has " + fields.size() + " fields but the header names " + columns.size());
			}
			Map<String, String> cells = new LinkedHashMap<>();
			for (int c = 0; c < columns.size(); c++) {
				cells.put(columns.get(c), (c < fields.size()) ? fields.get(c) : null);
			}
			rows.add(new Row(i + 1, Collections.unmodifiableMap(cells)));
		}
		if (columns == null) {
			throw new IllegalArgumentException("the table has no header");
		}
		return new ExampleTable(columns, List.copyOf(rows));
	}

	/**
	 * The value a cell stands for: a whole number is a {@link Long}, a number with a
	 * decimal point a {@link Double}, anything else the text itself, an empty cell
	 * {@code null}. These are the types process variables hold.
	 */
	public static Object value(String cell) {
		if (cell == null) {
			return null;
		}
		try {
			if (WHOLE_NUMBER.matcher(cell).matches()) {
				return Long.valueOf(cell);
			}
			if (DECIMAL_NUMBER.matcher(cell).matches()) {
				return Double.valueOf(cell);
			}
		}
		catch (NumberFormatException ex) {
			return Double.valueOf(cell);
		}
		return cell;
	}

	private static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		for (int i = 0; i < line.length(); i++) {
			char ch = line.charAt(i);
			if (quoted) {
				if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (ch == '"') {
					quoted = false;
				}
				else {
					field.append(ch);
				}
			}
			else if (ch == '"' && field.toString().isBlank()) {
				field.setLength(0);
				quoted = true;
				wasQuoted = true;
			}
			else if (ch == ',') {
				fields.add(finish(field, wasQuoted));
				field.setLength(0);
				wasQuoted = false;
			}
			else if (!wasQuoted) {
				field.append(ch);
			}
		}
		fields.add(finish(field, wasQuoted));
		return fields;
	}

	private static String finish(StringBuilder field, boolean quoted) {
		if (quoted) {
			return field.toString();
		}
		String text = field.toString().strip();
		return text.isEmpty() ? null : text;
	}

	/**
	 * One example.
	 *
	 * @param line the line number in the file
	 * @param cells the cell text by column name; {@code null} where the cell is empty
	 */
	public record Row(int line, Map<String, String> cells) {

		/** The example's description, or its line number when it has none. */
		public String description() {
			String description = this.cells.get(DESCRIPTION);
			return (description != null && !description.isBlank()) ? description : "line " + this.line;
		}

	}

}
