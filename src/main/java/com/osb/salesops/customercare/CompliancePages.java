package com.osb.salesops.customercare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.osb.salesops.customercare.ComplianceReport.CustomerFinding;
import com.osb.salesops.customercare.ComplianceReport.Tally;
import com.osb.salesops.customercare.ComplianceReports.Scope;
import com.osb.salesops.customercare.ComplianceStore.FindingRow;
import com.osb.salesops.customercare.ComplianceStore.RepDay;
import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.masterdata.SalesTeams.Member;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance report as the report page and its download read it: the counts of the
 * summary ({@link ComplianceSummary}) added up per rep, region and market of the reps in
 * scope, today and at the end of each of the 12 weeks before, and the findings a page at
 * a time, the customers with most findings first. The reps' regions and markets are those
 * of today's organisation.
 */
@Service
public class CompliancePages {

	private final ComplianceSummary summary;

	private final ComplianceStore store;

	private final SalesTeams teams;

	CompliancePages(ComplianceSummary summary, ComplianceStore store, SalesTeams teams) {
		this.summary = summary;
		this.store = store;
		this.teams = teams;
	}

	/** Today's report of the scope with one page of its findings (pages from 0). */
	public ComplianceReport report(Scope scope, int page, int size) {
		LocalDate today = this.summary.current();
		Map<String, Member> reps = reps(scope);
		Collection<String> repIds = scope.wholeCompany() ? null : reps.keySet();
		List<LocalDate> days = new ArrayList<>();
		for (int week = ComplianceSummary.TREND_WEEKS; week >= 0; week--) {
			days.add(today.minusWeeks(week));
		}
		Map<LocalDate, List<RepDay>> byDay = this.store.repDays(repIds, days)
			.stream()
			.collect(Collectors.groupingBy(RepDay::asOf));
		List<RepDay> now = byDay.getOrDefault(today, List.of());
		List<Tally> trend = days.subList(0, ComplianceSummary.TREND_WEEKS)
			.stream()
			.map((day) -> total(byDay.getOrDefault(day, List.of()), day))
			.toList();
		List<CustomerFinding> findings = this.store.findings(repIds, page * size, size)
			.stream()
			.map((row) -> finding(row, reps))
			.toList();
		return new ComplianceReport(today, total(now, today), tallies(now, RepDay::repId, today),
				tallies(now, (line) -> place(reps, line.repId(), Member::regionId), today),
				tallies(now, (line) -> place(reps, line.repId(), Member::marketId), today), findings,
				now.stream().mapToLong(RepDay::findings).sum(), page, size, trend);
	}

	/**
	 * The day the findings stand for, today, once the summary is brought up to date.
	 */
	public LocalDate current() {
		return this.summary.current();
	}

	/** Every finding of the scope, the customers with most findings first, one by one. */
	@Transactional(readOnly = true)
	public void eachFinding(Scope scope, Consumer<CustomerFinding> each) {
		Map<String, Member> reps = reps(scope);
		this.store.eachFinding(scope.wholeCompany() ? null : reps.keySet(), (row) -> each.accept(finding(row, reps)));
	}

	private Map<String, Member> reps(Scope scope) {
		Map<String, Member> reps = new TreeMap<>();
		this.teams.members().stream().filter(scope::covers).forEach((rep) -> reps.put(rep.repId(), rep));
		return reps;
	}

	private static String place(Map<String, Member> reps, String repId, Function<Member, String> of) {
		Member rep = reps.get(repId);
		return (rep != null) ? of.apply(rep) : "";
	}

	/**
	 * A finding as its reader reads it: the rule and its explanation in their language.
	 */
	private static CustomerFinding finding(FindingRow row, Map<String, Member> reps) {
		Locale reader = LocaleContextHolder.getLocale();
		return new CustomerFinding(row.customerCode(), row.customerName(), row.repId(),
				place(reps, row.repId(), Member::regionId), place(reps, row.repId(), Member::marketId), row.duty(),
				ComplianceTexts.duty(row.duty(), reader), ComplianceTexts.rule(row.rule(), reader),
				ComplianceTexts.explanation(row.rule(), row.explanation(), reader));
	}

	private static Tally total(List<RepDay> lines, LocalDate day) {
		List<Tally> total = tallies(lines, (line) -> "all", day);
		return total.isEmpty() ? ComplianceReports.tally("all", day, 0, 0, 0, 0) : total.get(0);
	}

	private static List<Tally> tallies(List<RepDay> lines, Function<RepDay, String> key, LocalDate day) {
		Map<String, int[]> counts = new TreeMap<>();
		for (RepDay line : lines) {
			int[] count = counts.computeIfAbsent(key.apply(line), (k) -> new int[4]);
			count[0] += line.activeCustomers();
			count[1] += line.completeFiles();
			count[2] += line.overdueVisits();
			count[3] += line.staleLogistics();
		}
		List<Tally> tallies = new ArrayList<>();
		counts.forEach(
				(k, count) -> tallies.add(ComplianceReports.tally(k, day, count[0], count[1], count[2], count[3])));
		return tallies;
	}

}
