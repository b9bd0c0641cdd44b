package com.osb.salesops.forecast;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.osb.salesops.masterdata.SalesTeams;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The forecast's own tables: cycles, submissions in versions, and their lines.
 */
@Repository
class ForecastStore {

	private static final String SUBMISSION = "select id, period, rep_id, region_id, market_id, version, status,"
			+ " process_instance_id, late, review_comment from forecast_submission";

	private static final String LINE = "select submission_id, target_month, horizon, sku, channel, quantity, amount,"
			+ " pipeline_expectation, last_year_amount, flagged, flag_reason, flag_rules, flag_inputs,"
			+ " pipeline_reason, last_year_reason from forecast_line";

	private final JdbcClient jdbc;

	ForecastStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean cycleExists(String period) {
		return this.jdbc.sql("select count(*) from forecast_cycle where period = ?")
			.param(period)
			.query(Integer.class)
			.single() > 0;
	}

	Optional<LocalDate> deadline(String period) {
		return this.jdbc.sql("select deadline from forecast_cycle where period = ?")
			.param(period)
			.query(LocalDate.class)
			.optional();
	}

	void insertCycle(String period, LocalDate deadline, String rule, Timestamp at, String actor) {
		this.jdbc
			.sql("insert into forecast_cycle (period, deadline, deadline_rule, opened_at, opened_by)"
					+ " values (?, ?, ?, ?, ?)")
			.params(period, deadline, rule, at, actor)
			.update();
	}

	int latestVersion(String period, String repId) {
		return this.jdbc
			.sql("select coalesce(max(version), 0) from forecast_submission where period = ? and rep_id = ?")
			.params(period, repId)
			.query(Integer.class)
			.single();
	}

	void insertSubmission(String period, SalesTeams.Member rep, int version, String processInstanceId) {
		this.jdbc
			.sql("insert into forecast_submission (period, rep_id, region_id, market_id, version, status,"
					+ " process_instance_id) values (?, ?, ?, ?, ?, 'OPEN', ?)")
			.params(period, rep.repId(), rep.regionId(), rep.marketId(), version, processInstanceId)
			.update();
	}

	Optional<Submission> submission(long id) {
		return this.jdbc.sql(SUBMISSION + " where id = ?").param(id).query(Submission.class).optional();
	}

	List<Submission> submissionsOf(String processInstanceId) {
		return this.jdbc.sql(SUBMISSION + " where process_instance_id = ? order by rep_id")
			.param(processInstanceId)
			.query(Submission.class)
			.list();
	}

	List<Submission> submissions(String period) {
		return this.jdbc.sql(SUBMISSION + " where period = ? order by rep_id, version")
			.param(period)
			.query(Submission.class)
			.list();
	}

	/** The newest version of each rep's forecast of the period that is still open. */
	Optional<Submission> openSubmission(String period, String repId) {
		return this.jdbc.sql(SUBMISSION + " where period = ? and rep_id = ? and status in ('OPEN', 'SENT_BACK')")
			.params(period, repId)
			.query(Submission.class)
			.optional();
	}

	List<StoredLine> lines(long submissionId) {
		return this.jdbc.sql(LINE + " where submission_id = ? order by target_month, sku, channel")
			.param(submissionId)
			.query(StoredLine.class)
			.list();
	}

	/** The approved lines of the cycles, with the submission each belongs to. */
	List<StoredLine> approvedLines(List<String> periods) {
		if (periods.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(LINE + " where submission_id in (select id from forecast_submission where status = 'APPROVED'"
					+ " and period in (:periods)) order by submission_id, target_month, sku, channel")
			.param("periods", periods)
			.query(StoredLine.class)
			.list();
	}

	List<Submission> approvedSubmissions(List<String> periods) {
		if (periods.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SUBMISSION + " where status = 'APPROVED' and period in (:periods)")
			.param("periods", periods)
			.query(Submission.class)
			.list();
	}

	void replaceLines(long submissionId, List<StoredLine> lines) {
		this.jdbc.sql("delete from forecast_line where submission_id = ?").param(submissionId).update();
		for (StoredLine line : lines) {
			this.jdbc
				.sql("insert into forecast_line (submission_id, target_month, horizon, sku, channel, quantity,"
						+ " amount, pipeline_expectation, last_year_amount, flagged, flag_reason, flag_rules,"
						+ " flag_inputs, pipeline_reason, last_year_reason)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(submissionId, line.targetMonth(), line.horizon(), line.sku(), line.channel(), line.quantity(),
						line.amount(), line.pipelineExpectation(), line.lastYearAmount(), line.flagged(),
						line.flagReason(), line.flagRules(), line.flagInputs(), line.pipelineReason(),
						line.lastYearReason())
				.update();
		}
	}

	void submitted(long id, String source, String actor, Timestamp at, boolean late) {
		this.jdbc
			.sql("update forecast_submission set status = 'SUBMITTED', source = ?, submitted_by = ?,"
					+ " submitted_at = ?, late = (late or ?) where id = ?")
			.params(source, actor, at, late, id)
			.update();
	}

	void reviewed(long id, String status, String actor, Timestamp at, String comment) {
		this.jdbc
			.sql("update forecast_submission set status = ?, reviewed_by = ?, reviewed_at = ?, review_comment = ?"
					+ " where id = ?")
			.params(status, actor, at, comment, id)
			.update();
	}

	/**
	 * Freezes the accepted forecasts of the region; earlier approved versions step aside.
	 */
	int approveRegion(String processInstanceId, String regionId, String actor, Timestamp at) {
		this.jdbc
			.sql("update forecast_submission s set status = 'SUPERSEDED' where s.status = 'APPROVED'"
					+ " and exists (select 1 from forecast_submission n where n.period = s.period"
					+ " and n.rep_id = s.rep_id and n.process_instance_id = ? and n.region_id = ?"
					+ " and n.status = 'ACCEPTED')")
			.params(processInstanceId, regionId)
			.update();
		return this.jdbc
			.sql("update forecast_submission set status = 'APPROVED', approved_by = ?, approved_at = ?"
					+ " where process_instance_id = ? and region_id = ? and status = 'ACCEPTED'")
			.params(actor, at, processInstanceId, regionId)
			.update();
	}

}
