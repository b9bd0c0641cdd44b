package com.osb.salesops.shared.process;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock, which is the process engine's: timers, business dates,
 * document numbers and every time stamp the application writes read the same time. The
 * engine's clock is the system's unless a start is configured, from which it runs on;
 * tests move it through the engine as Camunda's own tests do.
 */
public final class ApplicationClock extends Clock {

	private final ZoneId zone;

	private final long offsetMillis;

	private ApplicationClock(ZoneId zone, long offsetMillis) {
		this.zone = zone;
		this.offsetMillis = offsetMillis;
	}

	/**
	 * The engine's clock, set to run on from the given start if there is one.
	 * @param start the moment the clock shows now, or {@code null} for the real time
	 */
	public static ApplicationClock startingAt(OffsetDateTime start) {
		long offset = (start != null) ? start.toInstant().toEpochMilli() - System.currentTimeMillis() : 0L;
		ApplicationClock clock = new ApplicationClock(ZoneOffset.UTC, offset);
		clock.reset();
		return clock;
	}

	/**
	 * Puts the clock back where it runs by itself: the configured start plus the time
	 * since, or the real time; undoes what a test set with the engine's clock.
	 */
	public void reset() {
		if (this.offsetMillis == 0L) {
			ClockUtil.reset();
		}
		else {
			ClockUtil.offset(this.offsetMillis);
		}
	}

	@Override
	public Instant instant() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	@Override
	public long millis() {
		return ClockUtil.getCurrentTime().getTime();
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return zone.equals(this.zone) ? this : new ApplicationClock(zone, this.offsetMillis);
	}

}
