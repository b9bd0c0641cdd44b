package com.osb.salesops.shared.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** One day of the calendar file: its date, whether it is worked, and its name. */
record CalendarLine(LocalDate date, boolean workday, String name) {

	static CalendarLine read(String file, int number, String line, boolean withKind) {
		String[] parts = line.split(",", withKind ? 3 : 2);
		if (parts.length < 2) {
			throw PublicHolidays.bad(file, number, "'" + line + "' is not a date and a name separated by a comma");
		}
		LocalDate date = date(file, number, parts[0].strip());
		boolean workday = false;
		if (withKind) {
			if (parts.length < 3) {
				throw PublicHolidays.bad(file, number, "'" + line + "' is not a date, a kind and a name");
			}
			workday = workday(file, number, parts[1].strip());
		}
		String name = parts[parts.length - 1].strip();
		if (name.isEmpty()) {
			throw PublicHolidays.bad(file, number, "'" + line + "' has no name after the date");
		}
		if (workday && date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
			throw PublicHolidays.bad(file, number,
					date + " is a " + date.getDayOfWeek().toString().toLowerCase(Locale.ROOT)
							+ ": a make-up working day is a Saturday or a Sunday");
		}
		return new CalendarLine(date, workday, name);
	}

	private static boolean workday(String file, int number, String kind) {
		String lower = kind.toLowerCase(Locale.ROOT);
		if (!lower.equals(PublicHolidays.HOLIDAY) && !lower.equals(PublicHolidays.WORKDAY)) {
			throw PublicHolidays.bad(file, number,
					"'" + kind + "' is neither " + PublicHolidays.HOLIDAY + " nor " + PublicHolidays.WORKDAY);
		}
		return lower.equals(PublicHolidays.WORKDAY);
	}

	private static LocalDate date(String file, int number, String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw PublicHolidays.bad(file, number, "'" + text + "' is not a date like 2026-10-01");
		}
	}

}
