package com.osb.salesops.ordertocash.order;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import com.osb.salesops.shared.transaction.Database;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long orders take, kept beside the engine's history ({@code order_cycle_time}, one
 * row per spell, and {@code order_cycle_histogram} and {@code order_cycle_day_histogram},
 * the spells counted per month and per day, channel, step and 1% wide duration bucket for
 * the whole company), so that the cycle-time page need not read the history. A spell is
 * written in the engine's transaction when it ends, once (keyed by the history row it
 * copies); the spells of an order follow it when it changes hands. History written
 * outside the engine, such as a data load, is followed by {@link #refreshAll()}.
 */
@Service
public class OrderCycleTimes {

	/** The step of the whole order, from submission to the archived invoice. */
	public static final String WHOLE_ORDER = "";

	/** A duration's bucket, from its milliseconds: 1% wide, 0 from 1 s. */
	public static final String BUCKET = "cast(floor(ln(greatest(%s, 1) / 1000.0) / ln(1.01)) as integer)";

	private static final String MONTH = "extract(year from %1$s) * 100 + extract(month from %1$s)";

	private static final String INSERT = "insert into order_cycle_time (source_id, order_id, rep_id, channel, step,"
			+ " step_name, ended_at, year_month, duration_ms) ";

	private static final String SPELL = INSERT + "select cast(? as varchar(64)), o.id, o.rep_id, o.channel,"
			+ " cast(? as varchar(255)), cast(? as varchar(255)), cast(? as timestamp), cast(? as integer),"
			+ " cast(? as bigint) from sales_order o where o.number = ? and not exists (select 1 from order_cycle_time c"
			+ " where c.source_id = ?)";

	/** The company's spells per month, and per day, channel, step and bucket. */
	private static final List<Histogram> HISTOGRAMS = List.of(
			new Histogram("order_cycle_histogram", "year_month, channel, step, bucket",
					"year_month, coalesce(channel, ''), step, " + BUCKET.formatted("duration_ms")),
			new Histogram("order_cycle_day_histogram", "ended_on, year_month, channel, step, bucket",
					"cast(ended_at as date), year_month, coalesce(channel, ''), step, "
							+ BUCKET.formatted("duration_ms")));

	/**
	 * On PostgreSQL, the spell written and counted in both histograms in one statement:
	 * the histograms count the row the insert returns, so nothing when it wrote none.
	 */
	private static final String SPELL_COUNTED = "with spell as (" + SPELL
			+ " returning year_month, channel, step, step_name, ended_at, duration_ms), month_counted as ("
			+ HISTOGRAMS.get(0).upsert(1, " from spell", "") + ") " + HISTOGRAMS.get(1).upsert(1, " from spell", "");

	private final JdbcTemplate jdbc;

	private final Database database;

	OrderCycleTimes(JdbcTemplate jdbc, Database database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	/**
	 * Writes a spell that ended, unless it is written already or no order has the
	 * business key.
	 * @param sourceId the history row it copies, unique among spells
	 * @param orderNumber the order's number (the process's business key)
	 * @param step the step's element id, or {@link #WHOLE_ORDER}
	 * @param stepName the step's name
	 * @param endedAt when it ended, as the engine stores it
	 * @param durationMillis how long it took
	 */
	@Transactional
	public void ended(String sourceId, String orderNumber, String step, String stepName, Date endedAt,
			long durationMillis) {
		Timestamp ended = new Timestamp(endedAt.getTime());
		LocalDateTime local = ended.toLocalDateTime();
		int yearMonth = local.getYear() * 100 + local.getMonthValue();
		Object[] arguments = { sourceId, step, stepName, ended, yearMonth, durationMillis, orderNumber, sourceId };
		if (this.database.isPostgres()) {
			this.jdbc.update(SPELL_COUNTED, arguments);
			return;
		}
		if (this.jdbc.update(SPELL, arguments) > 0) {
			count(1, " where source_id = ?", sourceId);
		}
	}

	/**
	 * Hands the spells of the orders to the rep and channel the orders have now, and
	 * moves their counts in the histogram with them.
	 */
	@Transactional
	public void follow(Collection<String> orderNumbers) {
		for (String number : orderNumbers) {
			Long stale = this.jdbc.queryForObject("select count(*) from order_cycle_time c join sales_order o"
					+ " on o.id = c.order_id where o.number = ? and (c.rep_id <> o.rep_id"
					+ " or coalesce(c.channel, '') <> coalesce(o.channel, ''))", Long.class, number);
			if (stale == null || stale == 0) {
				continue;
			}
			String ofOrder = " where order_id = (select o.id from sales_order o where o.number = ?)";
			count(-1, ofOrder, number);
			this.jdbc.update("update order_cycle_time set rep_id = (select o.rep_id from sales_order o"
					+ " where o.id = order_cycle_time.order_id), channel = (select o.channel from sales_order o"
					+ " where o.id = order_cycle_time.order_id)" + ofOrder, number);
			count(1, ofOrder, number);
		}
	}

	/**
	 * Fills the spells from the engine's history when none is written yet and the engine
	 * has finished orders: once, on a database that kept orders before they were counted.
	 * @return whether it filled them
	 */
	@Transactional
	public boolean fillOnce() {
		if (!this.jdbc.queryForList("select 1 from order_cycle_time fetch first 1 rows only").isEmpty() || this.jdbc
			.queryForList("select 1 from ACT_HI_PROCINST where PROC_DEF_KEY_ in"
					+ " ('order-to-remittance', 'order-approval', 'order-invoicing') and END_TIME_ is not null"
					+ " fetch first 1 rows only")
			.isEmpty()) {
			return false;
		}
		refreshAll();
		return true;
	}

	/**
	 * Writes every spell again from the engine's history: for history written in bulk
	 * outside the engine, such as a data load.
	 */
	@Transactional
	public void refreshAll() {
		for (Histogram histogram : HISTOGRAMS) {
			this.jdbc.update("delete from " + histogram.table());
		}
		this.jdbc.update("delete from order_cycle_time");
		this.jdbc.update(INSERT + "select 'P' || p.ID_, o.id, o.rep_id, o.channel, '', null, p.END_TIME_, "
				+ MONTH.formatted("p.END_TIME_") + ", p.DURATION_ from ACT_HI_PROCINST p join sales_order o"
				+ " on o.number = p.BUSINESS_KEY_ where p.PROC_DEF_KEY_ = 'order-to-remittance'"
				+ " and p.END_ACT_ID_ = 'EndEvent_InvoiceArchived' and p.END_TIME_ is not null"
				+ " and p.DURATION_ is not null");
		this.jdbc.update(INSERT + "select 'A' || a.ID_, o.id, o.rep_id, o.channel, a.ACT_ID_, a.ACT_NAME_,"
				+ " a.END_TIME_, " + MONTH.formatted("a.END_TIME_") + ", a.DURATION_ from ACT_HI_ACTINST a"
				+ " join ACT_HI_PROCINST p on p.ID_ = a.PROC_INST_ID_ join sales_order o on o.number = p.BUSINESS_KEY_"
				+ " where a.PROC_DEF_KEY_ in ('order-to-remittance', 'order-approval', 'order-invoicing')"
				+ " and a.ACT_TYPE_ = 'userTask' and a.END_TIME_ is not null and a.DURATION_ is not null");
		for (Histogram histogram : HISTOGRAMS) {
			this.jdbc.update(histogram.insert() + histogram.select(1, ""));
		}
	}

	/**
	 * Adds the spells the condition selects to the company's histograms (sign 1) or takes
	 * them out of them (sign -1).
	 */
	private void count(int sign, String where, Object argument) {
		for (Histogram histogram : HISTOGRAMS) {
			if (this.database.isPostgres()) {
				this.jdbc.update(histogram.upsert(sign, " from order_cycle_time", where), argument);
				continue;
			}
			int keys = histogram.keys().split(", ").length;
			List<Object[]> groups = this.jdbc.query(histogram.select(sign, where), (rs, row) -> {
				Object[] group = new Object[keys + 2];
				for (int i = 0; i < keys + 2; i++) {
					group[i] = rs.getObject(i + 1);
				}
				return group;
			}, argument);
			for (Object[] group : groups) {
				add(histogram, group, keys);
			}
		}
	}

	/** Adds one group (its keys, step name and spells) to the histogram, on H2. */
	private void add(Histogram histogram, Object[] group, int keys) {
		Object[] update = new Object[keys + 2];
		update[0] = group[keys + 1];
		update[1] = group[keys];
		System.arraycopy(group, 0, update, 2, keys);
		String sql = "update " + histogram.table() + " set spells = spells + ?, step_name = least(step_name, ?) where "
				+ histogram.keys().replace(", ", " = ? and ") + " = ?";
		if (this.jdbc.update(sql, update) > 0) {
			return;
		}
		try {
			this.jdbc.update(histogram.insert() + "values (" + "?, ".repeat(keys + 1) + "?)", group);
		}
		catch (DuplicateKeyException ex) {
			// another transaction opened the bucket a moment ago: add to theirs
			this.jdbc.update(sql, update);
		}
	}

	/**
	 * A histogram of the spells.
	 *
	 * @param table its table
	 * @param keys its key columns
	 * @param groups what the spells are grouped by, one per key
	 */
	private record Histogram(String table, String keys, String groups) {

		String insert() {
			return "insert into " + this.table + " (" + this.keys + ", step_name, spells) ";
		}

		/** The spells the condition selects, counted with the sign. */
		String select(int sign, String where) {
			return select(sign, " from order_cycle_time", where);
		}

		/** The spells of the source that the condition selects, counted with the sign. */
		String select(int sign, String from, String where) {
			return "select " + this.groups + ", min(coalesce(step_name, '')), " + sign + " * count(*)" + from + where
					+ " group by " + this.groups;
		}

		/**
		 * On PostgreSQL: adds the spells of the source that the condition selects,
		 * counted with the sign, to the histogram.
		 */
		String upsert(int sign, String from, String where) {
			return insert() + select(sign, from, where) + " on conflict (" + this.keys + ") do update set spells = "
					+ this.table + ".spells + excluded.spells, step_name = least(" + this.table
					+ ".step_name, excluded.step_name)";
		}

	}

}
