package com.osb.salesops.home;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long orders take, from the engine's history: from submission to the archived
 * invoice, and each human step of the order and its approval and invoicing, with the
 * median and the 90th percentile per month in which they ended. Only the orders of the
 * given reps count.
 */
@Service
public class CycleTimes {

	private static final BigDecimal MILLIS_AN_HOUR = BigDecimal.valueOf(3_600_000L);

	private static final String MONTH = "extract(year from %1$s.END_TIME_) * 100 + extract(month from %1$s.END_TIME_)";

	private static final String ORDERS = "select " + MONTH.formatted("p") + " as ended, count(*),"
			+ " percentile_cont(0.5) within group (order by p.DURATION_),"
			+ " percentile_cont(0.9) within group (order by p.DURATION_)"
			+ " from ACT_HI_PROCINST p join sales_order o on o.number = p.BUSINESS_KEY_"
			+ " where p.PROC_DEF_KEY_ = 'order-to-remittance' and p.END_ACT_ID_ = 'EndEvent_InvoiceArchived'"
			+ " and p.END_TIME_ >= ? and p.END_TIME_ < ?";

	private static final String STEPS = "select " + MONTH.formatted("a") + " as ended, a.ACT_ID_, min(a.ACT_NAME_),"
			+ " count(*), percentile_cont(0.5) within group (order by a.DURATION_),"
			+ " percentile_cont(0.9) within group (order by a.DURATION_)"
			+ " from ACT_HI_ACTINST a join ACT_HI_PROCINST p on p.ID_ = a.PROC_INST_ID_"
			+ " join sales_order o on o.number = p.BUSINESS_KEY_"
			+ " where a.PROC_DEF_KEY_ in ('order-to-remittance', 'order-approval', 'order-invoicing')"
			+ " and a.ACT_TYPE_ = 'userTask' and a.END_TIME_ >= ? and a.END_TIME_ < ?";

	private final JdbcTemplate jdbc;

	private final ZoneId zone;

	CycleTimes(JdbcTemplate jdbc, BusinessClock clock) {
		this.jdbc = jdbc;
		this.zone = clock.zone();
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
		List<Object> arguments = new ArrayList<>();
		arguments.add(Timestamp.from(from.atStartOfDay(this.zone).toInstant()));
		arguments.add(Timestamp.from(to.plusDays(1).atStartOfDay(this.zone).toInstant()));
		StringBuilder where = new StringBuilder(" and o.rep_id in (")
			.append(String.join(", ", repIds.stream().map((id) -> "?").toList()))
			.append(')');
		arguments.addAll(repIds);
		if (channel != null) {
			where.append(" and o.channel = ?");
			arguments.add(channel);
		}
		if (sku != null) {
			where.append(" and exists (select 1 from sales_order_line l join product s on s.id = l.product_id")
				.append(" where l.order_id = o.id and s.sku = ?)");
			arguments.add(sku);
		}
		answer.put("orders",
				this.jdbc.query(ORDERS + where + " group by " + MONTH.formatted("p") + " order by 1",
						(rs, row) -> new Spell(month(rs.getLong(1)), null, null, rs.getLong(2),
								hours(rs.getBigDecimal(3)), hours(rs.getBigDecimal(4))),
						arguments.toArray()));
		answer
			.put("steps",
					this.jdbc.query(STEPS + where + " group by " + MONTH.formatted("a") + ", a.ACT_ID_ order by 1, 3",
							(rs, row) -> new Spell(month(rs.getLong(1)), rs.getString(2), rs.getString(3),
									rs.getLong(4), hours(rs.getBigDecimal(5)), hours(rs.getBigDecimal(6))),
							arguments.toArray()));
		return answer;
	}

	private static String month(long yearMonth) {
		return String.format("%04d-%02d", yearMonth / 100, yearMonth % 100);
	}

	private static BigDecimal hours(BigDecimal millis) {
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
