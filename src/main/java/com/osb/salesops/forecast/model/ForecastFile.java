package com.osb.salesops.forecast.model;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
	 * One problem of the file: a code for a program, {@code field.<code>} in the message
	 * bundles for a person, and the values of the file that fill its places.
	 *
	 * @param field {@code file}, or {@code line[n].column} with n the line in the file
	 * @param code what is wrong, for a program (kebab-case, stable)
	 * @param english what is wrong, in English, with {@code {0}}-style places
	 * @param args what fills the places, as texts
	 */
	public record Problem(String field, String code, String english, List<String> args) {

		public Problem {
			args = List.copyOf(args);
		}

		public static Problem of(String field, String code, String english, Object... args) {
			return new Problem(field, code, english, Arrays.stream(args).map(String::valueOf).toList());
		}

		/** What is wrong, in English. */
		public String message() {
			return this.args.isEmpty() ? this.english
					: new MessageFormat(this.english, Locale.ENGLISH).format(this.args.toArray());
		}

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
		String[] rows = (text == null) ? new String[0] : halfWidth(text).replace("\uFEFF", "").split("\\R");
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
					problems.add(Problem.of("line[" + (i + 1) + "]", "forecast-header", "the first line must be {0}",
							HEADER));
					return new Parsed(List.of(), problems);
				}
				continue;
			}
			if (lines.size() + problems.size() >= MAX_LINES) {
				problems
					.add(Problem.of("file", "forecast-too-many-lines", "a forecast has at most {0} lines", MAX_LINES));
				break;
			}
			ForecastLine line = line(i + 1, row, months, knownSku, problems);
			if (line != null) {
				Integer earlier = seen.putIfAbsent(line.key(), i + 1);
				if (earlier != null) {
					problems.add(Problem.of("line[" + (i + 1) + "]", "forecast-repeated-line",
							"month, product and channel are on line {0} already", earlier));
				}
				else {
					lines.add(line);
				}
			}
		}
		if (lines.isEmpty() && problems.isEmpty()) {
			problems.add(Problem.of("file", "forecast-no-lines",
					"the forecast has no lines; write the header {0} and one line per month, product and channel",
					HEADER));
		}
		return new Parsed(List.copyOf(lines), List.copyOf(problems));
	}

	/**
	 * The text as if typed in half-width: what a Chinese input method writes in
	 * full-width (the commas, digits, letters and signs of {@code ２０２７－０１，Ｐ－１００}) read as
	 * the same characters in ASCII.
	 */
	private static String halfWidth(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC);
	}

	private static ForecastLine line(int number, String row, List<YearMonth> months, Predicate<String> knownSku,
			List<Problem> problems) {
		String[] cells = row.split(",", -1);
		String at = "line[" + number + "].";
		if (cells.length != COLUMNS.length) {
			problems.add(Problem.of("line[" + number + "]", "forecast-columns",
					"has {0} columns where {1} are expected: {2}", cells.length, COLUMNS.length, HEADER));
			return null;
		}
		int before = problems.size();
		YearMonth month = month(cells[0].strip(), months, at, problems);
		String sku = cells[1].strip();
		if (sku.isEmpty() || !knownSku.test(sku)) {
			problems.add(Problem.of(at + "sku", "no-such-product", "there is no active product ''{0}''", sku));
		}
		String channel = cells[2].strip().toUpperCase(Locale.ROOT);
		if (!CHANNELS.contains(channel)) {
			problems.add(Problem.of(at + "channel", "forecast-channel",
					"must be DIRECT, DISTRIBUTOR or ONLINE, not ''{0}''", channel));
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
		problems.add(Problem.of(at + "month", "forecast-month", "must be one of {0}, not ''{1}''", months, text));
		return null;
	}

	private static Integer quantity(String text, String at, List<Problem> problems) {
		if (text.matches("\\d{1,9}")) {
			return Integer.valueOf(text);
		}
		problems.add(Problem.of(at + "quantity", "forecast-quantity",
				"must be a whole number of 0 or more, not ''{0}''", text));
		return null;
	}

	private static BigDecimal amount(String text, String at, List<Problem> problems) {
		if (text.matches("\\d{1,15}(\\.\\d{1,2})?")) {
			return new BigDecimal(text).setScale(2);
		}
		problems.add(Problem.of(at + "amount", "forecast-amount",
				"must be an amount of 0 or more with at most 2 decimals, not ''{0}''", text));
		return null;
	}

}
