package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.incentive.model.IssuedStatement.LineDispute;
import com.osb.salesops.incentive.model.IssuedStatement;
import com.osb.salesops.incentive.model.PayoutStatement;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.incentive.model.StatementLine;
import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly statement run (POLICY section 5): computes and stores the statements of a
 * region's reps, and says who reviews them and what the forms show. The run covers the
 * active reps with a quota for the quarter; what reps, sales ops and managers decide is
 * recorded by {@link StatementReviews}.
 */
@Service
public class StatementRun {

	/**
	 * The longest text a task shows: the engine keeps a text variable in a column of
	 * 4,000 characters.
	 */
	static final int TASK_TEXT_LIMIT = 4_000;

	private final IncentiveStatements statements;

	private final StatementStore store;

	private final ManagerStatements managers;

	private final JdbcTemplate jdbc;

	private final SalesTeams teams;

	StatementRun(IncentiveStatements statements, StatementStore store, ManagerStatements managers, JdbcTemplate jdbc,
			SalesTeams teams) {
		this.teams = teams;
		this.statements = statements;
		this.store = store;
		this.managers = managers;
		this.jdbc = jdbc;
	}

	/**
	 * The regions with at least one rep on the run: active in the region on the last day
	 * of the quarter, with a quota for the quarter.
	 */
	public List<String> regionIds(String period) {
		Quarter quarter = Quarter.parse(period);
		List<String> withQuota = this.jdbc.queryForList(
				"select distinct rep_id from " + QuotaTable.VIEW + " where quarter = ?", String.class,
				quarter.toString());
		return this.teams.asOf(quarter.end().minusDays(1))
			.stream()
			.filter((member) -> member.active() && withQuota.contains(member.repId()))
			.map(SalesTeams.Member::regionId)
			.distinct()
			.sorted()
			.toList();
	}

	/** Computes and stores the statement of every rep of the region on the run. */
	@Transactional
	public int computeRegion(String period, String regionId, String processInstanceId) {
		Quarter quarter = Quarter.parse(period);
		List<PayoutStatement> computed = this.statements.regionStatements(regionId, quarter);
		this.store.replaceRegion(quarter, regionId, computed, processInstanceId);
		return computed.size();
	}

	/** The regions with at least one statement of the period. */
	public List<String> regionIdsWithStatements(String period) {
		return this.store.regionIds(Quarter.parse(period));
	}

	/** The reps of the region with a statement of the period, each to review it. */
	public List<String> repIds(String period, String regionId) {
		return this.store.repIds(Quarter.parse(period), regionId);
	}

	/** The rep's user, who reviews the statement. */
	public String userOf(String repId) {
		return this.jdbc.queryForObject("select user_id from sales_rep where id = ?", String.class, repId);
	}

	public Optional<IssuedStatement> issued(String period, String repId) {
		return this.store.find(Quarter.parse(period), repId);
	}

	/**
	 * The statement as the review and approval forms show it: the figures first, then one
	 * line per document for as many lines as a task variable holds, then where the whole
	 * statement is.
	 */
	public String text(String period, String repId) {
		IssuedStatement issued = issued(period, repId)
			.orElseThrow(() -> NotFoundException.of("no-such-statement", "No statement of {0} for {1}", repId, period));
		PayoutStatement figures = issued.statement();
		StringBuilder text = new StringBuilder(Messages.formText("statement-figures",
				"Credited {0}, quota {1} ({2}), attainment {3}, payout rate {4} of TI {5}, SPIFFs {6}",
				figures.credited().toPlainString(), figures.quota().toPlainString(), quotaSource(figures.quotaSource()),
				figures.attainment().toPlainString(), figures.payoutRate().toPlainString(),
				figures.targetIncentive().toPlainString(), figures.spiffs().toPlainString()))
			.append("\n")
			.append(Messages.formText("statement-payout", "Payout {0} ({1})", figures.payout().toPlainString(),
					String.join("; ", figures.rulesFired())));
		if (issued.adjustment().signum() != 0) {
			text.append("\n")
				.append(Messages.formText("statement-adjustment", "Adjustment {0}, final payout {1}",
						issued.adjustment().toPlainString(), issued.finalPayout().toPlainString()));
		}
		text.append("\n");
		List<StatementLine> lines = figures.lines();
		String whole = "\n"
				+ Messages.formText("statement-whole", "The whole statement: {0}", pageUrl(issued.quarter(), repId));
		Map<Integer, LineDispute> outcomes = new HashMap<>();
		issued.disputes().forEach((dispute) -> dispute.lines().forEach((line) -> outcomes.put(line.lineNo(), line)));
		for (int shown = 0; shown < lines.size(); shown++) {
			String line = "\n#" + (shown + 1) + "  " + line(lines.get(shown)) + outcome(outcomes.get(shown + 1));
			String rest = "\n"
					+ Messages.formText("statement-more-lines", "... and {0} more lines.", lines.size() - shown)
					+ whole;
			if (text.length() + line.length() + rest.length() > TASK_TEXT_LIMIT) {
				return text.append(rest).toString();
			}
			text.append(line);
		}
		return text.toString();
	}

	/** Where the period's statements are read, on the statements page. */
	public static String pageUrl(String period) {
		return "/reports/statements?quarter=" + Quarter.parse(period);
	}

	/** Where the rep's whole statement of the period is read, on the statements page. */
	public static String pageUrl(String period, String repId) {
		return pageUrl(period) + "&rep=" + repId;
	}

	/** How the view of quotas names a quota from a published plan, before its id. */
	private static final String PLAN_SOURCE = "quota plan ";

	/** How the view of quotas names a quota sales ops entered. */
	private static final String ENTERED_SOURCE = "entered by sales ops";

	private static String outcome(LineDispute disputed) {
		if (disputed == null) {
			return "";
		}
		String text = "\n    " + Messages.formText("statement-disputed", "disputed: {0}", disputed.reason());
		if (disputed.decision() != null) {
			text += " -> " + ("ADJUST".equals(disputed.decision())
					? Messages.formText("statement-dispute-adjusted", "ADJUST {0}: {1}",
							disputed.adjustment().toPlainString(), disputed.decisionReason())
					: Messages.formText("statement-dispute-" + disputed.decision().toLowerCase(Locale.ROOT), "{0}: {1}",
							disputed.decision(), disputed.decisionReason()));
		}
		return text;
	}

	private static String line(StatementLine line) {
		return Messages.formText("statement-line", "{0}  {1}  {2}  amount {3}  credited {4}{5}  ({6})", line.date(),
				kindText(line.kind().name(), Messages.companyLanguage()), line.documents(),
				line.amount().toPlainString(), line.credited().toPlainString(),
				(line.spiff().signum() != 0)
						? Messages.formText("statement-line-spiff", "  SPIFF {0}", line.spiff().toPlainString()) : "",
				line.rule());
	}

	/** Where the quota came from, as the view of quotas writes it, in words. */
	private static String quotaSource(String source) {
		return quotaSource(source, Messages.companyLanguage());
	}

	/**
	 * Where the quota came from, as the view of quotas writes it, in the words of the
	 * language: {@code 配额计划 QP-2026-Q4} or {@code 销售运营录入}.
	 */
	public static String quotaSource(String source, Locale language) {
		if (source == null) {
			return "";
		}
		if (source.startsWith(PLAN_SOURCE)) {
			return Messages.text(language, "form-text.statement-quota-plan", "quota plan {0}",
					source.substring(PLAN_SOURCE.length()));
		}
		return source.equals(ENTERED_SOURCE)
				? Messages.text(language, "form-text.statement-quota-entered", ENTERED_SOURCE) : source;
	}

	/** What a statement's status means, in the words of the language. */
	public static String statusText(String status, Locale language) {
		return Messages.text(language,
				"form-text.statement-status-" + status.toLowerCase(Locale.ROOT).replace('_', '-'), status);
	}

	/** What kind of transaction a statement line counts, in the words of the language. */
	public static String kindText(String kind, Locale language) {
		return Messages.text(language, "form-text.statement-kind-" + kind.toLowerCase(Locale.ROOT).replace('_', '-'),
				kind);
	}

	public BigDecimal finalPayout(String period, String repId) {
		return this.jdbc.queryForObject("select final_payout from incentive_statement where quarter = ? and rep_id = ?",
				BigDecimal.class, Quarter.parse(period).toString(), repId);
	}

	/**
	 * The number of rep statements and the sum of their final payouts, then the managers'
	 * statements, then what the period pays in all.
	 */
	public String summary(String period) {
		Quarter quarter = Quarter.parse(period);
		String reps = this.jdbc.queryForObject(
				"select count(*), coalesce(sum(final_payout), 0), coalesce(sum(adjustment), 0)"
						+ " from incentive_statement where quarter = ?",
				(rs, row) -> Messages.formText("run-statements",
						"{0} statements, payouts {1} in total, of which adjustments {2}", rs.getInt(1),
						rs.getBigDecimal(2).toPlainString(), rs.getBigDecimal(3).toPlainString()),
				quarter.toString());
		return this.managers.summary(quarter)
			.map((managers) -> Messages.formText("run-to-pay", "{0}; {1}; to pay {2}", reps, managers,
					PayrollExports.total(this.jdbc, quarter)))
			.orElse(reps);
	}

}
