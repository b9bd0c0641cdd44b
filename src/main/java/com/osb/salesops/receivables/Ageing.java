package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.osb.salesops.shared.web.Messages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts-receivable ageing as of any day (POLICY section 6): each invoice issued by
 * then and not written off by then, with what was open on it that day (its amount less
 * what was allocated to it up to that day), in one bucket by its days past due, summed by
 * customer, rep, region or market, with totals. A prepaid order shipped before it was
 * paid is aged too, until its invoice is issued: what is unpaid on it that day, from its
 * shipment date, as an item shipped, not yet invoiced, named on its line and listed.
 */
@Service
@Transactional(readOnly = true)
public class Ageing {

	/** The buckets, in order. */
	public static final List<String> BUCKETS = List.of("CURRENT", "1-30", "31-60", "61-90", "OVER_90");

	private static final String LINES = """
			select x.line_key, min(x.line_name) as line_name, x.bucket, sum(x.open_amount) as open_amount from (
			  select %s as line_key, %s as line_name,
			    case when i.due_date >= ? then 'CURRENT' when i.due_date >= ? then '1-30'
			      when i.due_date >= ? then '31-60' when i.due_date >= ? then '61-90' else 'OVER_90' end as bucket,
			    i.amount - coalesce(a.allocated, 0) as open_amount
			  from invoice i join receivable r on r.invoice_id = i.id join customer c on c.id = i.customer_id
			  join sales_rep s on s.id = c.rep_id join region g on g.id = s.region_id join market m on m.id = g.market_id
			  left join (select invoice_id, sum(amount) as allocated from receivable_allocation
			    where allocated_on <= ? group by invoice_id) a on a.invoice_id = i.id
			  where i.issue_date <= ? and (r.written_off_on is null or r.written_off_on > ?)%s
			) x where x.open_amount > 0 group by x.line_key, x.bucket""";

	/**
	 * The same lines from the sums per rep and due date, for any grouping but by
	 * customer.
	 */
	private static final String SUMMED_LINES = """
			select x.line_key, min(x.line_name) as line_name, x.bucket, sum(x.open_amount) as open_amount from (
			  select %s as line_key, %s as line_name,
			    case when t.due_date >= ? then 'CURRENT' when t.due_date >= ? then '1-30'
			      when t.due_date >= ? then '31-60' when t.due_date >= ? then '61-90' else 'OVER_90' end as bucket,
			    t.open_amount
			  from receivable_due_totals t join sales_rep s on s.id = t.rep_id join region g on g.id = s.region_id
			  join market m on m.id = g.market_id
			  where t.open_amount > 0%s
			) x group by x.line_key, x.bucket""";

	private static final String SHIPPED = """
			select u.order_number as number, u.shipped_on as due_date, c.code as customer_code,
			  c.name as customer_name, s.id as rep_id, s.name as rep_name, g.id as region_id, g.name as region_name,
			  m.id as market_id, m.name as market_name,
			  u.amount - coalesce((select sum(p.amount) from payment p
			    where p.order_id = u.order_id and p.received_on <= ?), 0) as open_amount
			from shipped_not_invoiced u join customer c on c.id = u.customer_id
			join sales_rep s on s.id = c.rep_id join region g on g.id = s.region_id join market m on m.id = g.market_id
			where u.shipped_on <= ?
			  and not exists (select 1 from invoice i join receivable r on r.invoice_id = i.id
			    where i.order_id = u.order_id and i.issue_date <= ?)""";

	private final JdbcClient jdbc;

	private final DueDateTotals dueTotals;

	Ageing(JdbcClient jdbc, DueDateTotals dueTotals) {
		this.jdbc = jdbc;
		this.dueTotals = dueTotals;
	}

	/** The bucket of an invoice due on the day, as of a day. */
	public static String bucket(LocalDate due, LocalDate asOf) {
		long days = ChronoUnit.DAYS.between(due, asOf);
		return (days <= 0) ? BUCKETS.get(0) : (days <= 30) ? BUCKETS.get(1)
				: (days <= 60) ? BUCKETS.get(2) : (days <= 90) ? BUCKETS.get(3) : BUCKETS.get(4);
	}

	public Report report(LocalDate asOf, Grouping by, ReceivablesScope scope) {
		return report(asOf, by, scope, null, null, null);
	}

	/**
	 * The ageing of the customers in scope, narrowed to a rep's, a region's or a market's
	 * customers where named (rep by id or login); each open invoice is summed into its
	 * line and bucket by the database, then each order shipped before payment and not yet
	 * invoiced is added to its line.
	 */
	public Report report(LocalDate asOf, Grouping by, ReceivablesScope scope, String repId, String regionId,
			String marketId) {
		return report(asOf, by, scope, new Narrowing(repId, regionId, marketId, null, null));
	}

	/**
	 * The ageing of the customers in scope, narrowed as asked: to a rep's, a region's or
	 * a market's customers, and to the invoices (and orders shipped before payment) of
	 * orders sold through a channel or holding a line of a product. An invoice of no
	 * order, such as an opening balance, has no channel and no product. Lines of reps,
	 * regions or markets of every channel and product are summed from the sums per rep
	 * and due date where they tell the day ({@link DueDateTotals}), else from the
	 * invoices.
	 */
	public Report report(LocalDate asOf, Grouping by, ReceivablesScope scope, Narrowing narrowing) {
		String repId = narrowing.repId();
		String regionId = narrowing.regionId();
		String marketId = narrowing.marketId();
		Map<String, Sum> lines = new TreeMap<>();
		Sum total = new Sum("TOTAL", Messages.text("report.total", "Total"));
		List<Object> arguments = new ArrayList<>();
		for (int days : new int[] { 0, 30, 60, 90 }) {
			arguments.add(Date.valueOf(asOf.minusDays(days)));
		}
		String sql;
		if (by != Grouping.CUSTOMER && narrowing.everyOrder() && this.dueTotals.answer(asOf)) {
			sql = SUMMED_LINES.formatted(by.columns()[0], by.columns()[1],
					where(scope, arguments, repId, regionId, marketId));
		}
		else {
			arguments.addAll(List.of(Date.valueOf(asOf), Date.valueOf(asOf), Date.valueOf(asOf)));
			String where = where(scope, arguments, repId, regionId, marketId)
					+ narrowing.orders("i.order_id", arguments);
			sql = LINES.formatted(by.columns()[0], by.columns()[1], where);
		}
		for (Summed summed : this.jdbc.sql(sql)
			.params(arguments)
			.query((rs, row) -> new Summed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)))
			.list()) {
			lines.computeIfAbsent(summed.lineKey(), (id) -> new Sum(id, summed.lineName()))
				.add(summed.bucket(), summed.openAmount(), false);
			total.add(summed.bucket(), summed.openAmount(), false);
		}
		List<Object> shippedArguments = new ArrayList<>(
				List.of(Date.valueOf(asOf), Date.valueOf(asOf), Date.valueOf(asOf)));
		String shippedSql = SHIPPED + where(scope, shippedArguments, repId, regionId, marketId)
				+ narrowing.orders("u.order_id", shippedArguments);
		List<ShippedItem> shipped = new ArrayList<>();
		for (Item item : this.jdbc.sql(shippedSql).params(shippedArguments).query(Item.class).list()) {
			if (item.openAmount().signum() <= 0) {
				continue;
			}
			String[] key = by.key(item);
			String bucket = bucket(item.dueDate(), asOf);
			lines.computeIfAbsent(key[0], (id) -> new Sum(id, key[1])).add(bucket, item.openAmount(), true);
			total.add(bucket, item.openAmount(), true);
			shipped.add(new ShippedItem(item.number(), item.customerCode(), item.customerName(), item.dueDate(),
					Math.max(0, ChronoUnit.DAYS.between(item.dueDate(), asOf)), bucket, item.openAmount()));
		}
		return new Report(asOf, by.name().toLowerCase(),
				new ArrayList<>(lines.values().stream().map(Sum::line).toList()), total.line(), shipped);
	}

	private static String where(ReceivablesScope scope, List<Object> arguments, String repId, String regionId,
			String marketId) {
		StringBuilder where = new StringBuilder(scope.where(arguments));
		narrow(where, arguments, " and (s.id = ? or s.user_id = ?)", repId, 2);
		narrow(where, arguments, " and g.id = ?", regionId, 1);
		narrow(where, arguments, " and m.id = ?", marketId, 1);
		return where.toString();
	}

	private static void narrow(StringBuilder where, List<Object> arguments, String condition, String value, int times) {
		if (value != null && !value.isBlank()) {
			where.append(condition);
			for (int i = 0; i < times; i++) {
				arguments.add(value);
			}
		}
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

		String[] columns() {
			return switch (this) {
				case CUSTOMER -> new String[] { "c.code", "c.name" };
				case REP -> new String[] { "s.id", "s.name" };
				case REGION -> new String[] { "g.id", "g.name" };
				case MARKET -> new String[] { "m.id", "m.name" };
			};
		}

	}

	/**
	 * What an ageing report is narrowed to; a blank narrows nothing.
	 *
	 * @param repId only this rep's customers (id or login)
	 * @param regionId only customers of reps in this region
	 * @param marketId only customers of reps in this market
	 * @param channel only invoices of orders sold through this channel
	 * @param sku only invoices of orders with a line of this product
	 */
	public record Narrowing(String repId, String regionId, String marketId, String channel, String sku) {

		/** Whether it keeps the invoices of every channel and product. */
		boolean everyOrder() {
			return (this.channel == null || this.channel.isBlank()) && (this.sku == null || this.sku.isBlank());
		}

		String orders(String orderColumn, List<Object> arguments) {
			StringBuilder where = new StringBuilder();
			if (this.channel != null && !this.channel.isBlank()) {
				where.append(" and exists (select 1 from sales_order o where o.id = ")
					.append(orderColumn)
					.append(" and o.channel = ?)");
				arguments.add(this.channel);
			}
			if (this.sku != null && !this.sku.isBlank()) {
				where.append(" and exists (select 1 from sales_order_line l join product p on p.id = l.product_id")
					.append(" where l.order_id = ")
					.append(orderColumn)
					.append(" and p.sku = ?)");
				arguments.add(this.sku);
			}
			return where.toString();
		}

	}

	record Item(String number, LocalDate dueDate, String customerCode, String customerName, String repId,
			String repName, String regionId, String regionName, String marketId, String marketName,
			BigDecimal openAmount) {
	}

	record Summed(String lineKey, String lineName, String bucket, BigDecimal openAmount) {
	}

	/** A line while it is summed. */
	private static final class Sum {

		private final String key;

		private final String name;

		private final Map<String, BigDecimal> buckets = zeros();

		private BigDecimal shipped = new BigDecimal("0.00");

		Sum(String key, String name) {
			this.key = key;
			this.name = name;
		}

		void add(String bucket, BigDecimal amount, boolean shippedNotInvoiced) {
			this.buckets.merge(bucket, amount, BigDecimal::add);
			this.buckets.merge("TOTAL", amount, BigDecimal::add);
			if (shippedNotInvoiced) {
				this.shipped = this.shipped.add(amount);
			}
		}

		Line line() {
			return new Line(this.key, this.name, this.buckets, this.shipped);
		}

	}

	/**
	 * @param key the customer code, rep, region or market id
	 * @param name its name
	 * @param buckets the open amount per bucket, then {@code TOTAL}
	 * @param shippedNotInvoiced how much of {@code TOTAL} was shipped before payment and
	 * is not yet invoiced
	 */
	public record Line(String key, String name, Map<String, BigDecimal> buckets, BigDecimal shippedNotInvoiced) {
	}

	/**
	 * A prepaid order shipped before it was paid and not yet invoiced.
	 *
	 * @param orderNumber the order
	 * @param customerCode its customer
	 * @param customerName the customer's name
	 * @param shippedOn the day it was shipped, from which it is aged
	 * @param daysSinceShipment days from the shipment to the day of the report
	 * @param bucket its bucket
	 * @param openAmount what was unpaid on it that day
	 */
	public record ShippedItem(String orderNumber, String customerCode, String customerName, LocalDate shippedOn,
			long daysSinceShipment, String bucket, BigDecimal openAmount) {
	}

	/**
	 * @param asOf the day of the report
	 * @param by what it sums by
	 * @param lines one line per customer, rep, region or market with anything open
	 * @param total the sum of the lines
	 * @param shippedNotInvoiced the orders shipped before payment and not yet invoiced,
	 * which the lines include
	 */
	public record Report(LocalDate asOf, String by, List<Line> lines, Line total,
			List<ShippedItem> shippedNotInvoiced) {
	}

}
