package com.osb.salesops.approvals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.osb.salesops.masterdata.UserAccounts;
import com.osb.salesops.shared.language.ProcessNames;
import com.osb.salesops.shared.security.SalesScope;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.CsvFiles;
import com.osb.salesops.shared.web.Messages;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where approvals wait: for the tasks with a deadline that arrived in a period, how long
 * they waited per task, role and person who completed them, how many missed their
 * deadline and how many were offered to the next level up; per month, the deadlines
 * missed, the escalations and the substitutions.
 */
@Service
public class ApprovalBottlenecks {

	private final JdbcClient jdbc;

	private final BusinessClock clock;

	private final ProcessNames taskNames;

	private final UserAccounts people;

	ApprovalBottlenecks(JdbcClient jdbc, BusinessClock clock, ProcessNames taskNames, UserAccounts people) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.taskNames = taskNames;
		this.people = people;
	}

	/** The report for the tasks that arrived from the first to the last day. */
	public Report report(LocalDate from, LocalDate to) {
		return report(from, to, new OrderNarrowing(null, null, null, null, null));
	}

	/**
	 * The report for the tasks that arrived from the first to the last day, of the orders
	 * the narrowing names only when it names any.
	 */
	public Report report(LocalDate from, LocalDate to, OrderNarrowing only) {
		ZoneId zone = this.clock.zone();
		Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
		List<Object> arguments = new ArrayList<>(List.of(start, end));
		String orders = only.where(arguments);
		List<Row> rows = this.jdbc
			.sql("select t.task_key, t.task_name, t.required_group, t.closed_by, t.created_at, t.due_at,"
					+ " t.escalated_at, t.closed_at from task_deadline t where t.created_at >= ? and t.created_at < ?"
					+ orders)
			.params(arguments)
			.query(Row.class)
			.list();
		Timestamp now = this.clock.timestamp();
		Map<String, Month> months = new TreeMap<>();
		for (Row row : rows) {
			Timestamp done = (row.closedAt() != null) ? row.closedAt() : now;
			if (done.after(row.dueAt())) {
				months.computeIfAbsent(month(row.dueAt(), zone), Month::new).deadlinesMissed++;
			}
			if (row.escalatedAt() != null) {
				months.computeIfAbsent(month(row.escalatedAt(), zone), Month::new).escalations++;
			}
		}
		this.jdbc
			.sql("select x.offered_at from task_substitution x where x.offered_at >= ? and x.offered_at < ?"
					+ (orders.isEmpty() ? ""
							: " and exists (select 1 from task_deadline t where t.task_id = x.task_id" + orders + ")"))
			.params(arguments)
			.query(Timestamp.class)
			.list()
			.forEach((offered) -> months.computeIfAbsent(month(offered, zone), Month::new).substitutions++);
		Locale language = LocaleContextHolder.getLocale();
		return new Report(from, to, lines(rows, now, Row::taskKey, (task) -> this.taskNames.taskOfKey(task, language)),
				lines(rows, now, Row::requiredGroup,
						(role) -> (role == null) ? Messages.text("approvals.no-role", "offered to one person")
								: Messages.text("role." + role, role)),
				lines(rows, now, Row::closedBy,
						(person) -> (person == null) ? Messages.text("approvals.not-done", "not done yet")
								: this.people.shownName(person, language)),
				List.copyOf(months.values()));
	}

	/**
	 * The lines of one dimension, each named for the reader.
	 * @param key the dimension's key of a row (null for none: no role, or not done yet)
	 * @param name the words for a key
	 */
	private static List<Line> lines(List<Row> rows, Timestamp now, Function<Row, String> key,
			Function<String, String> name) {
		Map<String, List<Row>> grouped = new TreeMap<>();
		rows.forEach(
				(row) -> grouped.computeIfAbsent(String.valueOf(key.apply(row)), (k) -> new ArrayList<>()).add(row));
		List<Line> lines = new ArrayList<>();
		grouped.forEach((keyName, group) -> {
			long minutes = 0;
			int missed = 0;
			int escalated = 0;
			for (Row row : group) {
				Timestamp done = (row.closedAt() != null) ? row.closedAt() : now;
				minutes += Duration.between(row.createdAt().toInstant(), done.toInstant()).toMinutes();
				missed += done.after(row.dueAt()) ? 1 : 0;
				escalated += (row.escalatedAt() != null) ? 1 : 0;
			}
			BigDecimal hours = BigDecimal.valueOf(minutes)
				.divide(BigDecimal.valueOf(60L * group.size()), 2, RoundingMode.HALF_EVEN);
			lines.add(new Line(keyName, name.apply("null".equals(keyName) ? null : keyName), group.size(), hours,
					missed, escalated));
		});
		return lines;
	}

	private static String month(Timestamp moment, ZoneId zone) {
		return YearMonth.from(moment.toInstant().atZone(zone)).toString();
	}

	/**
	 * Whether the reader's part of the sales organisation holds the rep (id or login),
	 * the region and the market named; those not named hold.
	 */
	public boolean holds(SalesScope reader, String rep, String region, String market) {
		List<Object> named = new ArrayList<>();
		String reps = new OrderNarrowing(rep, region, market, null, null).reps(named);
		if (reps.isEmpty()) {
			return true;
		}
		StringBuilder where = new StringBuilder();
		List<Object> arguments = new ArrayList<>();
		reader.appendTo(where, arguments, "s.user_id", "g.manager_user_id", "m.manager_user_id");
		where.append(reps);
		arguments.addAll(named);
		return this.jdbc
			.sql("select count(*) from sales_rep s join region g on g.id = s.region_id join market m"
					+ " on m.id = g.market_id where 1 = 1" + where)
			.params(arguments)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The orders whose approvals a report counts: those of a rep (id or login), region or
	 * market, sold through a channel, holding a line of a product (SKU). Naming any of
	 * them leaves out the approvals of anything but orders; a blank names nothing.
	 */
	public record OrderNarrowing(String rep, String region, String market, String channel, String sku) {

		String where(List<Object> arguments) {
			List<Object> named = new ArrayList<>();
			String reps = reps(named);
			StringBuilder where = new StringBuilder(reps);
			if (named(this.channel)) {
				where.append(" and o.channel = ?");
				named.add(this.channel);
			}
			if (named(this.sku)) {
				where.append(" and exists (select 1 from sales_order_line l join product p on p.id = l.product_id")
					.append(" where l.order_id = o.id and p.sku = ?)");
				named.add(this.sku);
			}
			if (named.isEmpty()) {
				return "";
			}
			arguments.addAll(named);
			return " and t.subject_type = 'order' and exists (select 1 from sales_order o join sales_rep s"
					+ " on s.id = o.rep_id join region g on g.id = s.region_id join market m on m.id = g.market_id"
					+ " where o.number = t.subject_id" + where + ")";
		}

		String reps(List<Object> arguments) {
			StringBuilder where = new StringBuilder();
			if (named(this.rep)) {
				where.append(" and (s.id = ? or s.user_id = ?)");
				arguments.add(this.rep);
				arguments.add(this.rep);
			}
			if (named(this.region)) {
				where.append(" and g.id = ?");
				arguments.add(this.region);
			}
			if (named(this.market)) {
				where.append(" and m.id = ?");
				arguments.add(this.market);
			}
			return where.toString();
		}

		private static boolean named(String value) {
			return value != null && !value.isBlank();
		}

	}

	record Row(String taskKey, String taskName, String requiredGroup, String closedBy, Timestamp createdAt,
			Timestamp dueAt, Timestamp escalatedAt, Timestamp closedAt) {
	}

	/**
	 * One task, role or person: its key ({@code "null"} for no role, or not done yet),
	 * its name in the reader's words, the tasks, their average wait in hours (until
	 * completed, or until now for those still open), the deadlines missed and the
	 * escalations.
	 */
	public record Line(String key, String name, int tasks, BigDecimal averageHoursWaiting, int deadlinesMissed,
			int escalated) {
	}

	/** One month: deadlines missed (by due month), escalations and substitutions. */
	public static final class Month {

		private final String month;

		private int deadlinesMissed;

		private int escalations;

		private int substitutions;

		Month(String month) {
			this.month = month;
		}

		public String getMonth() {
			return this.month;
		}

		public int getDeadlinesMissed() {
			return this.deadlinesMissed;
		}

		public int getEscalations() {
			return this.escalations;
		}

		public int getSubstitutions() {
			return this.substitutions;
		}

	}

	/**
	 * The report: per task (element id), per role (the level the task was offered at),
	 * per person (who completed it; "null" while open), and per month.
	 */
	public record Report(LocalDate from, LocalDate to, List<Line> byTask, List<Line> byRole, List<Line> byPerson,
			List<Month> byMonth) {

		/** The report as one CSV table. */
		public String csv() {
			StringBuilder csv = new StringBuilder(
					"dimension,key,tasks,averageHoursWaiting,deadlinesMissed,escalations,substitutions\n");
			append(csv, "task", this.byTask);
			append(csv, "role", this.byRole);
			append(csv, "person", this.byPerson);
			for (Month month : this.byMonth) {
				csv.append("month,")
					.append(month.getMonth())
					.append(",,,")
					.append(month.getDeadlinesMissed())
					.append(',')
					.append(month.getEscalations())
					.append(',')
					.append(month.getSubstitutions())
					.append('\n');
			}
			return csv.toString();
		}

		private static void append(StringBuilder csv, String dimension, List<Line> lines) {
			for (Line line : lines) {
				csv.append(dimension)
					.append(',')
					.append(CsvFiles.cell(line.key()))
					.append(',')
					.append(line.tasks())
					.append(',')
					.append(line.averageHoursWaiting().toPlainString())
					.append(',')
					.append(line.deadlinesMissed())
					.append(',')
					.append(line.escalated())
					.append(",\n");
			}
		}

	}

}
