package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.osb.salesops.incentive.model.IssuedStatement;
import com.osb.salesops.incentive.model.IssuedStatement.Dispute;
import com.osb.salesops.incentive.model.IssuedStatement.LineDispute;
import com.osb.salesops.incentive.model.PayoutStatement;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.incentive.model.StatementLine;
import com.osb.salesops.incentive.model.TransactionKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The issued statements, their lines and disputes, in set-based writes per region.
 */
@Repository
class StatementStore {

	private static final String RULES_SEPARATOR = "; ";

	private static final String INSERT_STATEMENT = """
			insert into incentive_statement (quarter, rep_id, region_id, quota, quota_source, target_incentive,
			  credited, attainment, payout_rate, spiffs, payout, carry_forward, final_payout, rules_fired,
			  process_instance_id, rules_version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_LINE = """
			insert into incentive_statement_line (statement_id, line_no, counted_on, kind, documents, amount,
			  credited, spiff, rule_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String SELECT_STATEMENT = """
			select s.id, s.quarter, s.rep_id, r.name, r.user_id, s.region_id, s.status, s.quota, s.target_incentive,
			  s.credited, s.attainment, s.payout_rate, s.spiffs, s.payout, s.carry_forward, s.rules_fired,
			  s.adjustment, s.final_payout, s.quota_source, s.rules_version
			from incentive_statement s join sales_rep r on r.id = s.rep_id
			where s.quarter = ? and s.rep_id = ?""";

	private final JdbcTemplate jdbc;

	StatementStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Replaces the region's statements of the quarter, so that a retried computation
	 * leaves one statement per rep.
	 */
	void replaceRegion(Quarter quarter, String regionId, List<PayoutStatement> statements, String processInstanceId) {
		this.jdbc.update("delete from incentive_statement where quarter = ? and region_id = ?", quarter.toString(),
				regionId);
		this.jdbc.batchUpdate(INSERT_STATEMENT, statements.stream()
			.map((statement) -> new Object[] { quarter.toString(), statement.repId(), regionId, statement.quota(),
					statement.quotaSource(), statement.targetIncentive(), PayoutCalculator.money(statement.credited()),
					statement.attainment(), statement.payoutRate(), PayoutCalculator.money(statement.spiffs()),
					statement.payout(), PayoutCalculator.money(statement.carryForward()), statement.payout(),
					String.join(RULES_SEPARATOR, statement.rulesFired()), processInstanceId, statement.rulesVersion() })
			.toList());
		Map<String, Long> ids = this.jdbc
			.query("select rep_id, id from incentive_statement where quarter = ? and region_id = ?",
					(rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)), quarter.toString(), regionId)
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<Object[]> lines = new ArrayList<>();
		for (PayoutStatement statement : statements) {
			long id = ids.get(statement.repId());
			int number = 0;
			for (StatementLine line : statement.lines()) {
				lines.add(new Object[] { id, ++number, Date.valueOf(line.date()), line.kind().name(), line.documents(),
						line.amount(), line.credited(), line.spiff(), (line.rule() != null) ? line.rule() : "" });
			}
		}
		this.jdbc.batchUpdate(INSERT_LINE, lines);
	}

	List<String> regionIds(Quarter quarter) {
		return this.jdbc.queryForList(
				"select distinct region_id from incentive_statement where quarter = ? order by region_id", String.class,
				quarter.toString());
	}

	List<String> repIds(Quarter quarter, String regionId) {
		return this.jdbc.queryForList(
				"select rep_id from incentive_statement where quarter = ? and region_id = ? order by rep_id",
				String.class, quarter.toString(), regionId);
	}

	Optional<IssuedStatement> find(Quarter quarter, String repId) {
		List<Long> ids = new ArrayList<>();
		List<IssuedStatement> found = this.jdbc.query(SELECT_STATEMENT, (rs, row) -> {
			ids.add(rs.getLong(1));
			return issued(rs, quarter);
		}, quarter.toString(), repId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		IssuedStatement head = found.get(0);
		PayoutStatement figures = head.statement();
		List<StatementLine> lines = this.jdbc.query(
				"select counted_on, kind, documents, amount, credited, spiff, rule_name"
						+ " from incentive_statement_line where statement_id = ? order by line_no",
				StatementStore::line, ids.get(0));
		List<Dispute> disputes = this.jdbc.query(
				"select reason, raised_by, decision, adjustment, decision_reason, decided_by, approved_by, id"
						+ " from incentive_dispute where statement_id = ? order by id",
				(rs, row) -> new Dispute(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
						rs.getString(5), rs.getString(6), rs.getString(7), disputedLines(rs.getLong(8))),
				ids.get(0));
		return Optional.of(new IssuedStatement(head.quarter(), head.repId(), head.repName(), head.userId(),
				head.regionId(), head.status(),
				new PayoutStatement(figures.repId(), quarter, figures.quota(), figures.quotaSource(),
						figures.targetIncentive(), figures.credited(), figures.attainment(), figures.payoutRate(),
						figures.spiffs(), figures.payout(), figures.carryForward(), lines, figures.rulesFired(),
						figures.rulesVersion()),
				head.adjustment(), head.finalPayout(), disputes));
	}

	private List<LineDispute> disputedLines(long disputeId) {
		return this.jdbc.query(
				"select line_no, reason, decision, adjustment, decision_reason, decided_by"
						+ " from incentive_dispute_line where dispute_id = ? order by line_no",
				(rs, row) -> new LineDispute(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
						rs.getString(5), rs.getString(6)),
				disputeId);
	}

	long id(Quarter quarter, String repId) {
		return this.jdbc.queryForObject("select id from incentive_statement where quarter = ? and rep_id = ?",
				Long.class, quarter.toString(), repId);
	}

	private static IssuedStatement issued(ResultSet rs, Quarter quarter) throws SQLException {
		String rules = rs.getString(16);
		PayoutStatement figures = new PayoutStatement(rs.getString(3), quarter, rs.getBigDecimal(8), rs.getString(19),
				rs.getBigDecimal(9), rs.getBigDecimal(10), PayoutCalculator.plain(rs.getBigDecimal(11)),
				PayoutCalculator.plain(rs.getBigDecimal(12)), rs.getBigDecimal(13), rs.getBigDecimal(14),
				rs.getBigDecimal(15), List.of(),
				rules.isEmpty() ? List.of() : Arrays.asList(rules.split(RULES_SEPARATOR)), rs.getString(20));
		return new IssuedStatement(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
				rs.getString(7), figures, rs.getBigDecimal(17), rs.getBigDecimal(18), List.of());
	}

	private static StatementLine line(ResultSet rs, int row) throws SQLException {
		BigDecimal spiff = rs.getBigDecimal(6);
		return new StatementLine(rs.getDate(1).toLocalDate(), TransactionKind.valueOf(rs.getString(2)), rs.getString(3),
				rs.getBigDecimal(4), rs.getBigDecimal(5), PayoutCalculator.plain(spiff), rs.getString(7));
	}

}
