package com.osb.salesops.quota;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.osb.salesops.quota.model.Channel;
import com.osb.salesops.quota.model.QuotaPlan;
import com.osb.salesops.quota.model.QuotaRequest;
import com.osb.salesops.quota.model.RepInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quota allocation must plan 100,000 reps in under a second: the rules run once per rep
 * profile, the arithmetic sorts the fairness breakpoints once. Run with
 * {@code ./mvnw -B -Pbenchmark verify -Dit.test=QuotaAllocationBenchmark}. The planner
 * runs on the packaged DRL without Spring; the organisation is random but seeded.
 */
class QuotaAllocationBenchmark {

	private static final int REPS = 100_000;

	private static final int WARM_UP_RUNS = 5;

	private static final int MEASURED_RUNS = 10;

	private static final int GROWTH_RUNS = 9;

	private static final double TARGET_SECONDS = 1.0;

	private static final long HEAP_LIMIT_BYTES = 1L << 30;

	private final QuotaPlanner planner = QuotaFixture.planner();

	@Test
	void allocatesOneHundredThousandRepsWithinOneSecond() {
		// given
		QuotaRequest request = organisation(REPS, 42);
		for (int run = 0; run < WARM_UP_RUNS; run++) {
			this.planner.allocate(request);
		}
		long heapBefore = heapUsedAfterGc();

		// when
		double[] seconds = new double[MEASURED_RUNS];
		long allocatedBytes = 0;
		QuotaPlan plan = null;
		for (int run = 0; run < MEASURED_RUNS; run++) {
			System.gc();
			long allocatedBefore = allocatedBytes();
			long started = System.nanoTime();
			plan = this.planner.allocate(request);
			seconds[run] = (System.nanoTime() - started) / 1e9;
			allocatedBytes += allocatedBytes() - allocatedBefore;
		}
		long heapGrowth = heapUsedAfterGc() - heapBefore;

		// then
		Arrays.sort(seconds);
		System.out.printf(Locale.ROOT,
				"Quota allocation of %,d reps: median %.0f ms, min %.0f ms, max %.0f ms over %d runs;"
						+ " %.0f MB allocated per run; heap held by one plan %.0f MB; heap in use %.0f MB%n",
				plan.reps().size(), seconds[MEASURED_RUNS / 2] * 1e3, seconds[0] * 1e3,
				seconds[MEASURED_RUNS - 1] * 1e3, MEASURED_RUNS, megabytes(allocatedBytes / MEASURED_RUNS),
				megabytes(heapGrowth), megabytes(heapUsedAfterGc()));
		assertThat(seconds[MEASURED_RUNS / 2]).as("median seconds").isLessThan(TARGET_SECONDS);
		assertThat(heapGrowth).isLessThan(HEAP_LIMIT_BYTES);
	}

	/**
	 * Doubling the reps must cost less than three times as much: n log n costs about 2.1
	 * times. Every size is warmed up as the single-size check is, then the sizes take
	 * turns, each run after a collection, so that compilation, a collector's cycle or
	 * machine drift fall on every size alike and each run pays only for its own garbage.
	 */
	@Test
	void growsNoFasterThanNLogN() {
		// given
		int[] sizes = { 25_000, 50_000, 100_000, 200_000 };
		List<QuotaRequest> requests = new ArrayList<>();
		for (int size : sizes) {
			requests.add(organisation(size, size));
		}
		for (int run = 0; run < WARM_UP_RUNS; run++) {
			requests.forEach((request) -> this.planner.allocate(request));
		}

		// when
		double[][] seconds = new double[sizes.length][GROWTH_RUNS];
		for (int run = 0; run < GROWTH_RUNS; run++) {
			for (int i = 0; i < sizes.length; i++) {
				System.gc();
				long started = System.nanoTime();
				this.planner.allocate(requests.get(i));
				seconds[i][run] = (System.nanoTime() - started) / 1e9;
			}
		}

		// then
		double[] median = new double[sizes.length];
		for (int i = 0; i < sizes.length; i++) {
			Arrays.sort(seconds[i]);
			median[i] = seconds[i][GROWTH_RUNS / 2];
			System.out.printf(Locale.ROOT, "Quota allocation of %,7d reps: median %6.0f ms, min %6.0f ms%s%n", sizes[i],
					median[i] * 1e3, seconds[i][0] * 1e3, (i > 0) ? String.format(Locale.ROOT,
							", time(%,d) / time(%,d) = %.2f", sizes[i], sizes[i - 1], median[i] / median[i - 1]) : "");
		}
		assertThat(median[3] / median[2]).isLessThan(3.0);
	}

	/**
	 * A random organisation: one rep in five is new (no sales last year, under a year of
	 * tenure), half have a channel mix, actuals to the cent; the target is last year's
	 * total plus 8%.
	 */
	static QuotaRequest organisation(int size, long seed) {
		Random random = new Random(seed);
		List<RepInput> reps = new ArrayList<>(size);
		long actuals = 0;
		for (int i = 0; i < size; i++) {
			boolean newRep = random.nextInt(5) == 0;
			long actualCents = newRep ? 0 : 5_000_000L + (long) (random.nextDouble() * 200_000_000L);
			long potential = 50_000 + random.nextInt(2_000_000);
			int tenure = newRep ? random.nextInt(12) : 6 + random.nextInt(240);
			reps.add(new RepInput("R" + i, BigDecimal.valueOf(actualCents, 2), BigDecimal.valueOf(potential), tenure,
					random.nextBoolean() ? mix(random) : Map.of()));
			actuals += actualCents / 100;
		}
		long target = (actuals + actuals * 8 / 100) / 100 * 100;
		return new QuotaRequest(target, reps);
	}

	private static Map<Channel, BigDecimal> mix(Random random) {
		Map<Channel, BigDecimal> mix = new EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			mix.put(channel, BigDecimal.valueOf(random.nextInt(101), 2));
		}
		return mix;
	}

	private static long allocatedBytes() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
			.getThreadAllocatedBytes(Thread.currentThread().getId());
	}

	private static long heapUsedAfterGc() {
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static double megabytes(long bytes) {
		return bytes / (1024.0 * 1024.0);
	}

}
