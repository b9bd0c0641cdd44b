package com.osb.salesops.forecast.model;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A forecast as a rep writes it, in a CSV upload or in the form's text box: the header
 * {@value #HEADER}, then one line per month, product and channel. Every problem is named
 * by its line and column ({@code line[3].amount}), so that a rep fixes them all at once.
 */
public final class ForecastFile {

	public static final String HEADER = "month,sku,channel,quantity,amount";

	public static final Set<String> CHANNELS = Set.of("DIRECT", "DISTRIBUTOR", "ONLINE");

	/** More lines than products times channels times months of any company. */
	public static final int MAX_LINES = 5000;

	private static final String[] COLUMNS = HEADER.split(",");

	private ForecastFile() {
	}

	/**
	 * One problem of the file.
	 *
	 * @param field {@code file}, or {@code line[n].column} with n the line in the file
	 * @param message what is wrong, in words
	 */
	public record Problem(String field, String message) {
	}

	/**
	 * @param lines the good lines
	 * @param problems every problem; the file is taken only when there is none
	 */
	public record Parsed(List<ForecastLine> lines, List<Problem> problems) {
	}

	/**
	 * @param months the months a forecast of this cycle covers
	 * @param knownSku whether a product may be forecast
	 */
	public static Parsed parse(String text, List<YearMonth> months, Predicate<String> knownSku) {
		List<ForecastLine> lines = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		String[] rows = (text == null) ? new String[0] : text.replace("\uFEFF", "").split("\\R");
		boolean header = false;
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < rows.length; i++) {
			String row = rows[i].strip();
			if (row.isEmpty() || row.startsWith("#")) {
				continue;
			}
			if (!header) {
				header = true;
				if (!row.replace(" ", "").equalsIgnoreCase(HEADER)) {
					problems.add(new Problem("line[" + (i + 1) + "]", "the first line must be " + HEADER));
					return new Parsed(List.of(), problems);
				}
				continue;
			}
			if (lines.size() + problems.size() >= MAX_LINES) {
				problems.add(new Problem("file", "a forecast has at most " + MAX_LINES + " lines"));
				break;
			}
			ForecastLine line = line(i + 1, row, months, knownSku, problems);
			if (line != null) {
				Integer earlier = seen.putIfAbsent(line.key(), i + 1);
				if (earlier != null) {
					problems.add(new Problem("line[" + (i + 1) + "]",
							"month, product and channel are on line " + earlier + " already"));
				}
				else {
					lines.add(line);
				}
			}
		}
		if (lines.isEmpty() && problems.isEmpty()) {
			problems.add(new Problem("file", "the forecast has no lines; write the header " + HEADER
					+ " and one line per month, product and channel"));
		}
		return new Parsed(List.copyOf(lines), List.copyOf(problems));
	}

	private static ForecastLine line(int number, String row, List<YearMonth> months, Predicate<String> knownSku,
			List<Problem> problems) {
		String[] cells = row.split(",", -1);
		String at = "line[" + number + "].";
		if (cells.length != COLUMNS.length) {
			problems.add(new Problem("line[" + number + "]",
					"has " + cells.length + " columns where " + COLUMNS.length + " are expected: " + HEADER));
			return null;
		}
		int before = problems.size();
		YearMonth month = month(cells[0].strip(), months, at, problems);
		String sku = cells[1].strip();
		if (sku.isEmpty() || !knownSku.test(sku)) {
			problems.add(new Problem(at + "sku", "there is no active product '" + sku + "'"));
		}
		String channel = cells[2].strip();
		if (!CHANNELS.contains(channel)) {
			problems.add(new Problem(at + "channel", "must be DIRECT, DISTRIBUTOR or ONLINE, not '" + channel + "'"));
		}
		Integer quantity = quantity(cells[3].strip(), at, problems);
		BigDecimal amount = amount(cells[4].strip(), at, problems);
		return (problems.size() == before) ? new ForecastLine(month, sku, channel, quantity, amount) : null;
	}

	private static YearMonth month(String text, List<YearMonth> months, String at, List<Problem> problems) {
		try {
			YearMonth month = YearMonth.parse(text);
			if (months.contains(month)) {
				return month;
			}
		}
		catch (DateTimeParseException ex) {
			// named below
		}
		problems.add(new Problem(at + "month", "must be one of " + months + ", not '" + text + "'"));
		return null;
	}

	private static Integer quantity(String text, String at, List<Problem> problems) {
		if (text.matches("\\d{1,9}")) {
			return Integer.valueOf(text);
		}
		problems.add(new Problem(at + "quantity", "must be a whole number of 0 or more, not '" + text + "'"));
		return null;
	}

	private static BigDecimal amount(String text, String at, List<Problem> problems) {
		if (text.matches("\\d{1,15}(\\.\\d{1,2})?")) {
			return new BigDecimal(text).setScale(2);
		}
		problems.add(new Problem(at + "amount",
				"must be an amount of 0 or more with at most 2 decimals, not '" + text + "'"));
		return null;
	}

}
