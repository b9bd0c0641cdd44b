package com.osb.salesops.shared.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public holidays of the business calendar as analysts keep them in
 * {@code rules/calendar/public-holidays.csv}: a header {@code date,name}, then one
 * holiday a line, like {@code 2026-10-01,National Day}. Empty lines and lines starting
 * with {@code #} are left out. A bad line is refused with its number, so that a typing
 * mistake stops the application at start-up instead of moving a deadline unnoticed.
 */
public final class PublicHolidays {

	static final String HEADER = "date,name";

	private final Map<LocalDate, String> names;

	private PublicHolidays(Map<LocalDate, String> names) {
		this.names = Collections.unmodifiableMap(new TreeMap<>(names));
	}

	/** No holiday at all: only Saturdays and Sundays are not business days. */
	public static PublicHolidays none() {
		return new PublicHolidays(Map.of());
	}

	/** The given days, each with its name. */
	public static PublicHolidays of(Map<LocalDate, String> names) {
		return new PublicHolidays(names);
	}

	/**
	 * Reads the file's text.
	 * @param file the file's name, for the error message
	 * @throws IllegalArgumentException naming the file and the first bad line
	 */
	public static PublicHolidays parse(String file, String csv) {
		Map<LocalDate, String> names = new HashMap<>();
		Map<LocalDate, Integer> lineOf = new HashMap<>();
		boolean header = false;
		String[] lines = csv.replace("\uFEFF", "").split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (!header) {
				header = header(file, i + 1, line);
				continue;
			}
			LocalDate date = date(file, i + 1, line);
			Integer earlier = lineOf.putIfAbsent(date, i + 1);
			if (earlier != null) {
				throw bad(file, i + 1, date + " is listed already on line " + earlier);
			}
			names.put(date, name(file, i + 1, line));
		}
		return new PublicHolidays(names);
	}

	private static boolean header(String file, int number, String line) {
		if (!line.replace(" ", "").equalsIgnoreCase(HEADER)) {
			throw bad(file, number, "the first line must be the header " + HEADER + ", not '" + line + "'");
		}
		return true;
	}

	private static String name(String file, int number, String line) {
		String name = line.substring(line.indexOf(',') + 1).strip();
		if (name.isEmpty()) {
			throw bad(file, number, "'" + line + "' has no name after the date");
		}
		return name;
	}

	private static LocalDate date(String file, int number, String line) {
		int comma = line.indexOf(',');
		if (comma < 0) {
			throw bad(file, number, "'" + line + "' is not a date and a name separated by a comma");
		}
		String text = line.substring(0, comma).strip();
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw bad(file, number, "'" + text + "' is not a date like 2026-10-01");
		}
	}

	private static IllegalArgumentException bad(String file, int number, String problem) {
		return new IllegalArgumentException(file + ", line " + number + ": " + problem);
	}

	public boolean isHoliday(LocalDate day) {
		return this.names.containsKey(day);
	}

	/** Every holiday by date, in date order. */
	public Map<LocalDate, String> names() {
		return this.names;
	}

}
