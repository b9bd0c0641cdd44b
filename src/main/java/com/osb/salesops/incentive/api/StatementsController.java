package com.osb.salesops.incentive.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.osb.salesops.incentive.StatementReports.Rep;
import com.osb.salesops.incentive.StatementReports;
import com.osb.salesops.incentive.StatementRun;
import com.osb.salesops.incentive.model.IssuedStatement;
import com.osb.salesops.incentive.model.PayoutStatement;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.incentive.model.StatementLine;
import com.osb.salesops.masterdata.UserAccounts;
import com.osb.salesops.shared.language.RuleTexts;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.CsvFiles;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.ForbiddenException;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A rep's incentive statement as JSON, or as CSV ({@code ?format=csv} or
 * {@code Accept: text/csv}): every line with its documents and the rule that decided it,
 * then the figures, the quota with the plan it came from or a note that sales ops entered
 * it. The rep sees their own; managers, sales ops, finance and HR see every rep's.
 */
@RestController
class StatementsController {

	static final List<String> SEES_EVERY_REP = List.of(Roles.SALES_OPS, Roles.FINANCE, Roles.HR, Roles.SALES_MANAGER,
			Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER);

	static final String CSV_HEADER = "period,rep,date,kind,documents,amount,credited,spiff,rule";

	private final StatementReports reports;

	/** The fields whose texts are rules, each read in the reader's language. */
	private static final Set<String> RULE_TEXTS = Set.of("rulesFired", "rule");

	private final CurrentUser currentUser;

	private final ObjectMapper json;

	private final BusinessClock clock;

	private final UserAccounts people;

	StatementsController(StatementReports reports, CurrentUser currentUser, ObjectMapper json, BusinessClock clock,
			UserAccounts people) {
		this.clock = clock;
		this.people = people;
		this.json = json;
		this.reports = reports;
		this.currentUser = currentUser;
	}

	/**
	 * The statements the run issued for a period (the latest issued, when none is asked
	 * for), each with its figures and where its review stands, in the reader's words; a
	 * rep sees their own. Finance and HR also read whether finance approved the period's
	 * payouts and where its payroll export is.
	 */
	@GetMapping(path = "/api/incentive/statements", produces = MediaType.APPLICATION_JSON_VALUE)
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_OPS, Roles.FINANCE, Roles.HR, Roles.SALES_MANAGER,
			Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER })
	Map<String, Object> statements(@RequestParam(required = false) String quarter) {
		Locale reader = LocaleContextHolder.getLocale();
		List<String> issuedQuarters = this.reports.issuedQuarters();
		String current = Quarter.of(this.clock.today()).toString();
		List<String> quarters = new ArrayList<>(issuedQuarters);
		if (!quarters.contains(current)) {
			quarters.add(current);
			quarters.sort(Comparator.reverseOrder());
		}
		Quarter asked = (quarter != null && !quarter.isBlank()) ? quarter(quarter)
				: Quarter.parse(issuedQuarters.stream().findFirst().orElse(current));
		boolean seesEveryRep = seesEveryRep();
		Optional<Rep> own = seesEveryRep ? Optional.empty() : this.reports.rep(this.currentUser.id());
		List<StatementReports.Listed> issued = (seesEveryRep || own.isPresent())
				? this.reports.issued(asked, own.map(Rep::id)) : List.of();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("quarter", asked.toString());
		answer.put("quarters", quarters);
		answer.put("ownRep", own.map(Rep::id).orElse(null));
		answer.put("statements", issued.stream().map((listed) -> listed(listed, reader)).toList());
		answer.put("total",
				issued.stream().map(StatementReports.Listed::finalPayout).reduce(BigDecimal.ZERO, BigDecimal::add));
		if (this.currentUser.hasRole(Roles.ADMIN)
				|| PayrollExportController.ROLES.stream().anyMatch(this.currentUser::hasRole)) {
			answer.put("payroll",
					this.reports.payroll(asked).map((payroll) -> payroll(asked, payroll, reader)).orElse(null));
		}
		return answer;
	}

	private Map<String, Object> listed(StatementReports.Listed listed, Locale reader) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("repId", listed.repId());
		row.put("repName", listed.repName());
		row.put("regionId", listed.regionId());
		row.put("regionName", listed.regionName());
		row.put("status", listed.status());
		row.put("statusText", StatementRun.statusText(listed.status(), reader));
		row.put("quota", listed.quota());
		row.put("credited", listed.credited());
		row.put("attainment", listed.attainment());
		row.put("payoutRate", listed.payoutRate());
		row.put("payout", listed.payout());
		row.put("adjustment", listed.adjustment());
		row.put("finalPayout", listed.finalPayout());
		row.put("openDisputes", listed.openDisputes());
		return row;
	}

	private Map<String, Object> payroll(Quarter quarter, StatementReports.Payroll payroll, Locale reader) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("approvedBy", payroll.approvedBy());
		answer.put("approvedByName", this.people.shownName(payroll.approvedBy(), reader));
		answer.put("approvedAt", this.clock.iso(payroll.approvedAt()));
		answer.put("approvalComment", payroll.approvalComment());
		answer.put("exportedAt", (payroll.exportedAt() != null) ? this.clock.iso(payroll.exportedAt()) : null);
		answer.put("repCount", payroll.repCount());
		answer.put("managerCount", payroll.managerCount());
		answer.put("totalPayout", payroll.totalPayout());
		answer.put("download", (payroll.exportedAt() != null) ? "/api/incentive/payroll/" + quarter + ".csv" : null);
		return answer;
	}

	@GetMapping(path = "/api/incentive/statements/{period}/{rep}",
			produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	ResponseEntity<?> statement(@PathVariable String period, @PathVariable String rep,
			@RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		this.currentUser.requireAnyRole(Stream.concat(SEES_EVERY_REP.stream(), Stream.of(Roles.SALES_REP)).toList());
		Quarter quarter = quarter(period);
		Rep found = this.reports.rep(rep).orElse(null);
		if (!seesEveryRep() && (found == null || !found.userId().equals(this.currentUser.id()))) {
			throw ForbiddenException.of("own-statement-rep", "A sales rep sees only their own statement");
		}
		if (found == null) {
			throw NotFoundException.of("no-such-rep", "No sales rep {0}", rep);
		}
		IssuedStatement statement = this.reports.statement(quarter, found);
		if (!"csv".equalsIgnoreCase(format) && (accept == null || !accept.contains("text/csv"))) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.body(worded(RuleTexts.forReader(this.json.valueToTree(statement), RULE_TEXTS), statement));
		}
		return CsvFiles.download("statement-" + quarter + "-" + found.id() + ".csv", csv(statement));
	}

	/**
	 * The statement with its codes in the reader's words beside them: its status, region,
	 * where the quota came from, each line's kind and each dispute's decision.
	 */
	private JsonNode worded(JsonNode node, IssuedStatement statement) {
		Locale reader = LocaleContextHolder.getLocale();
		if (node instanceof ObjectNode worded) {
			worded.put("statusText", StatementRun.statusText(statement.status(), reader));
			worded.put("regionName", this.reports.regionName(statement.regionId()));
			if (worded.path("statement") instanceof ObjectNode figures) {
				figures.put("quotaSourceText", StatementRun.quotaSource(statement.statement().quotaSource(), reader));
				figures.path("lines")
					.forEach((line) -> ((ObjectNode) line).put("kindText",
							StatementRun.kindText(line.path("kind").asText(), reader)));
			}
			worded.path("disputes").forEach((dispute) -> {
				word((ObjectNode) dispute, reader);
				dispute.path("lines").forEach((line) -> word((ObjectNode) line, reader));
			});
		}
		return node;
	}

	private static void word(ObjectNode dispute, Locale reader) {
		String decision = dispute.path("decision").asText("");
		dispute.put("decisionText", decision.isEmpty()
				? Messages.text(reader, "form-text.statement-dispute-open", "open")
				: Messages.text(reader, "form-text.statement-decision-" + decision.toLowerCase(Locale.ROOT), decision));
	}

	private boolean seesEveryRep() {
		return this.currentUser.hasRole(Roles.ADMIN) || SEES_EVERY_REP.stream().anyMatch(this.currentUser::hasRole);
	}

	static Quarter quarter(String period) {
		if (period == null || !period.matches("\\d{4}-Q[1-4]")) {
			throw InvalidRequestException.of(HttpStatus.BAD_REQUEST, "unknown-period", "Unknown period",
					List.of(FieldError.of("period", "quarter-format", "must be a quarter like 2026-Q3")));
		}
		return Quarter.parse(period);
	}

	/** The lines, then one row per figure with the figure in the amount column. */
	static String csv(IssuedStatement issued) {
		PayoutStatement figures = issued.statement();
		List<String> rows = new ArrayList<>();
		rows.add(CSV_HEADER);
		for (StatementLine line : figures.lines()) {
			rows.add(row(issued, String.valueOf(line.date()), line.kind().name(), line.documents(), line.amount(),
					line.credited(), line.spiff(), line.rule()));
		}
		String rules = String.join("; ", figures.rulesFired());
		rows.add(row(issued, "", "CREDITED", "", figures.credited(), null, null, "sum of credited"));
		rows.add(row(issued, "", "QUOTA", figures.quotaSource(), figures.quota(), null, null, "quarterly quota"));
		rows.add(row(issued, "", "ATTAINMENT", "", figures.attainment(), null, null, "credited / quota"));
		rows.add(row(issued, "", "PAYOUT_RATE", "", figures.payoutRate(), null, null, rules));
		rows.add(row(issued, "", "TARGET_INCENTIVE", "", figures.targetIncentive(), null, null, ""));
		rows.add(row(issued, "", "SPIFFS", "", figures.spiffs(), null, null, "sum of SPIFFs"));
		rows.add(row(issued, "", "PAYOUT", "", figures.payout(), null, null,
				"target incentive x payout rate + SPIFFs, cents half even"));
		rows.add(row(issued, "", "CARRY_FORWARD", "", figures.carryForward(), null, null, rules));
		rows.add(row(issued, "", "RULES_VERSION", "", null, null, null,
				(figures.rulesVersion() != null) ? figures.rulesVersion() : "computed before rule versions were kept"));
		for (IssuedStatement.Dispute dispute : issued.disputes()) {
			rows.add(row(issued, "", "DISPUTE_" + ((dispute.decision() != null) ? dispute.decision() : "OPEN"),
					"raised by " + dispute.raisedBy() + ": " + dispute.reason(), dispute.adjustment(), null, null,
					(dispute.decisionReason() != null) ? dispute.decisionReason() : ""));
			for (IssuedStatement.LineDispute line : dispute.lines()) {
				rows.add(row(issued, "",
						"LINE_" + line.lineNo() + "_" + ((line.decision() != null) ? line.decision() : "OPEN"),
						"disputed: " + line.reason(), line.adjustment(), null, null,
						(line.decisionReason() != null) ? line.decisionReason() : ""));
			}
		}
		rows.add(row(issued, "", "ADJUSTMENT", "", issued.adjustment(), null, null, "arbitration of disputes"));
		rows.add(row(issued, "", "FINAL_PAYOUT", issued.status(), issued.finalPayout(), null, null,
				"payout + adjustment"));
		return rows.stream().collect(Collectors.joining("\n", "", "\n"));
	}

	private static String row(IssuedStatement issued, String date, String kind, String documents, BigDecimal amount,
			BigDecimal credited, BigDecimal spiff, String rule) {
		return Stream
			.of(issued.quarter(), issued.repId(), date, kind, documents, plain(amount), plain(credited), plain(spiff),
					rule)
			.map(CsvFiles::cell)
			.collect(Collectors.joining(","));
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "";
	}

}
