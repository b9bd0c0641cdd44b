package com.osb.salesops.forecast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.osb.salesops.forecast.model.ForecastDeadline;
import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.process.DecisionEvaluator;
import com.osb.salesops.shared.process.DecisionOutcome;
import com.osb.salesops.shared.process.SystemActions;
import com.osb.salesops.shared.time.BusinessCalendar;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.Messages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a month's forecast cycle: its deadline from the rule {@value #DEADLINE} and the
 * business calendar, and one submission for each active rep; or a revision of one rep's
 * approved forecast, as a new version with its own short deadline.
 */
@Service
public class ForecastCycles {

	static final String DEADLINE = "forecast-deadline";

	private final ForecastStore store;

	private final SalesTeams teams;

	private final DecisionEvaluator decisions;

	private final BusinessCalendar calendar;

	private final BusinessClock clock;

	private final AuditLog audit;

	private final SystemActions system;

	ForecastCycles(ForecastStore store, SalesTeams teams, DecisionEvaluator decisions, BusinessCalendar calendar,
			BusinessClock clock, AuditLog audit, SystemActions system) {
		this.system = system;
		this.store = store;
		this.teams = teams;
		this.decisions = decisions;
		this.calendar = calendar;
		this.clock = clock;
		this.audit = audit;
	}

	/** The month a scheduled cycle covers: the current one. */
	public String currentPeriod() {
		return YearMonth.from(this.clock.today()).toString();
	}

	/**
	 * Refuses a request to open a cycle or a revision that cannot be carried out.
	 * @param repId the rep whose approved forecast is revised, or null for a whole cycle
	 * @return the period, normalised
	 */
	public String checkRequest(String period, String repId) {
		YearMonth month = period(period);
		if (repId == null || repId.isBlank()) {
			if (this.store.cycleExists(month.toString())) {
				throw ForecastRefused.of("period", "cycle-opened", "The forecast cycle of {0} is opened already",
						month);
			}
			return month.toString();
		}
		boolean approved = this.store.submissions(month.toString())
			.stream()
			.anyMatch((s) -> s.repId().equals(repId.trim()) && "APPROVED".equals(s.status()));
		if (!approved) {
			throw ForecastRefused.of("repId", "no-approved-forecast", "Rep {0} has no approved forecast of {1}",
					repId.trim(), month);
		}
		if (this.store.openSubmission(month.toString(), repId.trim()).isPresent()) {
			throw ForecastRefused.of("repId", "revision-under-way", "A revision of rep {0} is under way already",
					repId.trim());
		}
		return month.toString();
	}

	@Transactional
	public OpenedCycle open(String period, String repId, String actor, String processInstanceId) {
		YearMonth month = period(period);
		DecisionOutcome rule = this.system
			.run(() -> this.decisions.evaluate(DEADLINE, Map.of("month", month.getMonthValue())));
		int day = number(rule, "deadlineDay");
		int escalationDays = number(rule, "escalationBusinessDays");
		LocalDate deadline = ForecastDeadline.of(month, day, this.calendar::isBusinessDay);
		if (!this.store.cycleExists(month.toString())) {
			String decided = rule.firedRules()
				.stream()
				.map((fired) -> fired.decisionKey() + " v" + fired.version() + " " + fired.ruleId())
				.collect(Collectors.joining(", ")) + ": day " + day + " of " + month
					+ ", moved to the next business day: " + deadline;
			this.store.insertCycle(month.toString(), deadline, decided, this.clock.timestamp(), actor);
		}
		List<SalesTeams.Member> reps = this.teams.members()
			.stream()
			.filter(SalesTeams.Member::active)
			.filter((rep) -> (repId == null || repId.isBlank())
					? this.store.latestVersion(month.toString(), rep.repId()) == 0 : rep.repId().equals(repId.trim()))
			.toList();
		if (repId != null && !repId.isBlank()) {
			deadline = this.calendar.plusBusinessDays(this.clock.today(), number(rule, "revisionBusinessDays"));
		}
		for (SalesTeams.Member rep : reps) {
			this.store.insertSubmission(month.toString(), rep,
					this.store.latestVersion(month.toString(), rep.repId()) + 1, processInstanceId);
		}
		LocalDate escalation = this.calendar.plusBusinessDays(deadline, escalationDays);
		this.audit.record(actor, (repId == null || repId.isBlank()) ? "FORECAST_CYCLE_OPENED" : "FORECAST_REVISION",
				"FORECAST_CYCLE", month.toString(), processInstanceId,
				reps.size() + " submissions due " + deadline + ", manager told after " + escalation);
		return new OpenedCycle(month.toString(), deadline, escalation, reps.size());
	}

	private static int number(DecisionOutcome outcome, String output) {
		Object value = outcome.outputs().get(output);
		if (!(value instanceof Number number)) {
			throw new IllegalStateException(
					Messages.incident("rule-gave-no-output", "The rule {0} gave no {1}", DEADLINE, output));
		}
		return number.intValue();
	}

	static YearMonth period(String period) {
		try {
			return YearMonth.parse((period != null) ? period.trim() : "");
		}
		catch (DateTimeParseException ex) {
			throw ForecastRefused.of("period", "forecast-period", "Give the month like 2026-12, not ''{0}''", period);
		}
	}

}
