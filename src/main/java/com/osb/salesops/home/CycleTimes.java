package com.osb.salesops.home;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.osb.salesops.shared.language.ProcessNames;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long orders take: from submission to the archived invoice, and each human step of
 * the order and its approval and invoicing, with the median and the 90th percentile per
 * month in which they ended. Only the orders of the given reps count. The spells are read
 * from {@code order_cycle_time}, which the order code writes from the engine's history as
 * each spell ends: for a few reps their exact percentiles; for more than half of all
 * reps, from the company's histogram of 1% wide buckets ({@link CycleHistogram}), less
 * the spells of the reps left out, within half a percent of the exact figure.
 */
@Service
public class CycleTimes {

	private static final BigDecimal MILLIS_AN_HOUR = BigDecimal.valueOf(3_600_000L);

	private static final String EXACT = " count(*), percentile_cont(0.5) within group (order by c.duration_ms),"
			+ " percentile_cont(0.9) within group (order by c.duration_ms) from order_cycle_time c"
			+ " where c.ended_at >= ? and c.ended_at < ?";

	private final JdbcTemplate jdbc;

	private final ZoneId zone;

	private final ProcessNames taskNames;

	CycleTimes(JdbcTemplate jdbc, BusinessClock clock, ProcessNames taskNames) {
		this.jdbc = jdbc;
		this.zone = clock.zone();
		this.taskNames = taskNames;
	}

	/**
	 * @param repIds the reps whose orders count
	 * @param from the first day
	 * @param to the last day
	 * @param channel only orders sold through it, or null
	 * @param sku only orders with a line of this product, or null
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> report(Collection<String> repIds, LocalDate from, LocalDate to, String channel,
			String sku) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("from", from);
		answer.put("to", to);
		if (repIds.isEmpty()) {
			answer.put("orders", List.of());
			answer.put("steps", List.of());
			return answer;
		}
		// the engine's times as the database stores them, as JDBC hands them over
		LocalDateTime first = Timestamp.from(from.atStartOfDay(this.zone).toInstant()).toLocalDateTime();
		LocalDateTime end = Timestamp.from(to.plusDays(1).atStartOfDay(this.zone).toInstant()).toLocalDateTime();
		Set<String> reps = new HashSet<>(repIds);
		List<String> others = this.jdbc.queryForList("select id from sales_rep", String.class)
			.stream()
			.filter((id) -> !reps.contains(id))
			.toList();
		if (sku == null && others.size() < reps.size()) {
			CycleHistogram histogram = new CycleHistogram(this.jdbc, channel);
			histogram.read(first, end, others);
			answer.put("orders", histogram.spells(true));
			answer.put("steps", named(histogram.spells(false)));
			return answer;
		}
		List<Object> arguments = new ArrayList<>(List.of(Timestamp.valueOf(first), Timestamp.valueOf(end)));
		StringBuilder where = new StringBuilder(" and c.rep_id in (")
			.append(String.join(", ", repIds.stream().map((id) -> "?").toList()))
			.append(')');
		arguments.addAll(repIds);
		if (channel != null) {
			where.append(" and c.channel = ?");
			arguments.add(channel);
		}
		if (sku != null) {
			where.append(" and exists (select 1 from sales_order_line l join product s on s.id = l.product_id")
				.append(" where l.order_id = c.order_id and s.sku = ?)");
			arguments.add(sku);
		}
		answer.put("orders",
				this.jdbc.query(
						"select c.year_month," + EXACT + " and c.step = ''" + where
								+ " group by c.year_month order by 1",
						(rs, row) -> new Spell(month(rs.getLong(1)), null, null, rs.getLong(2),
								hours(rs.getBigDecimal(3)), hours(rs.getBigDecimal(4))),
						arguments.toArray()));
		answer.put("steps",
				named(this.jdbc.query(
						"select c.year_month, c.step, min(c.step_name)," + EXACT + " and c.step <> ''" + where
								+ " group by c.year_month, c.step order by 1, 3",
						(rs, row) -> new Spell(month(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getLong(4),
								hours(rs.getBigDecimal(5)), hours(rs.getBigDecimal(6))),
						arguments.toArray())));
		return answer;
	}

	/** The steps, each named in the reader's words as its model names it. */
	private List<Spell> named(List<Spell> steps) {
		Locale language = LocaleContextHolder.getLocale();
		return steps.stream()
			.map((spell) -> new Spell(spell.month(), spell.step(), this.taskNames.taskOfKey(spell.step(), language),
					spell.count(), spell.medianHours(), spell.p90Hours()))
			.toList();
	}

	static String month(long yearMonth) {
		return YearMonth.of((int) (yearMonth / 100), (int) (yearMonth % 100)).toString();
	}

	static BigDecimal hours(BigDecimal millis) {
		return (millis == null) ? null : millis.divide(MILLIS_AN_HOUR, 2, RoundingMode.HALF_EVEN);
	}

	/**
	 * The time spent in one month, by the whole order or by one step.
	 *
	 * @param month the month they ended, like {@code 2026-11}
	 * @param step the step's element id, or null for the whole order
	 * @param name the step's name
	 * @param count how many ended in the month
	 * @param medianHours the median, in hours
	 * @param p90Hours the 90th percentile, in hours
	 */
	public record Spell(String month, String step, String name, long count, BigDecimal medianHours,
			BigDecimal p90Hours) {
	}

}
