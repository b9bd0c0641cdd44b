package com.osb.salesops.home;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.osb.salesops.ordertocash.order.OrderCycleTimes;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The spells of the whole company in a period, counted per month, step and 1% wide
 * duration bucket: the period's whole months from {@code order_cycle_histogram}, the
 * whole days of a month the period cuts from {@code order_cycle_day_histogram}, the hours
 * of a day it cuts from the spells themselves, less the spells of the reps left out. A
 * bucket stands for the geometric middle of its durations, so a percentile read from it
 * is within half a percent of the exact one; it is interpolated between ranks as
 * {@code percentile_cont} does.
 */
class CycleHistogram {

	private static final String BUCKET = OrderCycleTimes.BUCKET.formatted("c.duration_ms");

	private static final double WIDTH = 1.01;

	private final JdbcTemplate jdbc;

	private final String channel;

	/** Buckets and their spells by month and step. */
	private final Map<String, TreeMap<Integer, Long>> buckets = new TreeMap<>();

	private final Map<String, String> names = new TreeMap<>();

	CycleHistogram(JdbcTemplate jdbc, String channel) {
		this.jdbc = jdbc;
		this.channel = channel;
	}

	/**
	 * Counts the spells that ended from the first moment up to the end, as the database
	 * stores them.
	 */
	void read(LocalDateTime first, LocalDateTime end, List<String> leftOut) {
		YearMonth whole = YearMonth.from(first);
		if (!whole.atDay(1).atStartOfDay().equals(first)) {
			whole = whole.plusMonths(1);
		}
		YearMonth last = YearMonth.from(end);
		if (whole.isBefore(last)) {
			List<Object> arguments = new ArrayList<>(List.of(yearMonth(whole), yearMonth(last)));
			add("select year_month, step, bucket, min(step_name), sum(spells) from order_cycle_histogram"
					+ " where year_month >= ? and year_month < ?" + channel("channel", arguments)
					+ " group by year_month, step, bucket", arguments);
			days(first, whole.atDay(1).atStartOfDay());
			days(last.atDay(1).atStartOfDay(), end);
		}
		else {
			days(first, end);
		}
		if (!leftOut.isEmpty()) {
			spells(first, end, leftOut);
		}
	}

	/** The whole orders' spells by month, or the steps' by month and name. */
	List<CycleTimes.Spell> spells(boolean wholeOrders) {
		List<CycleTimes.Spell> spells = new ArrayList<>();
		this.buckets.forEach((key, counts) -> {
			String step = key.substring(7);
			long count = counts.values().stream().mapToLong(Long::longValue).sum();
			if (step.isEmpty() == wholeOrders && count > 0) {
				String name = this.names.get(key);
				spells.add(new CycleTimes.Spell(CycleTimes.month(Long.parseLong(key.substring(0, 6))),
						wholeOrders ? null : step, (name == null || name.isEmpty()) ? null : name, count,
						CycleTimes.hours(percentile(counts, count, 0.5)),
						CycleTimes.hours(percentile(counts, count, 0.9))));
			}
		});
		spells.sort(Comparator.comparing(CycleTimes.Spell::month)
			.thenComparing(CycleTimes.Spell::name, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(CycleTimes.Spell::step, Comparator.nullsFirst(Comparator.naturalOrder())));
		return spells;
	}

	/**
	 * The spells of every rep from the first moment up to the end: whole days from
	 * {@code order_cycle_day_histogram}, the hours of a day the moments cut from the
	 * spells.
	 */
	private void days(LocalDateTime from, LocalDateTime to) {
		LocalDate firstDay = from.toLocalDate();
		if (!from.equals(firstDay.atStartOfDay())) {
			firstDay = firstDay.plusDays(1);
		}
		LocalDate endDay = to.toLocalDate();
		if (!firstDay.isBefore(endDay)) {
			spells(from, to, List.of());
			return;
		}
		List<Object> arguments = new ArrayList<>(List.of(Date.valueOf(firstDay), Date.valueOf(endDay)));
		add("select year_month, step, bucket, min(step_name), sum(spells) from order_cycle_day_histogram"
				+ " where ended_on >= ? and ended_on < ?" + channel("channel", arguments)
				+ " group by year_month, step, bucket", arguments);
		spells(from, firstDay.atStartOfDay(), List.of());
		spells(endDay.atStartOfDay(), to, List.of());
	}

	/** The spells of the reps (all when none named), added, or taken away when named. */
	private void spells(LocalDateTime from, LocalDateTime to, List<String> reps) {
		if (!from.isBefore(to)) {
			return;
		}
		List<Object> arguments = new ArrayList<>(List.of(Timestamp.valueOf(from), Timestamp.valueOf(to)));
		String where = channel("c.channel", arguments);
		if (!reps.isEmpty()) {
			where += " and c.rep_id in (" + String.join(", ", reps.stream().map((id) -> "?").toList()) + ")";
			arguments.addAll(reps);
		}
		add("select c.year_month, c.step, " + BUCKET + ", min(coalesce(c.step_name, '')), "
				+ (reps.isEmpty() ? "" : "-") + "count(*) from order_cycle_time c where c.ended_at >= ?"
				+ " and c.ended_at < ?" + where + " group by c.year_month, c.step, " + BUCKET, arguments);
	}

	private String channel(String column, List<Object> arguments) {
		if (this.channel == null) {
			return "";
		}
		arguments.add(this.channel);
		return " and " + column + " = ?";
	}

	private void add(String sql, List<Object> arguments) {
		this.jdbc.query(sql, (RowCallbackHandler) (rs) -> {
			String key = rs.getInt(1) + "/" + rs.getString(2);
			this.buckets.computeIfAbsent(key, (k) -> new TreeMap<>()).merge(rs.getInt(3), rs.getLong(5), Long::sum);
			String name = rs.getString(4);
			if (name != null && !name.isEmpty()) {
				this.names.merge(key, name, (a, b) -> (a.compareTo(b) <= 0) ? a : b);
			}
		}, arguments.toArray());
	}

	/** The percentile as {@code percentile_cont}: interpolated between two ranks. */
	private static BigDecimal percentile(TreeMap<Integer, Long> counts, long count, double fraction) {
		double position = fraction * (count - 1);
		long lower = (long) Math.floor(position);
		double low = valueAt(counts, lower);
		double high = valueAt(counts, (long) Math.ceil(position));
		return BigDecimal.valueOf(low + (position - lower) * (high - low));
	}

	/** The middle of the bucket that holds the spell of the rank (from 0), in ms. */
	private static double valueAt(TreeMap<Integer, Long> counts, long rank) {
		long seen = 0;
		for (Map.Entry<Integer, Long> bucket : counts.entrySet()) {
			seen += Math.max(bucket.getValue(), 0);
			if (rank < seen) {
				return 1000 * Math.pow(WIDTH, bucket.getKey() + 0.5);
			}
		}
		return 1000 * Math.pow(WIDTH, counts.lastKey() + 0.5);
	}

	private static int yearMonth(YearMonth month) {
		return month.getYear() * 100 + month.getMonthValue();
	}

}
