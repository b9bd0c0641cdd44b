package com.osb.salesops.customercare.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A customer as the compliance rules see it: its type, which parts of its file are
 * present and valid, how long ago its last contact of each type (visit, meeting, call)
 * was held and whether its logistics information was confirmed this quarter. Which types
 * of contact count toward the visit interval is the rules' to say. The rules add a
 * finding for each duty not met. Public with getters, so that the DRL can read and write
 * it.
 */
public class CustomerComplianceFact {

	private final String customerType;

	private final boolean active;

	private final boolean legalName;

	private final boolean taxNumberValid;

	private final String taxNumberProblem;

	private final boolean invoiceAddress;

	private final boolean bankAccount;

	private final boolean contactPhone;

	private final boolean receivingContact;

	private final Map<String, Integer> daysSinceLast;

	private final boolean logisticsConfirmedThisQuarter;

	private final List<Finding> findings = new ArrayList<>();

	/**
	 * @param file the parts of the customer's file
	 * @param daysSinceLast days since the last contact of each type ({@code VISIT},
	 * {@code MEETING}, {@code CALL}); a type without a contact is absent
	 * @param logisticsConfirmedThisQuarter whether the logistics information was
	 * confirmed this quarter
	 */
	public CustomerComplianceFact(FileParts file, Map<String, Integer> daysSinceLast,
			boolean logisticsConfirmedThisQuarter) {
		this.customerType = file.customerType();
		this.active = file.active();
		this.legalName = file.legalName();
		this.taxNumberValid = file.taxNumberProblem() == null;
		this.taxNumberProblem = file.taxNumberProblem();
		this.invoiceAddress = file.invoiceAddress();
		this.bankAccount = file.bankAccount();
		this.contactPhone = file.contactPhone();
		this.receivingContact = file.receivingContact();
		this.daysSinceLast = Map.copyOf(daysSinceLast);
		this.logisticsConfirmedThisQuarter = logisticsConfirmedThisQuarter;
	}

	public String getCustomerType() {
		return this.customerType;
	}

	public boolean isActive() {
		return this.active;
	}

	public boolean isLegalName() {
		return this.legalName;
	}

	public boolean isTaxNumberValid() {
		return this.taxNumberValid;
	}

	public String getTaxNumberProblem() {
		return this.taxNumberProblem;
	}

	public boolean isInvoiceAddress() {
		return this.invoiceAddress;
	}

	public boolean isBankAccount() {
		return this.bankAccount;
	}

	public boolean isContactPhone() {
		return this.contactPhone;
	}

	public boolean isReceivingContact() {
		return this.receivingContact;
	}

	/**
	 * Whether a contact of one of the types was held, the types separated by spaces
	 * ({@code "VISIT MEETING"}).
	 */
	public boolean contacted(String types) {
		return lastOf(types) != null;
	}

	/**
	 * Days since the last contact of one of the types, the types separated by spaces;
	 * {@link Integer#MAX_VALUE} when there was none, so that a customer never contacted
	 * is past every interval.
	 */
	public int daysSinceLast(String types) {
		Integer days = lastOf(types);
		return (days != null) ? days : Integer.MAX_VALUE;
	}

	public boolean isLogisticsConfirmedThisQuarter() {
		return this.logisticsConfirmedThisQuarter;
	}

	/**
	 * The last contact of one of the types in words, for a finding's explanation: "the
	 * last visit was 31 days ago" names the type of that contact.
	 */
	public String lastContactText(String types) {
		String last = null;
		for (String type : types.trim().split("\\s+")) {
			Integer days = this.daysSinceLast.get(type);
			if (days != null && (last == null || days < this.daysSinceLast.get(last))) {
				last = type;
			}
		}
		return (last != null) ? ContactPhrases.last(last, this.daysSinceLast.get(last)) : ContactPhrases.none(types);
	}

	private Integer lastOf(String types) {
		Integer last = null;
		for (String type : types.trim().split("\\s+")) {
			Integer days = this.daysSinceLast.get(type);
			if (days != null && (last == null || days < last)) {
				last = days;
			}
		}
		return last;
	}

	/** Called by a rule: the duty {@code duty} is not met, as the text explains. */
	public void finding(String duty, String explanation) {
		this.findings.add(new Finding(duty, explanation));
	}

	public List<Finding> findings() {
		return List.copyOf(this.findings);
	}

	/**
	 * The parts of a customer file that the rules ask for.
	 *
	 * @param customerType DISTRIBUTOR, DIRECT or KEY_ACCOUNT
	 * @param active whether the account is active
	 * @param legalName whether a legal name is on file
	 * @param taxNumberProblem what is wrong with the unified social credit code,
	 * {@code null} when it is valid
	 * @param invoiceAddress whether an invoicing address is on file
	 * @param bankAccount whether a bank account is on file
	 * @param contactPhone whether a contact with a phone is on file
	 * @param receivingContact whether a delivery address with a receiving contact is on
	 * file
	 */
	public record FileParts(String customerType, boolean active, boolean legalName, String taxNumberProblem,
			boolean invoiceAddress, boolean bankAccount, boolean contactPhone, boolean receivingContact) {
	}

	/**
	 * A duty not met.
	 *
	 * @param duty what is missing or late: a field of the file, {@code visit} or
	 * {@code logistics}
	 * @param explanation the finding in words
	 */
	public record Finding(String duty, String explanation) {
	}

}
