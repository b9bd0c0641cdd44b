package com.osb.salesops.forecast;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.forecast.model.ForecastFile;
import com.osb.salesops.masterdata.ProductPrices;
import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.process.MoneyText;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A rep's forecast from submission to approval: the lines taken from a form or an upload
 * and spot-checked, the assistant's review, the manager's approval of the region, after
 * which the forecast is frozen.
 */
@Service
public class ForecastSubmissions {

	public static final String ACCEPT = "ACCEPT";

	public static final String SEND_BACK = "SEND_BACK";

	private final ForecastStore store;

	private final SpotChecks spotChecks;

	private final ProductPrices products;

	private final SalesTeams teams;

	private final BusinessClock clock;

	private final AuditLog audit;

	ForecastSubmissions(ForecastStore store, SpotChecks spotChecks, ProductPrices products, SalesTeams teams,
			BusinessClock clock, AuditLog audit) {
		this.store = store;
		this.spotChecks = spotChecks;
		this.products = products;
		this.teams = teams;
		this.clock = clock;
		this.audit = audit;
	}

	/** The 3 months a cycle forecasts: the ones after its own. */
	public static List<YearMonth> months(String period) {
		YearMonth cycle = ForecastCycles.period(period);
		return List.of(cycle.plusMonths(1), cycle.plusMonths(2), cycle.plusMonths(3));
	}

	public Optional<Submission> submission(long id) {
		return this.store.submission(id);
	}

	/** The version of the rep's forecast of the period that they may still change. */
	public Optional<Submission> openSubmission(String period, String repId) {
		return this.store.openSubmission(period, repId);
	}

	public List<Submission> submissions(String period) {
		return this.store.submissions(period);
	}

	public List<StoredLine> lines(long submissionId) {
		return this.store.lines(submissionId);
	}

	/**
	 * Takes the rep's lines, refused with every problem named when any line is bad.
	 * @param source {@code FORM} or {@code CSV}
	 */
	@Transactional
	public List<StoredLine> submit(long submissionId, String text, String source, String actor) {
		Submission submission = this.store.submission(submissionId)
			.filter(Submission::open)
			.orElseThrow(() -> ForecastRefused.of("submission", "forecast-closed",
					"This forecast cannot be changed any more"));
		Map<String, Boolean> known = new HashMap<>();
		ForecastFile.Parsed parsed = ForecastFile.parse(text, months(submission.period()), (sku) -> known
			.computeIfAbsent(sku, (key) -> this.products.onDate(key, this.clock.today()).isPresent()));
		if (!parsed.problems().isEmpty()) {
			throw new ForecastRefused("forecast-problems", "The forecast has {0} problem(s)", parsed.problems(),
					parsed.problems().size());
		}
		List<StoredLine> lines = this.spotChecks.check(submissionId, ForecastCycles.period(submission.period()),
				submission.repId(), parsed.lines());
		this.store.replaceLines(submissionId, lines);
		boolean late = this.store.deadline(submission.period())
			.map((deadline) -> this.clock.today().isAfter(deadline))
			.orElse(false);
		this.store.submitted(submissionId, source, actor, this.clock.timestamp(), late && submission.version() == 1);
		long flagged = lines.stream().filter(StoredLine::flagged).count();
		this.audit.record(actor, "FORECAST_SUBMITTED", "FORECAST", String.valueOf(submissionId),
				submission.processInstanceId(), lines.size() + " lines by " + source + ", " + flagged + " flagged"
						+ (late ? ", after the deadline" : ""));
		return lines;
	}

	/** The assistant's review: accepted, or sent back to the rep with a reason. */
	@Transactional
	public void review(long submissionId, String decision, String comment, String actor) {
		boolean sendBack = SEND_BACK.equals(decision);
		if (!sendBack && !ACCEPT.equals(decision)) {
			throw ForecastRefused.of("reviewDecision", "review-decision", "Accept the forecast or send it back");
		}
		if (sendBack && (comment == null || comment.isBlank())) {
			throw ForecastRefused.of("reviewComment", "review-comment", "Say why the forecast goes back to the rep");
		}
		this.store.reviewed(submissionId, sendBack ? "SENT_BACK" : "ACCEPTED", actor, this.clock.timestamp(),
				(comment != null) ? comment.strip() : null);
		this.audit.record(actor, sendBack ? "FORECAST_SENT_BACK" : "FORECAST_ACCEPTED", "FORECAST",
				String.valueOf(submissionId), this.store.submission(submissionId).orElseThrow().processInstanceId(),
				comment);
	}

	/** The manager's approval: the region's accepted forecasts are frozen. */
	@Transactional
	public int approveRegion(String processInstanceId, String regionId, String comment, String actor) {
		int approved = this.store.approveRegion(processInstanceId, regionId, actor, this.clock.timestamp());
		this.audit.record(actor, "FORECAST_REGION_APPROVED", "FORECAST_REGION", regionId, processInstanceId,
				approved + " forecasts approved" + ((comment != null && !comment.isBlank()) ? ": " + comment : ""));
		return approved;
	}

	/** The regions with a submission of the cycle or revision. */
	public List<String> regionIds(String processInstanceId) {
		return this.store.submissionsOf(processInstanceId).stream().map(Submission::regionId).distinct().toList();
	}

	public List<String> submissionIds(String processInstanceId, String regionId) {
		return this.store.submissionsOf(processInstanceId)
			.stream()
			.filter((s) -> s.regionId().equals(regionId))
			.map((s) -> String.valueOf(s.id()))
			.toList();
	}

	/** The rep's user and region manager. */
	public SalesTeams.Member member(String repId) {
		return this.teams.members()
			.stream()
			.filter((member) -> member.repId().equals(repId))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No rep " + repId));
	}

	public Optional<SalesTeams.Member> regionMember(String regionId) {
		return this.teams.members().stream().filter((member) -> member.regionId().equals(regionId)).findFirst();
	}

	/** The lines as a person reads them, flagged lines with their reasons. */
	public String text(long submissionId) {
		StringBuilder text = new StringBuilder();
		for (StoredLine line : this.store.lines(submissionId)) {
			text.append(
					Messages.formText("forecast-line", "{0} {1} {2}: {3} units, {4}", line.targetMonth(), line.sku(),
							Messages.formText("forecast-channel-" + line.channel().toLowerCase(java.util.Locale.ROOT),
									line.channel().toLowerCase(java.util.Locale.ROOT)),
							line.quantity(), MoneyText.of(line.amount(), Messages.companyLanguage())));
			if (line.flagged()) {
				text.append("\n    ")
					.append(Messages.formText("forecast-spot-check", "SPOT-CHECK: {0}",
							FlagReasons.of(line, Messages.companyLanguage())));
			}
			text.append('\n');
		}
		return text.isEmpty() ? Messages.formText("forecast-no-lines", "No lines yet.") : text.toString();
	}

	/** The region's forecasts awaiting approval, rep by rep. */
	public String regionText(String processInstanceId, String regionId) {
		StringBuilder text = new StringBuilder();
		for (Submission submission : this.store.submissionsOf(processInstanceId)) {
			if (submission.regionId().equals(regionId) && "ACCEPTED".equals(submission.status())) {
				text.append(submission.late()
						? Messages.formText("forecast-rep-late", "{0} (version {1}, late)",
								member(submission.repId()).repName(), submission.version())
						: Messages.formText("forecast-rep", "{0} (version {1})", member(submission.repId()).repName(),
								submission.version()))
					.append("\n")
					.append(text(submission.id()))
					.append('\n');
			}
		}
		return text.isEmpty()
				? Messages.formText("forecast-no-region-forecast", "No forecast of the region to approve.")
				: text.toString();
	}

}
