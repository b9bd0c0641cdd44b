package com.osb.salesops.customercare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.osb.salesops.customercare.ComplianceReport.CustomerFinding;
import com.osb.salesops.customercare.ComplianceReport.Tally;
import com.osb.salesops.customercare.rules.CustomerCareRules;
import com.osb.salesops.customercare.rules.CustomerCareRules.RuledFinding;
import com.osb.salesops.customercare.rules.CustomerComplianceFact;
import com.osb.salesops.customercare.rules.CustomerComplianceFact.FileParts;
import com.osb.salesops.masterdata.CustomerCareFile;
import com.osb.salesops.masterdata.CustomerCareFiles;
import com.osb.salesops.masterdata.SalesTeams.Member;
import com.osb.salesops.shared.security.SalesScope;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Scores customers against the compliance rules of {@code rules/customercare}: each
 * active customer's file, visits and logistics information, as they stood on a day.
 */
@Service
public class ComplianceReports {

	private static final Set<String> NOT_FILE = Set.of("visit", "logistics");

	private final CustomerCareFiles files;

	private final ContactLog log;

	private final CustomerCareRules rules;

	ComplianceReports(CustomerCareFiles files, ContactLog log, CustomerCareRules rules) {
		this.files = files;
		this.log = log;
		this.rules = rules;
	}

	/**
	 * The report of the customers in scope on a day, with the whole scope at the end of
	 * each of the weeks before, from the rules run now for every customer: what the daily
	 * check reads, and what the summary the report page reads must always equal.
	 */
	public ComplianceReport report(Scope scope, LocalDate asOf, int trendWeeks) {
		List<CustomerCareFile> customers = this.files.list(scope.repId())
			.stream()
			.filter((file) -> file.active() && scope.covers(file))
			.toList();
		List<List<RuledFinding>> found = evaluate(customers, asOf);
		List<CustomerFinding> findings = new ArrayList<>();
		for (int i = 0; i < customers.size(); i++) {
			CustomerCareFile file = customers.get(i);
			found.get(i)
				.forEach((finding) -> findings
					.add(new CustomerFinding(file.code(), file.name(), file.repId(), file.regionId(), file.marketId(),
							finding.duty(), ComplianceTexts.duty(finding.duty(), LocaleContextHolder.getLocale()),
							finding.rule(), finding.explanation())));
		}
		List<Tally> trend = new ArrayList<>();
		for (int week = trendWeeks; week >= 1; week--) {
			LocalDate day = asOf.minusWeeks(week);
			trend.add(total(customers, evaluate(customers, day), day));
		}
		return new ComplianceReport(asOf, total(customers, found, asOf),
				tallies(customers, found, CustomerCareFile::repId, asOf),
				tallies(customers, found, CustomerCareFile::regionId, asOf),
				tallies(customers, found, CustomerCareFile::marketId, asOf), findings, findings.size(), 0,
				findings.size(), trend);
	}

	private List<List<RuledFinding>> evaluate(List<CustomerCareFile> customers, LocalDate asOf) {
		return evaluate(customers, asOf, null);
	}

	/**
	 * What the rules find for each customer on the day, in the order of the customers;
	 * the contacts are read for only the customers of those ids, or for every customer
	 * when they are null.
	 */
	List<List<RuledFinding>> evaluate(List<CustomerCareFile> customers, LocalDate asOf, Collection<Long> only) {
		Map<Long, Map<String, LocalDate>> contacts = this.log.lastContacts(asOf, only);
		Map<Long, LocalDate> confirmations = this.log.lastLogisticsConfirmations(asOf, only);
		LocalDate quarterStart = BusinessClock.nextQuarterStart(asOf).minusMonths(3);
		List<CustomerComplianceFact> facts = new ArrayList<>(customers.size());
		for (CustomerCareFile file : customers) {
			Map<String, Integer> daysSince = new HashMap<>();
			contacts.getOrDefault(file.id(), Map.of())
				.forEach((type, last) -> daysSince.put(type, (int) ChronoUnit.DAYS.between(last, asOf)));
			LocalDate confirmed = confirmations.get(file.id());
			facts.add(new CustomerComplianceFact(parts(file), daysSince,
					confirmed != null && !confirmed.isBefore(quarterStart)));
		}
		return this.rules.compliance(facts);
	}

	/**
	 * Whether the customer's file is complete: no finding but on visits and logistics.
	 */
	static boolean completeFile(List<RuledFinding> found) {
		return found.stream().allMatch((finding) -> NOT_FILE.contains(finding.duty()));
	}

	/** Whether the customer is not visited as often as its type requires. */
	static boolean visitOverdue(List<RuledFinding> found) {
		return found.stream().anyMatch((finding) -> "visit".equals(finding.duty()));
	}

	/** Whether the customer's logistics information was not confirmed this quarter. */
	static boolean logisticsStale(List<RuledFinding> found) {
		return found.stream().anyMatch((finding) -> "logistics".equals(finding.duty()));
	}

	private static Tally total(List<CustomerCareFile> customers, List<List<RuledFinding>> found, LocalDate asOf) {
		List<Tally> total = tallies(customers, found, (file) -> "all", asOf);
		return total.isEmpty() ? tally("all", asOf, 0, 0, 0, 0) : total.get(0);
	}

	private static FileParts parts(CustomerCareFile file) {
		return new FileParts(file.customerType(), file.active(), present(file.name()), file.taxNumberProblem(),
				present(file.invoiceAddress()), present(file.bankAccount()), file.contactWithPhone(),
				file.receivingContact());
	}

	private static List<Tally> tallies(List<CustomerCareFile> customers, List<List<RuledFinding>> found,
			Function<CustomerCareFile, String> key, LocalDate asOf) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		for (int i = 0; i < customers.size(); i++) {
			int[] count = counts.computeIfAbsent(key.apply(customers.get(i)), (k) -> new int[4]);
			List<String> duties = found.get(i).stream().map(RuledFinding::duty).toList();
			count[0]++;
			count[1] += duties.stream().anyMatch((duty) -> !NOT_FILE.contains(duty)) ? 0 : 1;
			count[2] += duties.contains("visit") ? 1 : 0;
			count[3] += duties.contains("logistics") ? 1 : 0;
		}
		List<Tally> tallies = new ArrayList<>();
		counts.forEach((k, count) -> tallies.add(tally(k, asOf, count[0], count[1], count[2], count[3])));
		tallies.sort((a, b) -> a.key().compareTo(b.key()));
		return tallies;
	}

	static Tally tally(String key, LocalDate asOf, int active, int complete, int overdue, int stale) {
		BigDecimal share = (active == 0) ? BigDecimal.ONE.setScale(4)
				: BigDecimal.valueOf(complete).divide(BigDecimal.valueOf(active), 4, RoundingMode.HALF_UP);
		return new Tally(key, asOf, active, complete, share, overdue, stale);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	/**
	 * Which customers a report covers: those the reader's part of the organisation holds,
	 * narrowed by the filters asked for; an empty filter narrows nothing.
	 *
	 * @param reader the reader's part of the sales organisation
	 * @param repId only this rep's customers
	 * @param regionId only customers of reps in this region
	 * @param marketId only customers of reps in this market
	 */
	public record Scope(SalesScope reader, String repId, String regionId, String marketId) {

		/** Every customer: the daily check's view. */
		public static Scope everyone() {
			return new Scope(SalesScope.all(), null, null, null);
		}

		/** Whether the rep's customers are in the scope. */
		boolean covers(Member rep) {
			return this.reader.includes(rep.userId(), rep.regionManager(), rep.marketManager())
					&& (this.repId == null || this.repId.equals(rep.repId()))
					&& (this.regionId == null || this.regionId.equals(rep.regionId()))
					&& (this.marketId == null || this.marketId.equals(rep.marketId()));
		}

		/** Whether the scope holds every customer. */
		boolean wholeCompany() {
			return this.reader.everything() && this.repId == null && this.regionId == null && this.marketId == null;
		}

		boolean covers(CustomerCareFile file) {
			return this.reader.includes(file.repUserId(), file.regionManager(), file.marketManager())
					&& (this.regionId == null || this.regionId.equals(file.regionId()))
					&& (this.marketId == null || this.marketId.equals(file.marketId()));
		}

	}

}
