package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts-receivable ageing as of any day (POLICY section 6): each invoice issued by
 * then and not written off by then, with what was open on it that day (its amount less
 * what was allocated to it up to that day), in one bucket by its days past due, summed by
 * customer, rep, region or market, with totals.
 */
@Service
@Transactional(readOnly = true)
public class Ageing {

	/** The buckets, in order. */
	public static final List<String> BUCKETS = List.of("CURRENT", "1-30", "31-60", "61-90", "OVER_90");

	private static final String ITEMS = """
			select i.number, i.due_date, c.code as customer_code, c.name as customer_name, s.id as rep_id,
			  s.name as rep_name, g.id as region_id, g.name as region_name, m.id as market_id, m.name as market_name,
			  i.amount - coalesce((select sum(a.amount) from receivable_allocation a
			    where a.invoice_id = i.id and a.allocated_on <= ?), 0) as open_amount
			from invoice i join receivable r on r.invoice_id = i.id join customer c on c.id = i.customer_id
			join sales_rep s on s.id = c.rep_id join region g on g.id = s.region_id join market m on m.id = g.market_id
			where i.issue_date <= ? and (r.written_off_on is null or r.written_off_on > ?)""";

	private final JdbcClient jdbc;

	Ageing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The bucket of an invoice due on the day, as of a day. */
	public static String bucket(LocalDate due, LocalDate asOf) {
		long days = ChronoUnit.DAYS.between(due, asOf);
		return (days <= 0) ? BUCKETS.get(0) : (days <= 30) ? BUCKETS.get(1)
				: (days <= 60) ? BUCKETS.get(2) : (days <= 90) ? BUCKETS.get(3) : BUCKETS.get(4);
	}

	public Report report(LocalDate asOf, Grouping by, ReceivablesScope scope) {
		List<Object> arguments = new ArrayList<>(List.of(Date.valueOf(asOf), Date.valueOf(asOf), Date.valueOf(asOf)));
		String sql = ITEMS + scope.where(arguments);
		Map<String, Line> lines = new LinkedHashMap<>();
		Line total = new Line("TOTAL", "Total", zeros());
		for (Item item : this.jdbc.sql(sql).params(arguments).query(Item.class).list()) {
			if (item.openAmount().signum() <= 0) {
				continue;
			}
			String[] key = by.key(item);
			Line line = lines.computeIfAbsent(key[0], (id) -> new Line(id, key[1], zeros()));
			String bucket = bucket(item.dueDate(), asOf);
			line.buckets().merge(bucket, item.openAmount(), BigDecimal::add);
			line.buckets().merge("TOTAL", item.openAmount(), BigDecimal::add);
			total.buckets().merge(bucket, item.openAmount(), BigDecimal::add);
			total.buckets().merge("TOTAL", item.openAmount(), BigDecimal::add);
		}
		List<Line> sorted = new ArrayList<>(lines.values());
		sorted.sort((left, right) -> left.key().compareTo(right.key()));
		return new Report(asOf, by.name().toLowerCase(), sorted, total);
	}

	private static Map<String, BigDecimal> zeros() {
		Map<String, BigDecimal> buckets = new LinkedHashMap<>();
		BUCKETS.forEach((bucket) -> buckets.put(bucket, new BigDecimal("0.00")));
		buckets.put("TOTAL", new BigDecimal("0.00"));
		return buckets;
	}

	/** What the report sums by. */
	public enum Grouping {

		CUSTOMER, REP, REGION, MARKET;

		String[] key(Item item) {
			return switch (this) {
				case CUSTOMER -> new String[] { item.customerCode(), item.customerName() };
				case REP -> new String[] { item.repId(), item.repName() };
				case REGION -> new String[] { item.regionId(), item.regionName() };
				case MARKET -> new String[] { item.marketId(), item.marketName() };
			};
		}

	}

	record Item(String number, LocalDate dueDate, String customerCode, String customerName, String repId,
			String repName, String regionId, String regionName, String marketId, String marketName,
			BigDecimal openAmount) {
	}

	/**
	 * @param key the customer code, rep, region or market id
	 * @param name its name
	 * @param buckets the open amount per bucket, then {@code TOTAL}
	 */
	public record Line(String key, String name, Map<String, BigDecimal> buckets) {
	}

	/**
	 * @param asOf the day of the report
	 * @param by what it sums by
	 * @param lines one line per customer, rep, region or market with anything open
	 * @param total the sum of the lines
	 */
	public record Report(LocalDate asOf, String by, List<Line> lines, Line total) {
	}

}
