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
			.hasMessage("public-holidays.csv, line 2: the first line must be the header date,name,"
					+ " not '2026-10-01,National Day'");
	}

	@Test
	void readsTheHolidaysTheApplicationShipsWith() throws IOException {
		// given
		Path shipped = Path.of(BusinessCalendar.FILE);

		// when
		PublicHolidays holidays = PublicHolidays.parse(shipped.toString(), Files.readString(shipped));

		// then
		assertThat(holidays.names()).containsEntry(LocalDate.of(2026, 1, 1), "New Year's Day")
			.containsEntry(LocalDate.of(2027, 1, 1), "New Year's Day")
			.containsEntry(LocalDate.of(2027, 10, 1), "National Day");
	}

}
