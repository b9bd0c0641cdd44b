package com.osb.salesops.customercare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.osb.salesops.customercare.ComplianceStore.CustomerDay;
import com.osb.salesops.customercare.ComplianceStore.FindingRow;
import com.osb.salesops.customercare.ComplianceStore.Stamp;
import com.osb.salesops.customercare.rules.CustomerCareRules;
import com.osb.salesops.customercare.rules.CustomerCareRules.RuledFinding;
import com.osb.salesops.masterdata.CustomerCareFile;
import com.osb.salesops.masterdata.CustomerCareFiles;
import com.osb.salesops.masterdata.CustomerFileChanged;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps what the compliance rules find for each active customer, today and at the end of
 * each of the 12 weeks before, so that the compliance report reads counts. A customer is
 * found again, for all 13 days, in the transaction that records a contact with it or
 * writes its file, just before it commits; every customer when the business day or the
 * rules changed, before the report is next read (and within a minute of the change by a
 * check in the background). The rows therefore always say what the rules would say now.
 * Customers written outside the master-data code (a data load) are followed by
 * {@link #refreshAll()}.
 */
@Service
public class ComplianceSummary {

	/** The weeks of the trend before the report's day. */
	static final int TREND_WEEKS = 12;

	private static final int MANY = 1000;

	private final ComplianceReports reports;

	private final CustomerCareFiles files;

	private final ComplianceStore store;

	private final CustomerCareRules rules;

	private final BusinessClock clock;

	private final TransactionTemplate transaction;

	ComplianceSummary(ComplianceReports reports, CustomerCareFiles files, ComplianceStore store,
			CustomerCareRules rules, BusinessClock clock, PlatformTransactionManager transactions) {
		this.reports = reports;
		this.files = files;
		this.store = store;
		this.rules = rules;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * The day the rows stand for, today: found again for every customer first when the
	 * business day or the rules changed since they were written.
	 */
	LocalDate current() {
		LocalDate today = this.clock.today();
		String version = this.rules.version();
		if (!fresh(this.store.stamp(false), today, version)) {
			this.transaction.executeWithoutResult((status) -> {
				if (!fresh(this.store.stamp(true), today, version)) {
					refresh(today, version);
				}
			});
		}
		return today;
	}

	/** Finds every active customer again, after a data load. */
	public void refreshAll() {
		this.transaction.executeWithoutResult((status) -> {
			this.store.stamp(true);
			refresh(this.clock.today(), this.rules.version());
		});
	}

	/**
	 * The customer's file or contacts changed: it is found again just before the
	 * transaction commits (at once when there is none), once however often it changed.
	 */
	public void changed(long customerId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.transaction.executeWithoutResult((status) -> recompute(Set.of(customerId)));
			return;
		}
		@SuppressWarnings("unchecked")
		Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			Set<Long> customers = new LinkedHashSet<>();
			TransactionSynchronizationManager.bindResource(this, customers);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ComplianceSummary.this);
					recompute(customers);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ComplianceSummary.this);
				}
			});
			pending = customers;
		}
		pending.add(customerId);
	}

	@EventListener
	void fileChanged(CustomerFileChanged event) {
		changed(event.customerId());
	}

	@Scheduled(initialDelayString = "${salesops.customer-care.summary-check:PT1M}",
			fixedDelayString = "${salesops.customer-care.summary-check:PT1M}")
	void keepCurrent() {
		current();
	}

	private static boolean fresh(Stamp stamp, LocalDate today, String version) {
		return today.equals(stamp.asOf()) && version.equals(stamp.rulesVersion());
	}

	private void refresh(LocalDate today, String version) {
		List<CustomerCareFile> customers = this.files.list(null).stream().filter(CustomerCareFile::active).toList();
		Found found = find(customers, today, null);
		this.store.replace(null, found.days(), found.findings());
		this.store.recount(null);
		this.store.stamp(today, version, this.clock.timestamp());
	}

	/**
	 * Finds the customers again, unless the rows stand for another day or rules: then the
	 * next reading finds every customer again anyway. Many customers at once (an import)
	 * are found again with all the others.
	 */
	private void recompute(Collection<Long> customerIds) {
		Stamp stamp = this.store.stamp(true);
		LocalDate today = this.clock.today();
		String version = this.rules.version();
		if (!fresh(stamp, today, version)) {
			return;
		}
		if (customerIds.size() > MANY) {
			refresh(today, version);
			return;
		}
		Set<String> reps = new LinkedHashSet<>(this.store.repsOf(customerIds));
		List<CustomerCareFile> customers = this.files.byIds(customerIds)
			.stream()
			.filter(CustomerCareFile::active)
			.toList();
		customers.forEach((customer) -> reps.add(customer.repId()));
		Found found = find(customers, today, customerIds);
		this.store.replace(customerIds, found.days(), found.findings());
		this.store.recount(reps);
	}

	private Found find(List<CustomerCareFile> customers, LocalDate today, Collection<Long> only) {
		List<CustomerDay> days = new ArrayList<>(customers.size() * (TREND_WEEKS + 1));
		List<FindingRow> findings = new ArrayList<>();
		for (int week = 0; week <= TREND_WEEKS; week++) {
			LocalDate day = today.minusWeeks(week);
			List<List<RuledFinding>> found = this.reports.evaluate(customers, day, only);
			for (int i = 0; i < customers.size(); i++) {
				CustomerCareFile file = customers.get(i);
				List<RuledFinding> duties = found.get(i);
				days.add(new CustomerDay(file.id(), day, file.repId(), ComplianceReports.completeFile(duties),
						ComplianceReports.visitOverdue(duties), ComplianceReports.logisticsStale(duties),
						duties.size()));
				for (int position = 0; week == 0 && position < duties.size(); position++) {
					RuledFinding duty = duties.get(position);
					findings.add(new FindingRow(file.id(), position, file.repId(), file.code(), file.name(),
							duties.size(), duty.duty(), duty.rule(), duty.explanation()));
				}
			}
		}
		return new Found(days, findings);
	}

	private record Found(List<CustomerDay> days, List<FindingRow> findings) {
	}

}
