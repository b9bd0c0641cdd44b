package wallclock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

/**
 * Code that reads the system's time in each way the clock rule forbids, and one way it
 * allows, outside the application's packages: the rule's own test reads them.
 */
public final class WallClockReaders {

	private WallClockReaders() {
	}

	public static final class Today {

		LocalDate read() {
			return LocalDate.now();
		}

	}

	public static final class TodayInAZone {

		LocalDate read() {
			return LocalDate.now(ZoneId.of("Asia/Shanghai"));
		}

	}

	public static final class Moment {

		Instant read() {
			return Instant.now();
		}

	}

	public static final class LocalMoment {

		LocalDateTime read() {
			return LocalDateTime.now();
		}

	}

	public static final class NewDate {

		Date read() {
			return new Date();
		}

	}

	public static final class Millis {

		long read() {
			return System.currentTimeMillis();
		}

	}

	public static final class SystemClock {

		Clock read() {
			return Clock.systemUTC();
		}

	}

	public static final class GivenClock {

		LocalDate read(Clock clock) {
			return LocalDate.now(clock);
		}

	}

}
