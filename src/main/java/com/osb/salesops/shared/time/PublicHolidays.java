package com.osb.salesops.shared.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public holidays and the make-up working days (调休) of the business calendar as
 * analysts keep them in {@code rules/calendar/public-holidays.csv}: a header
 * {@code date,kind,name}, then one day a line, like {@code 2027-02-08,holiday,春节} or
 * {@code 2027-02-20,workday,春节调休上班}. A make-up working day is a Saturday or Sunday worked
 * in exchange for a weekday of a holiday, as the State Council schedule of each year
 * says. The older header {@code date,name} lists holidays only. Empty lines and lines
 * starting with {@code #} are left out. A bad line is refused with its number, so that a
 * typing mistake stops the application at start-up instead of moving a deadline
 * unnoticed.
 */
public final class PublicHolidays {

	static final String HEADER = "date,kind,name";

	static final String HOLIDAYS_ONLY_HEADER = "date,name";

	static final String HOLIDAY = "holiday";

	static final String WORKDAY = "workday";

	private final Map<LocalDate, String> names;

	private final Map<LocalDate, String> workdays;

	private PublicHolidays(Map<LocalDate, String> names, Map<LocalDate, String> workdays) {
		this.names = Collections.unmodifiableMap(new TreeMap<>(names));
		this.workdays = Collections.unmodifiableMap(new TreeMap<>(workdays));
	}

	/** No holiday at all: only Saturdays and Sundays are not business days. */
	public static PublicHolidays none() {
		return new PublicHolidays(Map.of(), Map.of());
	}

	/** The given days, each with its name, and no make-up working day. */
	public static PublicHolidays of(Map<LocalDate, String> names) {
		return new PublicHolidays(names, Map.of());
	}

	/** The given holidays and make-up working days, each with its name. */
	public static PublicHolidays of(Map<LocalDate, String> names, Map<LocalDate, String> workdays) {
		return new PublicHolidays(names, workdays);
	}

	/**
	 * Reads the file's text.
	 * @param file the file's name, for the error message
	 * @throws IllegalArgumentException naming the file and the first bad line
	 */
	public static PublicHolidays parse(String file, String csv) {
		Map<LocalDate, String> holidays = new HashMap<>();
		Map<LocalDate, String> workdays = new HashMap<>();
		Map<LocalDate, Integer> lineOf = new HashMap<>();
		Boolean withKind = null;
		String[] lines = csv.replace("\uFEFF", "").split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (withKind == null) {
				withKind = header(file, i + 1, line);
				continue;
			}
			CalendarLine read = CalendarLine.read(file, i + 1, line, withKind);
			Integer earlier = lineOf.putIfAbsent(read.date(), i + 1);
			if (earlier != null) {
				throw bad(file, i + 1, read.date() + " is listed already on line " + earlier);
			}
			(read.workday() ? workdays : holidays).put(read.date(), read.name());
		}
		return new PublicHolidays(holidays, workdays);
	}

	private static boolean header(String file, int number, String line) {
		String header = line.replace(" ", "").toLowerCase(Locale.ROOT);
		if (!header.equals(HEADER) && !header.equals(HOLIDAYS_ONLY_HEADER)) {
			throw bad(file, number, "the first line must be the header " + HEADER + ", not '" + line + "'");
		}
		return header.equals(HEADER);
	}

	static IllegalArgumentException bad(String file, int number, String problem) {
		return new IllegalArgumentException(file + ", line " + number + ": " + problem);
	}

	public boolean isHoliday(LocalDate day) {
		return this.names.containsKey(day);
	}

	/** Whether the day is a Saturday or Sunday worked in exchange for a holiday. */
	public boolean isMakeUpWorkday(LocalDate day) {
		return this.workdays.containsKey(day);
	}

	/**
	 * Whether people work that day: a weekday that is no holiday, or a make-up working
	 * day.
	 */
	public boolean isBusinessDay(LocalDate day) {
		if (isMakeUpWorkday(day)) {
			return true;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !isHoliday(day);
	}

	/** Every holiday by date, in date order. */
	public Map<LocalDate, String> names() {
		return this.names;
	}

	/** Every make-up working day by date, in date order. */
	public Map<LocalDate, String> workdays() {
		return this.workdays;
	}

}
