package com.osb.salesops.customercare.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.osb.salesops.customercare.ComplianceReport;
import com.osb.salesops.customercare.ComplianceReport.CustomerFinding;
import com.osb.salesops.customercare.ComplianceReports;
import com.osb.salesops.customercare.ComplianceReports.Scope;
import com.osb.salesops.customercare.ComplianceTexts;
import com.osb.salesops.masterdata.SalesOrganisation;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.stereotype.Component;

/**
 * Keeps one task per rep listing what to fix on the rep's customers: opened when the
 * check finds something, brought up to date by each later check, closed once the rep's
 * customers are compliant again.
 */
@Component
class RepComplianceTasks {

	static final String KEY = "rep-compliance";

	static final String MSG_COMPLIANT = "Msg_RepCompliant";

	/** What a text variable holds at most, below the engine's column. */
	private static final int MAX_TEXT = 3900;

	private final ComplianceReports reports;

	private final SalesOrganisation organisation;

	private final RuntimeService runtimeService;

	private final BusinessClock clock;

	private final AuditLog audit;

	RepComplianceTasks(ComplianceReports reports, SalesOrganisation organisation, RuntimeService runtimeService,
			BusinessClock clock, AuditLog audit) {
		this.reports = reports;
		this.organisation = organisation;
		this.runtimeService = runtimeService;
		this.clock = clock;
		this.audit = audit;
	}

	/** Checks every rep's customers and opens, updates or closes each rep's task. */
	void check() {
		ComplianceReport report = this.reports.report(Scope.everyone(), this.clock.today(), 0);
		Map<String, List<CustomerFinding>> byRep = new LinkedHashMap<>();
		report.reps().forEach((rep) -> byRep.put(rep.key(), new ArrayList<>()));
		report.findings().forEach((finding) -> byRep.get(finding.repId()).add(finding));
		byRep.forEach((repId, findings) -> {
			Optional<ProcessInstance> open = open(repId);
			Optional<String> user = this.organisation.userOfActiveRep(repId);
			if (!findings.isEmpty() && open.isEmpty() && user.isPresent()) {
				this.runtimeService.startProcessInstanceByKey(KEY, businessKey(repId),
						variables(repId, user.get(), findings));
				this.audit.record(null, "COMPLIANCE_TASK_OPENED", "rep", repId, null,
						findings.size() + " findings: " + text(findings, Locale.ENGLISH));
			}
			else if (!findings.isEmpty() && open.isPresent()) {
				this.runtimeService.setVariables(open.get().getId(), variables(repId, user.orElse(""), findings));
			}
			else if (findings.isEmpty() && open.isPresent()) {
				this.runtimeService.createMessageCorrelation(MSG_COMPLIANT)
					.processInstanceBusinessKey(businessKey(repId))
					.correlate();
				this.audit.record(null, "COMPLIANCE_TASK_CLOSED", "rep", repId, open.get().getId(),
						"every customer compliant on " + report.asOf());
			}
		});
	}

	private Optional<ProcessInstance> open(String repId) {
		return Optional.ofNullable(this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(KEY)
			.processInstanceBusinessKey(businessKey(repId))
			.singleResult());
	}

	private Map<String, Object> variables(String repId, String userId, List<CustomerFinding> findings) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("repId", repId);
		variables.put("repUserId", userId);
		variables.put("findingsCount", String.valueOf(findings.size()));
		variables.put("findingsText",
				text(findings, (Messages.companyLanguage() != null) ? Messages.companyLanguage() : Locale.ENGLISH));
		variables.put("checkedOnText", this.clock.today().toString());
		return variables;
	}

	private static String businessKey(String repId) {
		return "compliance-" + repId;
	}

	/**
	 * The findings a line each, in the language: the company's for the rep's task, as the
	 * facts of every form are written; English for the audit trail, as the rules wrote
	 * them.
	 */
	private static String text(List<CustomerFinding> findings, Locale language) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < findings.size(); i++) {
			CustomerFinding finding = findings.get(i);
			String line = Messages.text(language, "compliance.finding", "{0} {1}: {2}", finding.customerCode(),
					finding.customerName(),
					ComplianceTexts.explanation(finding.rule(), finding.explanation(), language)) + "\n";
			if (text.length() + line.length() > MAX_TEXT) {
				return text
					.append(Messages.text(language, "compliance.more", "\u2026 and {0} more", findings.size() - i))
					.toString();
			}
			text.append(line);
		}
		return text.toString().strip();
	}

}
