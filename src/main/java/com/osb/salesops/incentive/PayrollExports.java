package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.web.CsvFiles;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance's approval of a statement run and the payroll export HR imports: one CSV row
 * per rep with the payout as computed, the adjustment and the amount to pay, then one per
 * region or market manager's statement. The employee is the user the payee logs in as;
 * the team is the rep's region, or the regions or markets the manager manages.
 */
@Service
public class PayrollExports {

	static final String HEADER = "period,employee,name,role,team,statementStatus,payout,adjustment,amountToPay";

	private static final String REPS = """
			select r.user_id, r.name, 'SALES_REP', s.region_id, s.status, s.payout, s.adjustment, s.final_payout
			from incentive_statement s join sales_rep r on r.id = s.rep_id
			where s.quarter = ? order by s.rep_id""";

	private static final String MANAGERS = """
			select manager_user_id, manager_name, team_level || '_MANAGER', teams, 'COMPUTED', payout, 0, payout
			from incentive_manager_statement where quarter = ? order by team_level desc, manager_user_id""";

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final BusinessClock clock;

	PayrollExports(JdbcTemplate jdbc, AuditLog audit, BusinessClock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Whether finance has approved the period's payouts already. */
	public boolean approved(String period) {
		return this.jdbc.queryForObject("select count(*) from payroll_export where quarter = ?", Integer.class,
				Quarter.parse(period).toString()) > 0;
	}

	/** Finance approves the period's payouts. */
	@Transactional
	public void approve(String period, String user, String comment) {
		this.jdbc.update(
				"insert into payroll_export (quarter, approved_by, approved_at, approval_comment)"
						+ " values (?, ?, ?, ?)",
				Quarter.parse(period).toString(), user, this.clock.timestamp(), comment);
		this.audit.record(user, "STATEMENT_RUN_APPROVED", "payroll_export", period, null, comment);
	}

	/**
	 * Writes the payroll export of the approved period and returns its number of rows.
	 */
	@Transactional
	public int export(String period, String processInstanceId) {
		Quarter quarter = Quarter.parse(period);
		List<String> rows = new ArrayList<>(this.jdbc.query(REPS, (rs, row) -> row(quarter, rs), quarter.toString()));
		List<String> managerRows = this.jdbc.query(MANAGERS, (rs, row) -> row(quarter, rs), quarter.toString());
		int repCount = rows.size();
		rows.addAll(managerRows);
		BigDecimal total = total(this.jdbc, quarter);
		String content = HEADER + "\n" + String.join("\n", rows) + (rows.isEmpty() ? "" : "\n");
		int updated = this.jdbc.update(
				"update payroll_export set content = ?, rep_count = ?, manager_count = ?, total_payout = ?,"
						+ " exported_at = ?, process_instance_id = ? where quarter = ?",
				content, repCount, managerRows.size(), total, this.clock.timestamp(), processInstanceId,
				quarter.toString());
		if (updated != 1) {
			throw new IllegalStateException("The payouts of " + period + " are not approved by finance");
		}
		return rows.size();
	}

	/** The export file, once written. */
	public Optional<String> csv(String period) {
		return this.jdbc
			.queryForList("select content from payroll_export where quarter = ? and content is not null", String.class,
					Quarter.parse(period).toString())
			.stream()
			.findFirst();
	}

	/** What the period pays: reps' final payouts and managers' payouts. */
	static BigDecimal total(JdbcTemplate jdbc, Quarter quarter) {
		return jdbc.queryForObject("""
				select (select coalesce(sum(final_payout), 0) from incentive_statement where quarter = ?)
				  + (select coalesce(sum(payout), 0) from incentive_manager_statement where quarter = ?)""",
				BigDecimal.class, quarter.toString(), quarter.toString());
	}

	private static String row(Quarter quarter, ResultSet rs) throws SQLException {
		return String.join(",", quarter.toString(), CsvFiles.cell(rs.getString(1)), CsvFiles.cell(rs.getString(2)),
				rs.getString(3), CsvFiles.cell(rs.getString(4)), rs.getString(5), rs.getBigDecimal(6).toPlainString(),
				money(rs.getBigDecimal(7)), rs.getBigDecimal(8).toPlainString());
	}

	private static String money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
	}

}
