package com.osb.salesops.incentive;

import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rep's statement and the payroll export through the REST API as each role: every line
 * names its documents and rule, and the figures add up to the payout.
 */
class StatementsPostgresIT extends PostgresIntegrationTest {

	private static final Quarter Q3 = new Quarter(2024, 3);

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementRun run;

	@Autowired
	PayrollExports exports;

	LedgerFixture ledger;

	String rep;

	String repUser;

	String receipt;

	String creditNote;

	String order;

	@BeforeEach
	void repWithALedger() {
		this.ledger = new LedgerFixture(this.jdbc, Q3);
		this.rep = this.ledger.rep("TR2", "10000", "100000");
		long old = this.ledger.customer(this.rep);
		long order = this.ledger.order(this.rep, old, "2024-05-02", "100000");
		long invoice = this.ledger.invoice(old, order, "2024-05-06", "100000");
		this.order = this.ledger.number(order, "sales_order");
		this.receipt = this.ledger.payment(old, order, invoice, "2024-08-10", "60000");
		this.creditNote = this.ledger.creditNote(old, invoice, "2024-09-01", "5000");
		long newCustomer = this.ledger.customerFirstOrderingOn(this.rep, "2024-07-01");
		long firstOrder = this.ledger.order(this.rep, newCustomer, "2024-07-01", "8000");
		this.ledger.payment(newCustomer, firstOrder, null, "2024-07-20", "8000");
		this.repUser = "owner" + this.rep.toLowerCase();
		this.jdbc.update("update sales_rep set user_id = ? where id = ?", this.repUser, this.rep);
		TestUsers.ensure(this.identityService, this.repUser, Roles.SALES_REP);
		TestUsers.ensure(this.identityService, "hanna", Roles.HR);
		TestUsers.ensure(this.identityService, "felix", Roles.FINANCE);
		TestUsers.ensure(this.identityService, "mark", Roles.SALES_MANAGER);
		TestUsers.ensure(this.identityService, "wendy", Roles.WAREHOUSE);
		TestUsers.ensure(this.identityService, "ralf", Roles.SALES_REP);
		TestUsers.ensure(this.identityService, "sally", Roles.SALES_OPS);
	}

	@Test
	void showsTheRepTheirStatementWithEveryLineTracedToDocumentsAndRules() throws Exception {
		// when
		JsonNode statement = Http.json(as(this.repUser).get(path()), 200);

		// then
		assertThat(statement.get("status").asText()).isEqualTo("NOT_ISSUED");
		JsonNode figures = statement.get("statement");
		assertThat(figures.get("credited").decimalValue()).isEqualByComparingTo("63000");
		assertThat(figures.get("attainment").decimalValue()).isEqualByComparingTo("0.63");
		assertThat(figures.get("payoutRate").decimalValue()).isEqualByComparingTo("0.63");
		assertThat(figures.get("spiffs").decimalValue()).isEqualByComparingTo("500");
		assertThat(figures.get("payout").decimalValue()).isEqualTo("6800.00");
		assertThat(figures.get("lines")).hasSize(4);
		JsonNode payment = line(figures, this.receipt);
		assertThat(payment.get("documents").asText()).contains(this.order);
		assertThat(payment.get("credited").decimalValue()).isEqualByComparingTo("60000");
		assertThat(payment.get("rule").asText())
			.isEqualTo("Payment received in the quarter on the rep's order counts in full");
		assertThat(line(figures, this.creditNote).get("rule").asText())
			.isEqualTo("Credit note issued in the quarter is deducted");
		assertThat(line(figures, "first order").get("spiff").decimalValue()).isEqualByComparingTo("500");
		assertThat(figures.get("rulesFired").toString()).contains("Payout");
		assertThat(figures.get("rulesVersion").asText()).matches("rules/incentive version [0-9a-f]{12}");
		// and a Chinese reader reads the same rules in Chinese
		JsonNode chinese = Http.json(as(this.repUser).inLanguage("zh-CN").get(path()), 200).get("statement");
		assertThat(line(chinese, this.receipt).get("rule").asText()).isEqualTo("本季度收到的销售代表订单回款全额计入");
		assertThat(chinese.get("rulesFired")).isNotEmpty()
			.allSatisfy((rule) -> assertThat(rule.asText()).containsPattern("\\p{IsHan}")
				.doesNotContainPattern("[A-Za-z]{3,} [A-Za-z]{3,}"));
		assertThat(chinese.get("payout").decimalValue()).isEqualTo("6800.00");
	}

	@Test
	void writesTheStatementAndTheRunAsTheirFormsShowThemInTheCompanysLanguage() {
		// given the quarter's statements issued
		this.run.computeRegion(Q3.toString(), "TR2", null);

		// when the review and approval forms are given the statement and the run
		String statement = this.run.text(Q3.toString(), this.rep);
		String summary = this.run.summary(Q3.toString());

		// then they read in the company's language (zh-CN), with the exact figures
		assertThat(statement).contains("计入业绩 63000", "配额 100000.00（销售运营录入）", "达成率 0.63", "提成 6800.00", "回款", "新客户首单回款",
				"红字发票", "专项奖励 500");
		assertThat(summary).startsWith("共 ").contains("份结算单，提成合计 ");
		for (String text : new String[] { statement, summary }) {
			// what is left in Latin letters are the rules' own names and the addresses
			assertThat(text.replaceAll("/api/\\S+|\\([^()]*\\)|（[^（）]*）", "")).doesNotContainPattern(
					"\\b(Credited|quota|attainment|Payout|amount|credited|statements|payouts|total)\\b");
		}
	}

	@Test
	void servesTheIssuedStatementAsCsvToManagersAndHr() throws Exception {
		// given
		this.run.computeRegion(Q3.toString(), "TR2", null);

		// when
		HttpResponse<String> csv = as("mark").get(path() + "?format=csv");

		// then
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("period,rep,date,kind,documents,amount,credited,spiff,rule\n")
			.contains("2024-Q3," + this.rep + ",2024-08-10,PAYMENT,receipt " + this.receipt + " order " + this.order)
			.contains(",60000.00,60000.00,0,Payment received in the quarter on the rep's order counts in full")
			.contains(",CREDIT_NOTE,credit note " + this.creditNote)
			.contains(",PAYOUT,,6800.00,")
			.contains(",FINAL_PAYOUT,IN_REVIEW,6800.00,")
			.containsPattern(",RULES_VERSION,,,,,rules/incentive version [0-9a-f]{12}\n");
		JsonNode issued = Http.json(as("hanna").get(path()), 200);
		assertThat(issued.get("status").asText()).isEqualTo("IN_REVIEW");
		assertThat(issued.get("finalPayout").decimalValue()).isEqualTo("6800.00");
		assertThat(issued.get("statement").get("lines")).hasSize(4);
	}

	@Test
	void refusesOtherRepsAndOtherRolesAndNamesBadRequests() {
		// when
		HttpResponse<String> otherRep = as("ralf").get(path());

		// then
		assertThat(otherRep.statusCode()).isEqualTo(403);
		assertThat(as("wendy").get(path()).statusCode()).isEqualTo(403);
		assertThat(as("felix").get("/api/incentive/statements/2024-Q3/NOBODY").statusCode()).isEqualTo(404);
		assertThat(as("felix").get("/api/incentive/statements/2024-13/" + this.rep).statusCode()).isEqualTo(400);
	}

	@Test
	void servesThePayrollExportToHrAndFinanceOnly() {
		// given
		this.run.computeRegion(Q3.toString(), "TR2", null);
		approveAndExport();

		// when
		HttpResponse<String> export = as("hanna").get("/api/incentive/payroll/2024-Q3.csv");

		// then
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.body())
			.startsWith("period,employee,name,role,team,statementStatus,payout,adjustment,amountToPay\n")
			.contains(
					"2024-Q3," + this.repUser + ",Rep " + this.rep + ",SALES_REP,TR2,IN_REVIEW,6800.00,0.00,6800.00\n");
		assertThat(as("felix").get("/api/incentive/payroll/2024-Q3.csv").statusCode()).isEqualTo(200);
		assertThat(as(this.repUser).get("/api/incentive/payroll/2024-Q3.csv").statusCode()).isEqualTo(403);
		assertThat(as("hanna").get("/api/incentive/payroll/2019-Q1.csv").statusCode()).isEqualTo(404);
	}

	@Test
	void listsTheQuartersStatementsInTheReadersWordsAndThePayrollExportToHrAndFinance() throws Exception {
		// given the quarter's statements issued, and its payouts approved and exported
		this.run.computeRegion(Q3.toString(), "TR2", null);
		approveAndExport();

		// when
		JsonNode hr = Http.json(as("hanna").inLanguage("zh-CN").get("/api/incentive/statements?quarter=2024-Q3"), 200);
		JsonNode own = Http.json(as(this.repUser).inLanguage("zh-CN").get("/api/incentive/statements?quarter=2024-Q3"),
				200);
		JsonNode otherRep = Http.json(as("ralf").get("/api/incentive/statements?quarter=2024-Q3"), 200);
		JsonNode manager = Http.json(as("mark").get("/api/incentive/statements?quarter=2024-Q3"), 200);
		JsonNode statement = Http.json(as(this.repUser).inLanguage("zh-CN").get(path()), 200);

		// then each statement of the quarter with its figures and status in the reader's
		// words
		assertThat(hr.get("quarter").asText()).isEqualTo("2024-Q3");
		assertThat(hr.get("quarters").toString()).contains("\"2024-Q3\"");
		JsonNode row = row(hr, this.rep);
		assertThat(row.get("repName").asText()).isEqualTo("Rep " + this.rep);
		assertThat(row.get("regionName").asText()).isNotBlank();
		assertThat(row.get("statusText").asText()).isEqualTo("待确认");
		assertThat(row.get("credited").decimalValue()).isEqualByComparingTo("63000");
		assertThat(row.get("finalPayout").decimalValue()).isEqualTo("6800.00");
		assertThat(row.get("openDisputes").asInt()).isZero();
		// and finance's approval and the export to HR and finance only
		JsonNode payroll = hr.get("payroll");
		assertThat(payroll.get("approvedBy").asText()).isEqualTo("felix");
		assertThat(payroll.get("approvedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*\\+08:00");
		assertThat(payroll.get("download").asText()).isEqualTo("/api/incentive/payroll/2024-Q3.csv");
		assertThat(payroll.get("totalPayout").decimalValue()).isPositive();
		assertThat(manager.has("payroll")).isFalse();
		assertThat(row(manager, this.rep).get("statusText").asText()).isEqualTo("in review");
		// a rep reads their own statement only
		assertThat(own.get("statements")).hasSize(1);
		assertThat(own.get("ownRep").asText()).isEqualTo(this.rep);
		assertThat(own.has("payroll")).isFalse();
		assertThat(otherRep.get("statements").findValuesAsText("repId")).doesNotContain(this.rep);
		// and the statement's codes have their words beside them
		assertThat(statement.get("statusText").asText()).isEqualTo("待确认");
		assertThat(statement.get("statement").get("quotaSourceText").asText()).isEqualTo("销售运营录入");
		assertThat(statement.get("statement").get("lines").findValuesAsText("kindText")).contains("回款", "红字发票",
				"新客户首单回款");
		assertThat(as("wendy").get("/api/incentive/statements").statusCode()).isEqualTo(403);
		assertThat(as("hanna").get("/api/incentive/statements?quarter=2024-5").statusCode()).isEqualTo(400);
	}

	/** Finance approves the quarter's payouts once, whichever test comes first. */
	private void approveAndExport() {
		if (!this.exports.approved(Q3.toString())) {
			this.exports.approve(Q3.toString(), "felix", "Checked");
		}
		this.exports.export(Q3.toString(), null);
	}

	private static JsonNode row(JsonNode list, String rep) {
		for (JsonNode row : list.get("statements")) {
			if (row.get("repId").asText().equals(rep)) {
				return row;
			}
		}
		throw new AssertionError("no statement of " + rep + " in " + list);
	}

	@Test
	void previewsAChangedPayoutPlanOverTheQuartersStatementsWithoutDeployingIt() throws Exception {
		// given the plan's threshold raised from 50% to 70%: the rep at 63% loses the
		// curve
		String changed = java.nio.file.Files.readString(java.nio.file.Path.of("rules/incentive/payout-plan.drl"))
			.replace("new BigDecimal(\"0.50\"),   // threshold", "new BigDecimal(\"0.70\"),   // threshold");
		assertThat(changed).contains("0.70");

		// when sales ops send it as Camunda Modeler does, then as the raw file for CSV
		HttpResponse<String> json = as("sally").postMultipart("/api/rules/previews?period=2024-Q3", java.util.Map.of(),
				java.util.Map.of("payout-plan.drl", changed));
		HttpResponse<String> csv = as("sally").post("/api/rules/previews?period=2024-Q3&format=csv", "text/plain",
				java.net.http.HttpRequest.BodyPublishers.ofString(changed));
		String summaryInChinese = Http
			.json(as("sally").inLanguage("zh-CN")
				.postMultipart("/api/rules/previews?period=2024-Q3", java.util.Map.of(),
						java.util.Map.of("payout-plan.drl", changed)),
					200)
			.get("summaryLine")
			.asText();

		// then the rep is paid 6,300 less: the SPIFF of 500 only
		JsonNode preview = Http.json(json, 200);
		assertThat(preview.get("ruleSet").asText()).isEqualTo("rules/incentive");
		assertThat(preview.get("file").asText()).isEqualTo("payout-plan.drl");
		assertThat(preview.get("changedVersion").asText()).isNotEqualTo(preview.get("versionInUse").asText());
		JsonNode rep = null;
		for (JsonNode each : preview.get("reps")) {
			rep = this.rep.equals(each.get("id").asText()) ? each : rep;
		}
		assertThat(rep).as(preview.toString()).isNotNull();
		assertThat(rep.get("currentRate").decimalValue()).isEqualByComparingTo("0.63");
		assertThat(rep.get("changedRate").decimalValue()).isEqualByComparingTo("0");
		assertThat(rep.get("currentPayout").decimalValue()).isEqualByComparingTo("6800.00");
		assertThat(rep.get("changedPayout").decimalValue()).isEqualByComparingTo("500.00");
		assertThat(rep.get("difference").decimalValue()).isEqualByComparingTo("-6300.00");
		assertThat(preview.get("summaryLine").asText()).contains("reps in 2024-Q3").contains("paid differently");
		assertThat(summaryInChinese).containsPattern("\\p{IsHan}")
			.contains("2024-Q3")
			.doesNotContainPattern("[A-Za-z]{3,} [A-Za-z]{3,}");
		assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
		assertThat(csv.body()).startsWith("# ")
			.contains("rep,attainment,payoutRateBefore,payoutRateAfter,payoutBefore,payoutAfter,payoutChange\n")
			.contains(this.rep + ",0.63,0.63,0,6800.00,500.00,-6300.00\n");
		assertThat(Http.json(as("felix").postMultipart("/api/rules/previews?period=2024-Q3", java.util.Map.of(),
				java.util.Map.of("payout-plan.drl", changed)), 403))
			.isNotNull();
		assertThat(Http.json(as("hanna").get(path()), 200).get("statement").get("payout").decimalValue())
			.isEqualByComparingTo("6800.00");
	}

	@Test
	void aPreviewedRuleRunsNoCodeOfItsOwn() throws Exception {
		// given the plan's rule changed to also run code of the sender's choosing,
		// written
		// in several ways
		String plan = java.nio.file.Files.readString(java.nio.file.Path.of("rules/incentive/payout-plan.drl"));
		String ran = "System.setProperty(\"salesops.previewed-rule-ran\", \"yes\");";
		Map<String, String> changes = new java.util.LinkedHashMap<>();
		changes.put("a class of the JDK", plan.replace("then\n", "then\n    " + ran + "\n"));
		changes.put("its full name",
				plan.replace("then\n", "then\n    java.lang." + ran.replace("\"yes\"", "\"full\"") + "\n"));
		changes.put("reflection", plan.replace("then\n", "then\n    try { $plan.getClass().getClassLoader()"
				+ ".loadClass(\"java.lang.System\").getMethod(\"setProperty\", String.class, String.class)"
				+ ".invoke(null, \"salesops.previewed-rule-ran\", \"reflection\"); } catch (Exception e) { }\n"));
		changes.put("a condition", plan.replace("$plan : PayoutPlan(complete == false)",
				"$plan : PayoutPlan(complete == false)\n    eval(" + ran.replace(";", "") + " == null)"));
		changes.put("a function", plan.replace("rule ", "function void ran() { " + ran + " }\n\nrule ")
			.replace("then\n", "then\n    ran();\n"));
		changes.put("MVEL",
				plan.replace("when\n", "    dialect \"mvel\"\nwhen\n").replace("then\n", "then\n    " + ran + "\n"));
		changes.put("a Unicode escape", plan.replace("then\n",
				"then\n    \\u0053ystem.setProperty(\"salesops." + "previewed-rule-ran\", \"escaped\");\n"));

		for (Map.Entry<String, String> change : changes.entrySet()) {
			// when sales ops preview it
			HttpResponse<String> preview = as("sally").postMultipart("/api/rules/previews?period=2024-Q3", Map.of(),
					Map.of("payout-plan.drl", change.getValue()));

			// then it is refused, saying what the rule may not use, and nothing of it ran
			assertThat(preview.statusCode()).as(change.getKey() + ": " + preview.body()).isEqualTo(422);
			assertThat(Http.json(preview, 422).path("code").asText()).as(change.getKey()).isEqualTo("rules-refused");
			assertThat(System.getProperty("salesops.previewed-rule-ran")).as(change.getKey()).isNull();
		}
		assertThat(Http
			.json(as("sally").postMultipart("/api/rules/previews?period=2024-Q3", Map.of(),
					Map.of("payout-plan.drl", plan)), 200)
			.path("reps")
			.size()).isPositive();
	}

	private String path() {
		return "/api/incentive/statements/" + Q3 + "/" + this.rep;
	}

	private Http as(String user) {
		return new Http(this.port).as(user);
	}

	private static JsonNode line(JsonNode statement, String document) {
		for (JsonNode line : statement.get("lines")) {
			if (line.get("documents").asText().contains(document)) {
				return line;
			}
		}
		throw new AssertionError("No line names " + document);
	}

}
