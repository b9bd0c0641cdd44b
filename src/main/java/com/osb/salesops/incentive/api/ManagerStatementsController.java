package com.osb.salesops.incentive.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.incentive.ManagerStatements;
import com.osb.salesops.incentive.model.ManagerStatement;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.incentive.model.TeamPayout;
import com.osb.salesops.shared.language.RuleTexts;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.CsvFiles;
import com.osb.salesops.shared.web.ForbiddenException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Region and market managers' statements as JSON, or as CSV ({@code ?format=csv} or
 * {@code Accept: text/csv}): every rep of the team with the credited revenue and quota of
 * the rep's statement, then the team's figures and the rules that set the payout rate. A
 * manager sees their own; sales ops, finance, HR, the sales director and the general
 * manager see every manager's.
 */
@RestController
class ManagerStatementsController {

	static final List<String> SEES_EVERY_MANAGER = List.of(Roles.SALES_OPS, Roles.FINANCE, Roles.HR,
			Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER);

	static final String CSV_HEADER = "period,manager,level,kind,rep,region,amount,rule";

	private final ManagerStatements managers;

	/** The fields whose texts are rules, each read in the reader's language. */
	private static final Set<String> RULE_TEXTS = Set.of("rulesFired", "rule");

	private final CurrentUser currentUser;

	private final ObjectMapper json;

	ManagerStatementsController(ManagerStatements managers, CurrentUser currentUser, ObjectMapper json) {
		this.json = json;
		this.managers = managers;
		this.currentUser = currentUser;
	}

	@GetMapping(path = "/api/incentive/manager-statements/{period}", produces = MediaType.APPLICATION_JSON_VALUE)
	List<ManagerStatement> all(@PathVariable String period) {
		this.currentUser.requireAnyRole(SEES_EVERY_MANAGER);
		return this.managers.issued(StatementsController.quarter(period));
	}

	@GetMapping(path = "/api/incentive/manager-statements/{period}/{manager}",
			produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	ResponseEntity<?> manager(@PathVariable String period, @PathVariable String manager,
			@RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		this.currentUser
			.requireAnyRole(Stream.concat(SEES_EVERY_MANAGER.stream(), Stream.of(Roles.SALES_MANAGER)).toList());
		Quarter quarter = StatementsController.quarter(period);
		boolean seesEveryManager = this.currentUser.hasRole(Roles.ADMIN)
				|| SEES_EVERY_MANAGER.stream().anyMatch(this.currentUser::hasRole);
		if (!seesEveryManager && !manager.equals(this.currentUser.id())) {
			throw ForbiddenException.of("own-statement-only", "A manager sees only their own statement");
		}
		List<ManagerStatement> statements = this.managers.statements(quarter, manager);
		if (!"csv".equalsIgnoreCase(format) && (accept == null || !accept.contains("text/csv"))) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.body(RuleTexts.forReader(this.json.valueToTree(statements), RULE_TEXTS));
		}
		return CsvFiles.download("manager-statement-" + quarter + "-" + manager + ".csv", csv(statements));
	}

	/** Each statement's reps, then its figures, one row per figure. */
	static String csv(List<ManagerStatement> statements) {
		List<String> rows = new ArrayList<>();
		rows.add(CSV_HEADER);
		for (ManagerStatement statement : statements) {
			for (ManagerStatement.TeamRep rep : statement.reps()) {
				rows.add(row(statement, "REP_CREDITED", rep.repId(), rep.regionId(), rep.credited(), "rep statement"));
				rows.add(row(statement, "REP_QUOTA", rep.repId(), rep.regionId(), rep.quota(), "rep statement"));
			}
			TeamPayout payout = statement.payout();
			String teams = String.join(" ", statement.teams());
			rows.add(row(statement, "TEAM_CREDITED", "", teams, payout.credited(), "sum of the reps' credited"));
			rows.add(row(statement, "TEAM_QUOTA", "", teams, payout.quota(), "sum of the reps' quotas"));
			rows.add(row(statement, "ATTAINMENT", "", teams, payout.attainment(), "team credited / team quota"));
			rows.add(row(statement, "PAYOUT_RATE", "", teams, payout.payoutRate(),
					String.join("; ", payout.rulesFired())));
			rows.add(row(statement, "TARGET_INCENTIVE", "", teams, payout.targetIncentive(), "manager's own"));
			rows.add(row(statement, "PAYOUT", "", teams, payout.payout(),
					"target incentive x payout rate, cents half even"));
			rows.add(row(statement, "RULES_VERSION", "", teams, null, (payout.rulesVersion() != null)
					? payout.rulesVersion() : "computed before rule versions were kept"));
			rows.add(row(statement, "STATUS", "", teams, null, statement.status()));
		}
		return rows.stream().collect(Collectors.joining("\n", "", "\n"));
	}

	private static String row(ManagerStatement statement, String kind, String rep, String region, BigDecimal amount,
			String rule) {
		return Stream
			.of(statement.quarter(), statement.userId(), statement.level(), kind, rep, region,
					(amount != null) ? amount.toPlainString() : "", rule)
			.map(CsvFiles::cell)
			.collect(Collectors.joining(","));
	}

}
