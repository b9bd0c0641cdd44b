package com.osb.salesops.customercare;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The compliance summary's tables: what the rules found per customer and day, the same
 * counted per rep and day, the findings of the report's day, and for which day and rules
 * the rows stand. A list of reps that is null means every rep. Every finding is read for
 * a download a few hundred rows at a time.
 */
@Repository
class ComplianceStore {

	private static final String RECOUNT = "insert into compliance_rep_day (rep_id, as_of, active_customers,"
			+ " complete_files, overdue_visits, stale_logistics, findings) select rep_id, as_of, count(*),"
			+ " sum(case when complete_file then 1 else 0 end), sum(case when visit_overdue then 1 else 0 end),"
			+ " sum(case when logistics_stale then 1 else 0 end), sum(findings) from compliance_customer_day";

	private static final String FINDINGS = "select customer_id, position, rep_id, customer_code, customer_name,"
			+ " customer_findings, duty, rule_name, explanation from compliance_finding";

	private static final String WORST_FIRST = " order by customer_findings desc, customer_code, position";

	private final NamedParameterJdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate streaming;

	ComplianceStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
		JdbcTemplate fetching = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
		fetching.setFetchSize(500);
		this.streaming = new NamedParameterJdbcTemplate(fetching);
	}

	/** For which day and rules the rows stand, waiting for other writers when locked. */
	Stamp stamp(boolean lock) {
		return this.jdbc.queryForObject(
				"select as_of, rules_version from compliance_summary where id = 1" + (lock ? " for update" : ""),
				Map.of(),
				(rs, row) -> new Stamp((rs.getDate(1) != null) ? rs.getDate(1).toLocalDate() : null, rs.getString(2)));
	}

	void stamp(LocalDate asOf, String rulesVersion, Timestamp now) {
		this.jdbc.update("update compliance_summary set as_of = :day, rules_version = :version, refreshed_at = :now"
				+ " where id = 1", Map.of("day", Date.valueOf(asOf), "version", rulesVersion, "now", now));
	}

	/** The reps whose customers (of those ids) have rows now. */
	List<String> repsOf(Collection<Long> customerIds) {
		return this.jdbc.queryForList(
				"select distinct rep_id from compliance_customer_day where customer_id in (:customers)",
				Map.of("customers", customerIds), String.class);
	}

	/** Replaces the rows of those customers (of every customer when null) by the new. */
	void replace(Collection<Long> customerIds, List<CustomerDay> days, List<FindingRow> findings) {
		String where = (customerIds != null) ? " where customer_id in (:customers)" : "";
		Map<String, Object> only = (customerIds != null) ? Map.of("customers", customerIds) : Map.of();
		this.jdbc.update("delete from compliance_customer_day" + where, only);
		this.jdbc.update("delete from compliance_finding" + where, only);
		this.jdbc.getJdbcOperations()
			.batchUpdate(
					"insert into compliance_customer_day (customer_id, as_of, rep_id, complete_file,"
							+ " visit_overdue, logistics_stale, findings) values (?, ?, ?, ?, ?, ?, ?)",
					days, 1000, (ps, day) -> {
						ps.setLong(1, day.customerId());
						ps.setDate(2, Date.valueOf(day.asOf()));
						ps.setString(3, day.repId());
						ps.setBoolean(4, day.completeFile());
						ps.setBoolean(5, day.visitOverdue());
						ps.setBoolean(6, day.logisticsStale());
						ps.setInt(7, day.findings());
					});
		this.jdbc.getJdbcOperations()
			.batchUpdate(
					"insert into compliance_finding (customer_id, position, rep_id, customer_code, customer_name,"
							+ " customer_findings, duty, rule_name, explanation) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
					findings, 1000, (ps, finding) -> {
						ps.setLong(1, finding.customerId());
						ps.setInt(2, finding.position());
						ps.setString(3, finding.repId());
						ps.setString(4, finding.customerCode());
						ps.setString(5, finding.customerName());
						ps.setInt(6, finding.customerFindings());
						ps.setString(7, finding.duty());
						ps.setString(8, finding.rule());
						ps.setString(9, finding.explanation());
					});
	}

	/** Counts the reps' rows again from their customers' (every rep's when null). */
	void recount(Collection<String> repIds) {
		if (repIds != null && repIds.isEmpty()) {
			return;
		}
		String where = (repIds != null) ? " where rep_id in (:reps)" : "";
		Map<String, Object> only = (repIds != null) ? Map.of("reps", repIds) : Map.of();
		this.jdbc.update("delete from compliance_rep_day" + where, only);
		this.jdbc.update(RECOUNT + where + " group by rep_id, as_of", only);
	}

	/** The counts of the reps (every rep's when null) on those days. */
	List<RepDay> repDays(Collection<String> repIds, Collection<LocalDate> days) {
		if (repIds != null && repIds.isEmpty()) {
			return List.of();
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("days", days.stream().map(Date::valueOf).toList());
		if (repIds != null) {
			parameters.put("reps", repIds);
		}
		return this.jdbc.query(
				"select rep_id, as_of, active_customers, complete_files, overdue_visits,"
						+ " stale_logistics, findings from compliance_rep_day where as_of in (:days)"
						+ ((repIds != null) ? " and rep_id in (:reps)" : "") + " order by rep_id, as_of",
				parameters, (rs, row) -> new RepDay(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getInt(3),
						rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)));
	}

	/** A page of the findings of the reps (every rep's when null), the worst first. */
	List<FindingRow> findings(Collection<String> repIds, int offset, int limit) {
		if (repIds != null && repIds.isEmpty()) {
			return List.of();
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("limit", limit);
		parameters.put("offset", offset);
		if (repIds != null) {
			parameters.put("reps", repIds);
		}
		return this.jdbc.query(FINDINGS + ((repIds != null) ? " where rep_id in (:reps)" : "") + WORST_FIRST
				+ " limit :limit offset :offset", parameters, (rs, row) -> finding(rs));
	}

	/** Every finding of the reps (every rep's when null), the worst first, one by one. */
	void eachFinding(Collection<String> repIds, Consumer<FindingRow> each) {
		if (repIds != null && repIds.isEmpty()) {
			return;
		}
		RowCallbackHandler row = (rs) -> each.accept(finding(rs));
		this.streaming.query(FINDINGS + ((repIds != null) ? " where rep_id in (:reps)" : "") + WORST_FIRST,
				(repIds != null) ? Map.of("reps", repIds) : Map.of(), row);
	}

	private static FindingRow finding(ResultSet rs) throws SQLException {
		return new FindingRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9));
	}

	/** The day and rules version the rows stand for; the day is null before the first. */
	record Stamp(LocalDate asOf, String rulesVersion) {
	}

	/** What the rules found for a customer on a day. */
	record CustomerDay(long customerId, LocalDate asOf, String repId, boolean completeFile, boolean visitOverdue,
			boolean logisticsStale, int findings) {
	}

	/** A duty a customer does not meet on the report's day. */
	record FindingRow(long customerId, int position, String repId, String customerCode, String customerName,
			int customerFindings, String duty, String rule, String explanation) {
	}

	/** A rep's customers counted on a day. */
	record RepDay(String repId, LocalDate asOf, int activeCustomers, int completeFiles, int overdueVisits,
			int staleLogistics, int findings) {
	}

}
