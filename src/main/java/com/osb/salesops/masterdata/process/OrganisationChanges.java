package com.osb.salesops.masterdata.process;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.osb.salesops.masterdata.ImportRefused;
import com.osb.salesops.masterdata.MasterDataImports;
import com.osb.salesops.masterdata.OrganisationChangeRefused;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.masterdata.model.FileProblem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the sales organisation entered ahead of their day: a line of the
 * organisation file or a departure. Each is checked when entered, waits as pending (and
 * can be cancelled) and is applied by the daily run on its day, as if entered that day:
 * the history, the group memberships and the handover of work all date from then.
 */
@Service
public class OrganisationChanges {

	private static final String COLUMNS = "select id, kind, subject_type, subject_id, successor, effective_from,"
			+ " record_csv, reason, status, requested_by, settled_by, outcome from organisation_change";

	private final JdbcClient jdbc;

	private final MasterDataImports imports;

	private final Departures departures;

	private final AuditLog audit;

	private final BusinessClock clock;

	OrganisationChanges(JdbcClient jdbc, MasterDataImports imports, Departures departures, AuditLog audit,
			BusinessClock clock) {
		this.jdbc = jdbc;
		this.imports = imports;
		this.departures = departures;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether a change from that day waits for its day. */
	public boolean ahead(LocalDate from) {
		return from != null && from.isAfter(this.clock.today());
	}

	/**
	 * A line of the organisation file from a later day: checked as an import would check
	 * it now, kept pending until its day.
	 * @throws ImportRefused for a line with problems
	 */
	@Transactional
	public PendingChange schedule(Map<String, String> record, LocalDate from, String actor) {
		String csv = this.imports.asFile("organisation", record);
		this.imports.checkOrganisation(csv);
		String type = record.get("type");
		String id = record.get("id");
		Map<String, FileProblem> problems = new LinkedHashMap<>();
		for (PendingChange change : pending()) {
			if (change.subjectType().equals(type) && change.subjectId().equals(id)
					&& change.effectiveFrom().equals(from)) {
				problems.put("effectiveFrom",
						FileProblem.of("change-pending",
								"a change of {0} is already pending from {1} (change {2}): cancel it first", id, from,
								change.id()));
			}
		}
		leaving(type, id).filter((departure) -> !departure.effectiveFrom().isAfter(from))
			.ifPresent((departure) -> problems.put("id",
					FileProblem.of("leaves-before", "{0} leaves on {1}", id, departure.effectiveFrom())));
		refuse(problems);
		return store("CHANGE", type, id, null, from, csv, null, actor);
	}

	/**
	 * What stands in the way of a rep ({@code REP}) or a manager ({@code MANAGER})
	 * leaving on that day, by field, including a departure already pending for either.
	 */
	public Map<String, FileProblem> departureProblems(String type, String id, String successor, LocalDate from,
			String reason) {
		Map<String, FileProblem> problems = "REP".equals(type)
				? this.departures.repProblems(id, successor, from, reason)
				: this.departures.managerProblems(id, successor, from, reason);
		String person = "REP".equals(type) ? "repId" : "userId";
		leaving(type, id).ifPresent((departure) -> problems.put(person,
				FileProblem.of("already-leaving",
						"{0} is already leaving on {1} (change {2}): cancel that change first", id,
						departure.effectiveFrom(), departure.id())));
		if (successor != null) {
			leaving(type, successor)
				.ifPresent((departure) -> problems.put("successor", FileProblem.of("successor-leaving",
						"{0} leaves on {1} and cannot take over", successor, departure.effectiveFrom())));
		}
		return problems;
	}

	/**
	 * A departure from a later day: checked now, kept pending until its day.
	 * @param type {@code REP} or {@code MANAGER}
	 */
	@Transactional
	public PendingChange scheduleDeparture(String type, String id, String successor, LocalDate from, String reason,
			String actor) {
		refuse(departureProblems(type, id, successor, from, reason));
		return store("DEPARTURE", type, id, successor, from, null, reason, actor);
	}

	/** A departure from today or an earlier day, made at once. */
	@Transactional
	public Departures.Departure departNow(String type, String id, String successor, LocalDate from, String reason,
			String actor) {
		refuse(departureProblems(type, id, successor, from, reason));
		return "REP".equals(type) ? this.departures.repLeaves(id, successor, from, reason, actor)
				: this.departures.managerLeaves(id, successor, from, reason, actor);
	}

	/** The changes waiting for their day, soonest first. */
	public List<PendingChange> pending() {
		return this.jdbc.sql(COLUMNS + " where status = 'PENDING' order by effective_from, id")
			.query(OrganisationChanges::change)
			.list();
	}

	public Optional<PendingChange> find(long id) {
		return this.jdbc.sql(COLUMNS + " where id = ?").param(id).query(OrganisationChanges::change).optional();
	}

	/**
	 * Cancels a change before its day.
	 * @throws OrganisationChangeRefused when it is no longer pending
	 */
	@Transactional
	public Optional<PendingChange> cancel(long id, String actor) {
		Optional<PendingChange> change = find(id);
		if (change.isPresent() && !"PENDING".equals(change.get().status())) {
			throw new OrganisationChangeRefused("status", FileProblem.of("change-settled",
					"The change is {0} and can no longer be cancelled", change.get().status().toLowerCase()));
		}
		change.ifPresent((pending) -> settle(pending, "CANCELLED", actor, "Cancelled before its day"));
		return change.flatMap((pending) -> find(id));
	}

	/**
	 * Applies every pending change whose day has come, in the order of their days; a
	 * change that can no longer be made is kept as failed with its problems.
	 * @return how many were applied and how many failed
	 */
	@Transactional
	public int[] applyDue(LocalDate today) {
		int[] counts = new int[2];
		for (PendingChange change : this.jdbc
			.sql(COLUMNS + " where status = 'PENDING' and effective_from <= ? order by effective_from, id")
			.param(Date.valueOf(today))
			.query(OrganisationChanges::change)
			.list()) {
			Map<String, FileProblem> problems = problemsOnTheDay(change);
			if (problems.isEmpty()) {
				settle(change, "APPLIED", change.requestedBy(), apply(change));
				counts[0]++;
			}
			else {
				settle(change, "FAILED", change.requestedBy(), FileProblem.english(problems).toString());
				counts[1]++;
			}
		}
		return counts;
	}

	private Map<String, FileProblem> problemsOnTheDay(PendingChange change) {
		if ("DEPARTURE".equals(change.kind())) {
			return "REP".equals(change.subjectType())
					? this.departures.repProblems(change.subjectId(), change.successor(), change.effectiveFrom(),
							change.reason())
					: this.departures.managerProblems(change.subjectId(), change.successor(), change.effectiveFrom(),
							change.reason());
		}
		try {
			this.imports.checkOrganisation(change.record());
			return Map.of();
		}
		catch (ImportRefused refused) {
			Map<String, FileProblem> problems = new LinkedHashMap<>();
			refused.problems()
				.forEach((problem) -> problems.put(problem.column(),
						new FileProblem(problem.code(), problem.english(), problem.args())));
			return problems;
		}
	}

	private String apply(PendingChange change) {
		if ("CHANGE".equals(change.kind())) {
			return this.imports.importOrganisation(change.record(), change.requestedBy(), change.effectiveFrom())
				.toString();
		}
		return ("REP".equals(change.subjectType())
				? this.departures.repLeaves(change.subjectId(), change.successor(), change.effectiveFrom(),
						change.reason(), change.requestedBy())
				: this.departures.managerLeaves(change.subjectId(), change.successor(), change.effectiveFrom(),
						change.reason(), change.requestedBy()))
			.toString();
	}

	private Optional<PendingChange> leaving(String type, String id) {
		return pending().stream()
			.filter((change) -> "DEPARTURE".equals(change.kind()) && change.subjectType().equals(type)
					&& change.subjectId().equals(id))
			.findFirst();
	}

	private PendingChange store(String kind, String type, String id, String successor, LocalDate from, String csv,
			String reason, String actor) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into organisation_change (kind, subject_type, subject_id, successor, effective_from,"
				+ " record_csv, reason, status, requested_by, requested_at) values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)")
			.params(kind, type, id, successor, Date.valueOf(from), csv, reason, actor, this.clock.timestamp())
			.update(key, "id");
		PendingChange change = find(key.getKey().longValue()).orElseThrow();
		this.audit.record(actor, "ORGANISATION_CHANGE_PENDING", type.toLowerCase(), id, null, change.toString());
		return change;
	}

	private void settle(PendingChange change, String status, String actor, String outcome) {
		this.jdbc
			.sql("update organisation_change set status = ?, settled_by = ?, settled_at = ?, outcome = ? where id = ?")
			.params(status, actor, this.clock.timestamp(),
					(outcome.length() > 2000) ? outcome.substring(0, 2000) : outcome, change.id())
			.update();
		this.audit.record(actor, "ORGANISATION_CHANGE_" + status, change.subjectType().toLowerCase(),
				change.subjectId(), null, change.id() + ": " + outcome);
	}

	private static void refuse(Map<String, FileProblem> problems) {
		if (!problems.isEmpty()) {
			throw new OrganisationChangeRefused(problems);
		}
	}

	private static PendingChange change(ResultSet rs, int row) throws SQLException {
		return new PendingChange(rs.getLong("id"), rs.getString("kind"), rs.getString("subject_type"),
				rs.getString("subject_id"), rs.getString("successor"), rs.getDate("effective_from").toLocalDate(),
				rs.getString("record_csv"), rs.getString("reason"), rs.getString("status"),
				rs.getString("requested_by"), rs.getString("settled_by"), rs.getString("outcome"));
	}

}
