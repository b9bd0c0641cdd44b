package com.osb.salesops.shared.time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.osb.salesops.shared.SalesOpsProperties;
import com.osb.salesops.shared.SalesOpsProperties.Demo;
import com.osb.salesops.shared.SalesOpsProperties.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where the business calendar reads its public holidays: the model folder, else the
 * application; a bad file stops the start, and a bad save keeps the holidays in force.
 */
class BusinessCalendarTest {

	private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

	@TempDir
	Path modelRoot;

	@Test
	void readsTheHolidaysOfTheModelFolder() throws IOException {
		// given
		holidays("date,name\n2026-12-07,Company day\n");

		// when
		BusinessCalendar calendar = new BusinessCalendar(properties());

		// then
		assertThat(calendar.isBusinessDay(MONDAY)).isFalse();
		assertThat(calendar.isBusinessDay(MONDAY.plusDays(1))).isTrue();
		assertThat(calendar.isBusinessDay(LocalDate.of(2026, 12, 5))).as("a Saturday").isFalse();
	}

	@Test
	void readsTheHolidaysOfTheApplicationWhenTheModelFolderHasNone() {
		// when
		BusinessCalendar calendar = new BusinessCalendar(properties());

		// then
		assertThat(calendar.isBusinessDay(LocalDate.of(2027, 1, 1))).isFalse();
		assertThat(calendar.isBusinessDay(MONDAY)).isTrue();
	}

	@Test
	void refusesToStartWithABadLineNamingTheFileAndTheLine() throws IOException {
		// given
		Path file = holidays("date,name\n2026-12-07,Company day\n2026-13-01,Typo\n");

		// when / then
		assertThatThrownBy(() -> new BusinessCalendar(properties())).isInstanceOf(IllegalStateException.class)
			.hasMessage("The public holidays cannot be read: " + file.toAbsolutePath().normalize()
					+ ", line 3: '2026-13-01' is not a date like 2026-10-01");
	}

	@Test
	void readsASavedFileAgainAndKeepsTheHolidaysWhenTheSavedFileIsBad() throws IOException {
		// given
		Path file = holidays("date,name\n");
		BusinessCalendar calendar = new BusinessCalendar(properties());
		holidays("date,name\n2026-12-07,Company day\n");
		calendar.changed(List.of(file));
		assertThat(calendar.isBusinessDay(MONDAY)).isFalse();
		holidays("date,name\n2026-12-07\n");

		// when
		calendar.changed(List.of(file));

		// then
		assertThat(calendar.isBusinessDay(MONDAY)).isFalse();
		assertThat(calendar.holidays().names()).hasSize(1);
	}

	@Test
	void countsOnlyBusinessDays() {
		// given
		BusinessCalendar calendar = new BusinessCalendar(
				PublicHolidays.parse("test", "date,name\n2026-12-09,Company day\n"));

		// when
		LocalDate third = calendar.plusBusinessDays(LocalDate.of(2026, 12, 4), 3);

		// then Friday, then Monday, Tuesday, (Wednesday off), Thursday
		assertThat(third).isEqualTo(LocalDate.of(2026, 12, 10));
		assertThat(calendar.plusBusinessDays(LocalDate.of(2026, 12, 4), 0)).isEqualTo(LocalDate.of(2026, 12, 4));
	}

	private Path holidays(String csv) throws IOException {
		Path file = this.modelRoot.resolve(BusinessCalendar.FILE);
		Files.createDirectories(file.getParent());
		Files.writeString(file, csv);
		return file;
	}

	private SalesOpsProperties properties() {
		return new SalesOpsProperties(ZoneId.of("Asia/Shanghai"), new Models(true, this.modelRoot.toString(), false),
				new Demo(false), new SalesOpsProperties.ClockSettings(null));
	}

}
