package com.osb.salesops.shared.time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * The public holidays file as analysts keep it: comments and empty lines are left out,
 * and every bad line is refused with its number.
 */
class PublicHolidaysTest {

	private static final String FILE = "public-holidays.csv";

	@Test
	void readsOneHolidayALineAfterTheHeaderLeavingOutCommentsAndEmptyLines() {
		// when
		PublicHolidays holidays = PublicHolidays.parse(FILE, """
				# Fixed-date holidays
				date,name

				2026-10-01,National Day
				  2026-12-25 , Christmas Day, observed
				# 2026-12-26,Boxing Day
				""");

		// then
		assertThat(holidays.names()).containsExactly(entry(LocalDate.of(2026, 10, 1), "National Day"),
				entry(LocalDate.of(2026, 12, 25), "Christmas Day, observed"));
		assertThat(holidays.isHoliday(LocalDate.of(2026, 12, 26))).isFalse();
	}

	@Test
	void refusesADateThatDoesNotExistNamingTheLine() {
		assertThatThrownBy(() -> PublicHolidays.parse(FILE, "date,name\n2026-01-01,New Year's Day\n2026-02-30,Typo\n"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("public-holidays.csv, line 3: '2026-02-30' is not a date like 2026-10-01");
	}

	@Test
	void refusesALineWithoutANameOrWithoutAComma() {
		assertThatThrownBy(() -> PublicHolidays.parse(FILE, "date,name\n2026-01-01,\n"))
			.hasMessage("public-holidays.csv, line 2: '2026-01-01,' has no name after the date");
		assertThatThrownBy(() -> PublicHolidays.parse(FILE, "date,name\n\n2026-01-01 New Year's Day\n"))
			.hasMessage("public-holidays.csv, line 3: '2026-01-01 New Year's Day' is not a date and a name"
					+ " separated by a comma");
	}

	@Test
	void refusesADateListedTwice() {
		assertThatThrownBy(() -> PublicHolidays.parse(FILE, "date,name\n2026-10-01,National Day\n2026-10-01,Again\n"))
			.hasMessage("public-holidays.csv, line 3: 2026-10-01 is listed already on line 2");
	}

	@Test
	void refusesAFileWithoutTheHeader() {
		assertThatThrownBy(() -> PublicHolidays.parse(FILE, "# holidays\n2026-10-01,National Day\n"))
			.hasMessage("public-holidays.csv, line 2: the first line must be the header date,kind,name,"
					+ " not '2026-10-01,National Day'");
	}

	@Test
	void readsHolidaysAndMakeUpWorkingDaysByTheirKind() {
		// when
		PublicHolidays calendar = PublicHolidays.parse(FILE, """
				date,kind,name
				2027-02-12,holiday,春节
				2027-02-13, Holiday ,春节
				2027-02-14,workday,春节调休上班
				""");

		// then
		assertThat(calendar.names()).containsOnlyKeys(LocalDate.of(2027, 2, 12), LocalDate.of(2027, 2, 13));
		assertThat(calendar.workdays()).containsExactly(entry(LocalDate.of(2027, 2, 14), "春节调休上班"));
		assertThat(calendar.isBusinessDay(LocalDate.of(2027, 2, 12))).as("a Friday off").isFalse();
		assertThat(calendar.isBusinessDay(LocalDate.of(2027, 2, 14))).as("a Sunday worked").isTrue();
		assertThat(calendar.isBusinessDay(LocalDate.of(2027, 2, 21))).as("a Sunday").isFalse();
		assertThat(calendar.isBusinessDay(LocalDate.of(2027, 2, 15))).as("a Monday").isTrue();
	}

	@Test
	void refusesAnUnknownKindAndAWorkdayThatIsNotAWeekendDay() {
		assertThatThrownBy(() -> PublicHolidays.parse(FILE, "date,kind,name\n2027-02-14,day off,春节\n"))
			.hasMessage("public-holidays.csv, line 2: 'day off' is neither holiday nor workday");
		assertThatThrownBy(() -> PublicHolidays.parse(FILE, "date,kind,name\n2027-02-15,workday,春节调休上班\n"))
			.hasMessage("public-holidays.csv, line 2: 2027-02-15 is a monday: a make-up working day is a Saturday"
					+ " or a Sunday");
		assertThatThrownBy(() -> PublicHolidays.parse(FILE, "date,kind,name\n2027-02-14,春节\n"))
			.hasMessage("public-holidays.csv, line 2: '2027-02-14,春节' is not a date, a kind and a name");
	}

	@Test
	void readsTheCalendarTheApplicationShipsWithIncludingTheLunarHolidaysAndMakeUpDays() throws IOException {
		// given
		Path shipped = Path.of(BusinessCalendar.FILE);

		// when
		PublicHolidays holidays = PublicHolidays.parse(shipped.toString(), Files.readString(shipped));

		// then the State Council's 2026 schedule and the expected 2027 one
		assertThat(holidays.names()).containsEntry(LocalDate.of(2026, 1, 1), "元旦 New Year's Day")
			.containsEntry(LocalDate.of(2026, 2, 16), "春节 Spring Festival")
			.containsEntry(LocalDate.of(2026, 9, 25), "中秋节 Mid-Autumn Festival")
			.containsEntry(LocalDate.of(2027, 2, 8), "春节 Spring Festival")
			.containsEntry(LocalDate.of(2027, 10, 1), "国庆节 National Day");
		assertThat(holidays.workdays()).containsKeys(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14),
				LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20),
				LocalDate.of(2026, 10, 10), LocalDate.of(2027, 2, 14), LocalDate.of(2027, 2, 20));
	}

}
