package com.osb.salesops.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Latencies of an operation called one call at a time, timed with
 * {@link System#nanoTime()} for benchmarks: percentiles by nearest rank over every
 * sample, so that the tail is what was measured and not an estimate.
 */
public final class Latencies {

	private static int sink;

	private final long[] sortedNanos;

	private final long elapsedNanos;

	private Latencies(long[] sortedNanos, long elapsedNanos) {
		this.sortedNanos = sortedNanos;
		this.elapsedNanos = elapsedNanos;
	}

	/**
	 * Calls the operation with 0 to {@code calls - 1}, untimed, so that the JIT compiles
	 * the paths the measured calls take.
	 */
	public static void warmUp(int calls, IntFunction<?> operation) {
		int consumed = 0;
		for (int call = 0; call < calls; call++) {
			consumed ^= System.identityHashCode(operation.apply(call));
		}
		sink ^= consumed;
	}

	/** Calls the operation with 0 to {@code calls - 1} and times each call. */
	public static Latencies measure(int calls, IntFunction<?> operation) {
		long[] nanos = new long[calls];
		int consumed = 0;
		long started = System.nanoTime();
		for (int call = 0; call < calls; call++) {
			long callStarted = System.nanoTime();
			Object result = operation.apply(call);
			nanos[call] = System.nanoTime() - callStarted;
			consumed ^= System.identityHashCode(result);
		}
		long elapsed = System.nanoTime() - started;
		sink ^= consumed;
		Arrays.sort(nanos);
		return new Latencies(nanos, elapsed);
	}

	public int count() {
		return this.sortedNanos.length;
	}

	/**
	 * The smallest latency that at least {@code percent} per cent of the calls kept to.
	 */
	public Duration percentile(double percent) {
		int rank = (int) Math.ceil(percent / 100 * this.sortedNanos.length);
		int index = Math.min(Math.max(rank - 1, 0), this.sortedNanos.length - 1);
		return Duration.ofNanos(this.sortedNanos[index]);
	}

	public Duration mean() {
		return Duration.ofNanos(Arrays.stream(this.sortedNanos).sum() / this.sortedNanos.length);
	}

	public Duration max() {
		return Duration.ofNanos(this.sortedNanos[this.sortedNanos.length - 1]);
	}

	/** Calls per second over the whole measured run, one call at a time. */
	public double throughputPerSecond() {
		return this.sortedNanos.length * 1e9 / this.elapsedNanos;
	}

	/**
	 * One line: count, mean, percentiles and max in microseconds, then calls per second.
	 */
	public String summary(String name) {
		return String.format(Locale.ROOT,
				"%s: count=%d mean=%.1f p50=%.1f p90=%.1f p99=%.1f p99.9=%.1f max=%.1f (us) throughput=%.0f/s", name,
				count(), micros(mean()), micros(percentile(50)), micros(percentile(90)), micros(percentile(99)),
				micros(percentile(99.9)), micros(max()), throughputPerSecond());
	}

	private static double micros(Duration duration) {
		return duration.toNanos() / 1_000.0;
	}

}
