package com.osb.salesops.masterdata;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.masterdata.model.CustomerFile;
import com.osb.salesops.masterdata.model.FileProblem;
import com.osb.salesops.masterdata.model.NameSimilarity;
import com.osb.salesops.masterdata.model.SocialCreditCode;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer accounts: opened, changed, handed to another rep and deactivated, each once
 * approved, and each recorded in the audit trail with who asked in which request.
 */
@Service
public class CustomerAccounts {

	private static final List<String> GROWTH = List.of("HIGH", "MEDIUM", "LOW");

	private final CustomerFiles files;

	private final SalesOrganisation organisation;

	private final AuditLog audit;

	private final BusinessClock clock;

	CustomerAccounts(CustomerFiles files, SalesOrganisation organisation, AuditLog audit, BusinessClock clock) {
		this.files = files;
		this.organisation = organisation;
		this.audit = audit;
		this.clock = clock;
	}

	public Optional<CustomerAccount> find(String code) {
		return this.files.byCode(code);
	}

	/** The customer's e-mail address for invoices and letters, if its file has one. */
	public Optional<String> email(String code) {
		return find(code).map((account) -> account.file().email()).filter((email) -> !email.isBlank());
	}

	/** Every account, or only the given rep's. */
	public List<CustomerAccount> list(String repId) {
		return this.files.all(repId);
	}

	/**
	 * Customers that are probably the same company as the file describes: the same
	 * unified social credit code, or a very similar name. The account being changed is
	 * left out.
	 */
	public List<String> duplicates(CustomerFile file, String exceptCode) {
		String tax = SocialCreditCode.normalize(file.taxNumber());
		List<String> found = new ArrayList<>();
		for (CustomerFiles.Known known : this.files.known()) {
			if (known.code().equals(exceptCode)) {
				continue;
			}
			String state = known.active() ? "" : "-inactive";
			if (!tax.isEmpty() && tax.equals(SocialCreditCode.normalize(known.taxNumber()))) {
				found.add(Messages.inCompanyLanguage("form-text.duplicate-tax-number" + state,
						known.active() ? "{0} {1} (same tax number)" : "{0} {1} (same tax number, inactive)",
						known.code(), known.name()));
			}
			else if (NameSimilarity.similar(file.legalName(), known.name())) {
				found.add(Messages.inCompanyLanguage("form-text.duplicate-name" + state,
						known.active() ? "{0} {1} (similar name)" : "{0} {1} (similar name, inactive)", known.code(),
						known.name()));
			}
		}
		return found;
	}

	/** Checks a file, the rep and the growth potential; every problem at once. */
	public void check(CustomerFile file, String repId, String growthPotential) {
		Map<String, FileProblem> problems = new LinkedHashMap<>(file.codedProblems());
		if (repId != null && this.organisation.userOfActiveRep(repId).isEmpty()) {
			problems.put("repId", FileProblem.of("no-active-rep-id", "There is no active rep {0}", repId));
		}
		if (growthPotential != null && !GROWTH.contains(growthPotential)) {
			problems.put("growthPotential", FileProblem.of("growth-potential", "Choose HIGH, MEDIUM or LOW"));
		}
		if (!problems.isEmpty()) {
			throw new AccountRequestRefused(problems);
		}
	}

	@Transactional
	public CustomerAccount open(CustomerFile file, String repId, String growthPotential, String actor,
			String requestId) {
		check(file, repId, growthPotential);
		CustomerFile stored = normalized(file);
		long id = this.files.insert("NEW-" + UUID.randomUUID().toString().substring(0, 16), repId, growthPotential,
				stored, this.clock.timestamp());
		String code = String.format("C%05d", id);
		for (int suffix = 1; this.files.codeTaken(code); suffix++) {
			code = String.format("C%05d-%d", id, suffix);
		}
		this.files.setCode(id, code);
		this.audit.record(actor, "CUSTOMER_OPENED", "customer", code, requestId,
				stored.legalName() + " / " + stored.taxNumber() + " / rep " + repId + " / growth " + growthPotential);
		return this.files.byCode(code).orElseThrow();
	}

	@Transactional
	public void change(String code, CustomerFile file, String growthPotential, String actor, String requestId) {
		CustomerAccount account = existing(code);
		CustomerFile changed = account.file().changedBy(file);
		check(changed, null, growthPotential);
		this.files.update(account.id(), growthPotential, normalized(changed), this.clock.timestamp());
		this.audit.record(actor, "CUSTOMER_CHANGED", "customer", code, requestId, "before: " + account.file()
				+ " growth " + account.growthPotential() + "; after: " + changed + " growth " + growthPotential);
	}

	@Transactional
	public CustomerAccount reassign(String code, String newRepId, String actor, String requestId) {
		CustomerAccount account = existing(code);
		check(account.file(), newRepId, null);
		this.files.setRep(account.id(), newRepId, this.clock.timestamp());
		this.audit.record(actor, "CUSTOMER_REASSIGNED", "customer", code, requestId,
				"from rep " + account.repId() + " to rep " + newRepId);
		return account;
	}

	@Transactional
	public void deactivate(String code, String reason, String actor, String requestId) {
		CustomerAccount account = existing(code);
		this.files.setActive(account.id(), false, this.clock.timestamp());
		this.audit.record(actor, "CUSTOMER_DEACTIVATED", "customer", code, requestId, reason);
	}

	/** The first invoiced order starts the customer's years as a customer. */
	@Transactional
	public void recordFirstOrder(long customerId, LocalDate orderDate, String orderNumber) {
		if (this.files.firstOrder(customerId, Date.valueOf(orderDate))) {
			this.audit.record(null, "CUSTOMER_FIRST_ORDER", "customer", String.valueOf(customerId), null,
					orderNumber + " of " + orderDate);
		}
	}

	private CustomerAccount existing(String code) {
		return this.files.byCode(code)
			.orElseThrow(() -> new AccountRequestRefused("customerCode",
					FileProblem.of("no-customer-account", "There is no customer {0}", code)));
	}

	private static CustomerFile normalized(CustomerFile file) {
		return new CustomerFile(file.legalName().trim(), SocialCreditCode.normalize(file.taxNumber()),
				file.customerType(), file.invoiceAddress(), file.invoicePhone(), file.bankName(), file.bankAccount(),
				file.email(), file.contacts(), file.deliveryAddresses());
	}

}
