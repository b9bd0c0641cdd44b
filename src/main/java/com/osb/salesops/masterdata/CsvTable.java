package com.osb.salesops.masterdata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.masterdata.model.FileProblem;
import com.osb.salesops.shared.web.CsvFiles;

/**
 * A CSV file as Excel writes it (UTF-8 with or without a byte order mark, comma
 * separated, quoted fields with doubled quotes, CRLF or LF), read against the columns it
 * must have. Every problem is collected with its line and column, so that a whole file is
 * checked before anything is stored.
 */
final class CsvTable {

	private final List<String> header;

	private final List<Row> rows = new ArrayList<>();

	private final List<ImportProblem> problems = new ArrayList<>();

	private CsvTable(List<String> header) {
		this.header = header;
	}

	static CsvTable read(String text, List<String> columns) {
		List<List<String>> records = parse((text != null) ? text.replace("\uFEFF", "") : "");
		CsvTable table = new CsvTable(columns);
		if (records.isEmpty() || !columns.equals(records.get(0).stream().map(String::trim).toList())) {
			table.problems
				.add(ImportProblem.of(1, null, "csv-header", "must be the header {0}", String.join(",", columns)));
			return table;
		}
		for (int i = 1; i < records.size(); i++) {
			List<String> values = records.get(i);
			if (values.size() == 1 && values.get(0).isBlank()) {
				continue;
			}
			if (values.size() != columns.size()) {
				table.problems.add(ImportProblem.of(i + 1, null, "csv-value-count",
						"has {0} values where the header has {1}", values.size(), columns.size()));
				continue;
			}
			Map<String, String> byName = new HashMap<>();
			for (int c = 0; c < columns.size(); c++) {
				byName.put(columns.get(c), values.get(c).trim());
			}
			table.rows.add(table.new Row(i + 1, byName));
		}
		if (table.rows.isEmpty() && table.problems.isEmpty()) {
			table.problems.add(ImportProblem.of(2, null, "csv-no-rows", "the file has no rows"));
		}
		return table;
	}

	List<Row> rows() {
		return this.rows;
	}

	List<ImportProblem> problems() {
		return this.problems;
	}

	List<String> header() {
		return this.header;
	}

	/** Writes rows of values in the same format. */
	static String write(List<String> columns, List<List<String>> rows) {
		StringBuilder out = new StringBuilder(String.join(",", columns)).append("\r\n");
		for (List<String> row : rows) {
			out.append(String.join(",", row.stream().map(CsvFiles::cell).toList())).append("\r\n");
		}
		return out.toString();
	}

	private static List<List<String>> parse(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				record.add(CsvFiles.value(field.toString()));
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(CsvFiles.value(field.toString()));
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !record.isEmpty()) {
			record.add(CsvFiles.value(field.toString()));
			records.add(record);
		}
		return records;
	}

	/** One line of the file, whose readers record a problem for every bad value. */
	final class Row {

		private final int line;

		private final Map<String, String> values;

		Row(int line, Map<String, String> values) {
			this.line = line;
			this.values = values;
		}

		int line() {
			return this.line;
		}

		/**
		 * Records a problem of the column: its code, its English with {@code {0}}-style
		 * places, and what fills them.
		 */
		void problem(String column, String code, String english, Object... args) {
			CsvTable.this.problems.add(ImportProblem.of(this.line, column, code, english, args));
		}

		/** Records a problem a customer's file names of itself. */
		void problem(String column, FileProblem problem) {
			CsvTable.this.problems
				.add(new ImportProblem(this.line, column, problem.code(), problem.english(), problem.args()));
		}

		/** The value, or null when empty; longer than the maximum is a problem. */
		String text(String column, int maxLength, boolean required) {
			String value = this.values.get(column);
			if (value == null || value.isEmpty()) {
				if (required) {
					problem(column, "required", "is required");
				}
				return null;
			}
			if (value.length() > maxLength) {
				problem(column, "csv-too-long", "has {0} characters; at most {1}", value.length(), maxLength);
				return null;
			}
			return value;
		}

		String oneOf(String column, List<String> allowed, String defaultValue) {
			String value = text(column, 40, defaultValue == null);
			if (value == null) {
				return defaultValue;
			}
			if (!allowed.contains(value)) {
				problem(column, "csv-not-one-of", "''{0}'' is not one of {1}", value, String.join(", ", allowed));
			}
			return value;
		}

		BigDecimal money(String column, boolean required) {
			String value = text(column, 20, required);
			if (value == null) {
				return null;
			}
			try {
				BigDecimal amount = new BigDecimal(value);
				if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 17) {
					problem(column, "csv-amount", "''{0}'' must be an amount of 0 or more with at most 2 decimals",
							value);
					return null;
				}
				return amount.setScale(2);
			}
			catch (NumberFormatException ex) {
				problem(column, "csv-not-a-number", "''{0}'' is not a number", value);
				return null;
			}
		}

		Integer count(String column) {
			String value = text(column, 10, false);
			if (value == null) {
				return 0;
			}
			if (!value.matches("\\d{1,9}")) {
				problem(column, "csv-whole-number", "''{0}'' must be a whole number of 0 or more", value);
				return null;
			}
			return Integer.valueOf(value);
		}

		LocalDate date(String column, boolean required) {
			String value = text(column, 10, required);
			if (value == null) {
				return null;
			}
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				problem(column, "csv-date", "''{0}'' must be a date written yyyy-MM-dd", value);
				return null;
			}
		}

		/**
		 * A date of something that has happened: a day after today is a problem
		 * ({@code after-today}).
		 */
		LocalDate pastDate(String column, boolean required, LocalDate today) {
			LocalDate date = date(column, required);
			if (date != null && date.isAfter(today)) {
				problem(column, "after-today", "is after today");
			}
			return date;
		}

		boolean flag(String column) {
			String value = oneOf(column, List.of("true", "false"), "true");
			return !"false".equals(value);
		}

	}

}
