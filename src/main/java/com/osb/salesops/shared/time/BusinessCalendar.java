package com.osb.salesops.shared.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;

import com.osb.salesops.shared.SalesOpsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Business days: every day but Saturdays, Sundays and the public holidays that analysts
 * keep in {@value #FILE}, and the Saturdays and Sundays that the same file names as
 * make-up working days (调休). The file is read from the model folder when it is there,
 * else from the application, as the examples of the rules are, so that a changed file
 * counts after a restart without a build. With model hot deployment on, saving the file
 * replaces the holidays at once; a file that does not read leaves the previous holidays
 * in force.
 */
@Component
public class BusinessCalendar {

	/** The public holidays, below the model root and in the application. */
	public static final String FILE = "rules/calendar/public-holidays.csv";

	private static final Logger log = LoggerFactory.getLogger(BusinessCalendar.class);

	private final Path file;

	private volatile PublicHolidays holidays;

	/**
	 * Reads the public holidays; a bad line stops the application at start-up, naming the
	 * file and the line.
	 */
	@Autowired
	public BusinessCalendar(SalesOpsProperties properties) {
		this.file = properties.models().folder().resolve(FILE).toAbsolutePath().normalize();
		try {
			this.holidays = read();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The public holidays cannot be read: " + ex.getMessage(), ex);
		}
	}

	/** A calendar with the given holidays, whatever the files say. */
	public BusinessCalendar(PublicHolidays holidays) {
		this.file = null;
		this.holidays = holidays;
	}

	public boolean isBusinessDay(LocalDate day) {
		return this.holidays.isBusinessDay(day);
	}

	/** The business day that many business days after the day. */
	public LocalDate plusBusinessDays(LocalDate day, int businessDays) {
		if (businessDays < 0) {
			throw new IllegalArgumentException("A number of business days is 0 or more, not " + businessDays);
		}
		LocalDate result = day;
		int added = 0;
		while (added < businessDays) {
			result = result.plusDays(1);
			if (isBusinessDay(result)) {
				added++;
			}
		}
		return result;
	}

	public PublicHolidays holidays() {
		return this.holidays;
	}

	/** Reads the holidays again when the file is among the saved files. */
	public void changed(Collection<Path> files) {
		if (this.file == null
				|| files.stream().map((saved) -> saved.toAbsolutePath().normalize()).noneMatch(this.file::equals)) {
			return;
		}
		try {
			this.holidays = read();
			log.info("Read {} public holidays and {} make-up working days from {}", this.holidays.names().size(),
					this.holidays.workdays().size(), this.file);
		}
		catch (RuntimeException ex) {
			log.error("Kept the previous public holidays: {}", ex.getMessage());
		}
	}

	private PublicHolidays read() {
		try {
			if (Files.isRegularFile(this.file)) {
				return PublicHolidays.parse(this.file.toString(), Files.readString(this.file, StandardCharsets.UTF_8));
			}
			try (InputStream packaged = BusinessCalendar.class.getClassLoader().getResourceAsStream(FILE)) {
				if (packaged == null) {
					throw new IllegalArgumentException("neither " + this.file + " nor the application has " + FILE);
				}
				return PublicHolidays.parse("classpath:" + FILE,
						new String(packaged.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
