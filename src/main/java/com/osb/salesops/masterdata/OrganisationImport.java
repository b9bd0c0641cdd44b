package com.osb.salesops.masterdata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The sales organisation from a file: markets, regions, reps and managers, one per line.
 * A rep or a manager can log in once imported: the user and the group of the role are
 * created in the same step.
 */
@Service
class OrganisationImport {

	static final List<String> COLUMNS = List.of("type", "id", "name", "parent", "userId", "email", "hiredOn",
			"targetIncentive", "territoryPotential", "active");

	private static final String USER_ID = "[A-Za-z0-9._@-]{1,64}";

	private final JdbcClient jdbc;

	private final OrganisationPeople people;

	private final AuditLog audit;

	private final OrganisationHistory history;

	private final BusinessClock clock;

	private final ManagerSuccession succession;

	OrganisationImport(JdbcClient jdbc, OrganisationPeople people, AuditLog audit, OrganisationHistory history,
			BusinessClock clock, ManagerSuccession succession) {
		this.succession = succession;
		this.history = history;
		this.clock = clock;
		this.jdbc = jdbc;
		this.people = people;
		this.audit = audit;
	}

	List<Line> check(CsvTable table) {
		List<Line> lines = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (CsvTable.Row row : table.rows()) {
			String type = row.oneOf("type", List.of("MARKET", "REGION", "REP", "MANAGER"), null);
			String id = row.text("id", "MANAGER".equals(type) ? 64 : 20, true);
			Line line = new Line(row.line(), type, id, row.text("name", 100, true),
					row.text("parent", 20, "REGION".equals(type) || "REP".equals(type) || "MANAGER".equals(type)),
					row.text("userId", 64, "REP".equals(type)), row.text("email", 200, false),
					row.date("hiredOn", "REP".equals(type)), row.money("targetIncentive", false),
					row.money("territoryPotential", false), row.flag("active"));
			if (type != null && id != null && seen.putIfAbsent(type + ":" + id, row.line()) != null) {
				row.problem("id", "csv-repeated-" + type.toLowerCase(Locale.ROOT),
						"repeats the " + type + " of line {0}", seen.get(type + ":" + id));
			}
			if (line.userId() != null && !line.userId().matches(USER_ID)) {
				row.problem("userId", "user-id-characters", "may hold only letters, digits and . _ @ -");
			}
			if ("REP".equals(type) && line.userId() != null && id != null) {
				Integer other = seen.putIfAbsent("USER:" + line.userId(), row.line());
				String storedRep = this.jdbc.sql("select id from sales_rep where user_id = ?")
					.param(line.userId())
					.query(String.class)
					.optional()
					.orElse(id);
				if (other != null || !storedRep.equals(id)) {
					row.problem("userId", "user-of-another-rep", "is already the user of another rep");
				}
			}
			if ("REP".equals(type) && id != null && !line.active()) {
				long customers = this.jdbc.sql("select count(*) from customer where rep_id = ? and active = true")
					.param(id)
					.query(Long.class)
					.single();
				if (customers > 0) {
					row.problem("active", "rep-has-customers",
							"rep {0} still has {1} active customer(s): record the rep''s departure with a successor"
									+ " (POST /api/organisation/reps/{0}/departure), or hand each customer over first",
							id, customers);
				}
			}
			if ("MANAGER".equals(type) && !List.of("REGION", "MARKET").contains(line.parent())) {
				row.problem("parent", "manager-parent", "a manager's parent is the level managed: REGION or MARKET");
			}
			lines.add(line);
		}
		for (Line line : lines) {
			parentKnown(table, line, lines);
		}
		return lines;
	}

	private void parentKnown(CsvTable table, Line line, List<Line> lines) {
		String parentType = "REGION".equals(line.type()) ? "MARKET" : "REP".equals(line.type()) ? "REGION" : null;
		if (parentType == null || line.parent() == null) {
			return;
		}
		boolean inFile = lines.stream().anyMatch((l) -> parentType.equals(l.type()) && line.parent().equals(l.id()));
		String tableName = "MARKET".equals(parentType) ? "market" : "region";
		boolean stored = this.jdbc.sql("select count(*) from " + tableName + " where id = ?")
			.param(line.parent())
			.query(Long.class)
			.single() > 0;
		if (!inFile && !stored) {
			table.problems()
				.add(ImportProblem.of(line.line(), "parent", "csv-no-such-" + parentType.toLowerCase(Locale.ROOT),
						"there is no " + parentType.toLowerCase(Locale.ROOT) + " ''{0}'' in the file or stored",
						line.parent()));
		}
	}

	ImportResult apply(List<Line> lines, String actor) {
		return apply(lines, actor, this.clock.today());
	}

	/**
	 * Applies the lines; a rep's move or a new manager of a unit counts from the day
	 * given. A unit's new manager takes over from the previous one once every line is
	 * stored (a manager's own line may come after the unit's).
	 */
	ImportResult apply(List<Line> lines, String actor, LocalDate from) {
		int[] counts = new int[3];
		List<String[]> successions = new ArrayList<>();
		for (String type : List.of("MARKET", "REGION", "MANAGER", "REP")) {
			lines.stream().filter((line) -> type.equals(line.type())).forEach((line) -> {
				int outcome = switch (type) {
					case "MARKET" -> unit("market", null, line, from, actor, successions);
					case "REGION" -> unit("region", "market_id", line, from, actor, successions);
					case "MANAGER" -> this.people.manager(line);
					default -> this.people.rep(line, from, actor);
				};
				counts[outcome]++;
				if (outcome != 2) {
					this.audit.record(actor, (outcome == 0) ? "ORGANISATION_CREATED" : "ORGANISATION_CHANGED",
							line.type().toLowerCase(), line.id(), null, line.toString());
				}
			});
		}
		for (String[] succession : successions) {
			this.succession.takeOver(succession[0], succession[1], succession[2], succession[3], actor);
		}
		return new ImportResult("organisation", lines.size(), counts[0], counts[1], counts[2]);
	}

	/** 0 created, 1 updated, 2 unchanged. */
	private int unit(String table, String parentColumn, Line line, LocalDate from, String actor,
			List<String[]> successions) {
		String parent = (parentColumn != null) ? ", " + parentColumn : "";
		List<List<Object>> stored = this.jdbc
			.sql("select name, manager_user_id" + parent + " from " + table + " where id = ?")
			.param(line.id())
			.query((rs, n) -> {
				List<Object> values = new ArrayList<>();
				values.add(rs.getString(1));
				values.add(rs.getString(2));
				if (parentColumn != null) {
					values.add(rs.getString(3));
				}
				return values;
			})
			.list();
		List<Object> wanted = new ArrayList<>(List.of(line.name()));
		wanted.add(line.userId());
		if (parentColumn != null) {
			wanted.add(line.parent());
		}
		if (stored.isEmpty()) {
			this.jdbc
				.sql("insert into " + table + " (name, manager_user_id" + parent + ", id) values (?, ?"
						+ ((parentColumn != null) ? ", ?" : "") + ", ?)")
				.params(withId(wanted, line.id()))
				.update();
			return 0;
		}
		if (stored.get(0).equals(wanted)) {
			return 2;
		}
		Object previous = stored.get(0).get(1);
		if (!java.util.Objects.equals(previous, line.userId())) {
			this.history.manager(line.type(), line.id(), line.userId(), from, actor);
			if (previous != null && line.userId() != null) {
				successions.add(new String[] { line.type(), line.id(), previous.toString(), line.userId() });
			}
		}
		this.jdbc
			.sql("update " + table + " set name = ?, manager_user_id = ?"
					+ ((parentColumn != null) ? ", " + parentColumn + " = ?" : "") + " where id = ?")
			.params(withId(wanted, line.id()))
			.update();
		return 1;
	}

	private static Object[] withId(List<Object> values, String id) {
		List<Object> all = new ArrayList<>(values);
		all.add(id);
		return all.toArray();
	}

	/** A line of the file. */
	record Line(int line, String type, String id, String name, String parent, String userId, String email,
			LocalDate hiredOn, BigDecimal targetIncentive, BigDecimal territoryPotential, boolean active) {
	}

}
