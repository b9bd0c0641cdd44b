package com.osb.salesops.home;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.osb.salesops.home.SalesReport.Line;
import com.osb.salesops.incentive.QuarterToDate;
import com.osb.salesops.incentive.QuarterToDate.RepQuarter;
import com.osb.salesops.shared.language.Localized;
import com.osb.salesops.shared.notification.Notifications;
import com.osb.salesops.shared.security.Roles;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly and monthly sales reports: the company's, region by region, to the
 * leadership, and each manager's team, rep by rep, to the manager; sent through the
 * notification outbox as HTML with its charts as images, and as plain text.
 */
@Service
public class SalesReports {

	public static final String WEEKLY = "WEEKLY";

	public static final String MONTHLY = "MONTHLY";

	private final HomeTeam team;

	private final OrderStates orders;

	private final QuarterToDate quarter;

	private final ReceivablesReader receivables;

	private final Notifications notifications;

	private final ReportSettings settings;

	private final ReportForecasts forecasts;

	SalesReports(HomeTeam team, OrderStates orders, QuarterToDate quarter, ReceivablesReader receivables,
			Notifications notifications, ReportSettings settings, ReportForecasts forecasts) {
		this.forecasts = forecasts;
		this.team = team;
		this.orders = orders;
		this.quarter = quarter;
		this.receivables = receivables;
		this.notifications = notifications;
		this.settings = settings;
	}

	/**
	 * Writes the report due on the given day to the outbox; answers how many went out.
	 */
	@Transactional
	public int send(String kind, LocalDate today) {
		List<TeamRep> everyone = this.team.reps(null, List.of(Roles.SALES_OPS));
		SalesReport company = report(kind, today, everyone, TeamRep::regionId);
		this.notifications.notify(null, this.settings.leadership(), subject(company, "company"),
				(language) -> ReportText.of(company, language), (language) -> ReportHtml.of(company, language));
		int sent = 1;
		if (this.settings.managers()) {
			for (Map.Entry<String, List<TeamRep>> manager : this.team.managerTeams().entrySet()) {
				if (!manager.getValue().isEmpty()) {
					SalesReport report = report(kind, today, manager.getValue(), TeamRep::name);
					this.notifications.notify(null, List.of(manager.getKey()), subject(report, "team"),
							(language) -> ReportText.of(report, language),
							(language) -> ReportHtml.of(report, language));
					sent++;
				}
			}
		}
		return sent;
	}

	/**
	 * The report due on the given day for the reps, a line per value of {@code lineOf}.
	 */
	@Transactional(readOnly = true)
	public SalesReport report(String kind, LocalDate today, List<TeamRep> reps, Function<TeamRep, String> lineOf) {
		LocalDate to = today.minusDays(1);
		LocalDate from = WEEKLY.equals(kind) ? today.minusDays(7) : to.with(TemporalAdjusters.firstDayOfMonth());
		List<String> ids = reps.stream().map(TeamRep::repId).toList();
		Map<String, Line> byRep = new LinkedHashMap<>();
		reps.forEach((rep) -> byRep.put(rep.repId(), Line.empty(lineOf.apply(rep))));
		this.orders.byRep(ids, from, to)
			.forEach((row) -> byRep.merge(row.repId(),
					new Line("", row.orders(), row.total(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO),
					Line::plus));
		for (RepQuarter figures : this.quarter.figures(ids, today)) {
			byRep.merge(figures.repId(),
					new Line("", 0, BigDecimal.ZERO, figures.quota(), figures.credited(), BigDecimal.ZERO), Line::plus);
		}
		this.receivables.overdue(ids, today)
			.forEach((invoice) -> byRep.merge(invoice.repId(),
					new Line("", 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, invoice.openAmount()),
					Line::plus));
		Map<String, Line> lines = byRep.values()
			.stream()
			.collect(Collectors.toMap(Line::name, Function.identity(), Line::plus, TreeMap::new));
		Line totals = lines.values().stream().reduce(Line.empty("Total"), Line::plus);
		return new SalesReport(kind, from, to, HomeFigures.quarterOf(today), List.copyOf(lines.values()), totals,
				this.forecasts.part(today, reps, lineOf));
	}

	/**
	 * The subject in the reader's language,
	 * {@code report.<weekly|monthly>-<company|team>} of the message bundles.
	 */
	private static Localized subject(SalesReport report, String whose) {
		String kind = WEEKLY.equals(report.kind()) ? "Weekly" : "Monthly";
		String english = kind + " sales report for " + ("company".equals(whose) ? "the company" : "your team")
				+ ", {0} to {1}";
		return (language) -> ReportWords.word(language, kind.toLowerCase(Locale.ROOT) + "-" + whose, english,
				report.from(), report.to());
	}

}
