package com.osb.salesops.masterdata.api;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request on a customer account, with the fields of the request form: the customer file
 * with its contacts and delivery addresses (several separated by {@code |} in each
 * field). A change leaves empty what stays as it is.
 */
record AccountRequestBody(
		@NotNull(message = "choose OPEN, CHANGE, REASSIGN or DEACTIVATE") @Pattern(
				regexp = "OPEN|CHANGE|REASSIGN|DEACTIVATE",
				message = "choose OPEN, CHANGE, REASSIGN or DEACTIVATE") String requestType,
		@Size(max = 20) String customerCode, @Size(max = 200) String legalName, @Size(max = 18) String taxNumber,
		@Pattern(regexp = "DISTRIBUTOR|DIRECT|KEY_ACCOUNT",
				message = "choose DISTRIBUTOR, DIRECT or KEY_ACCOUNT") String customerType,
		@Size(max = 500) String invoiceAddress, @Size(max = 50) String invoicePhone, @Size(max = 200) String bankName,
		@Size(max = 50) String bankAccount, @Size(max = 200) @Email String email, @Size(max = 2000) String contactName,
		@Size(max = 2000) String contactPhone, @Size(max = 2000) String contactEmail,
		@Size(max = 2000) String deliveryAddress, @Size(max = 2000) String receivingContact,
		@Size(max = 2000) String receivingPhone, @Size(max = 2000) String unloadingHours,
		@Size(max = 2000) String preferredCarrier, @Size(max = 20) String repId, @Size(max = 20) String newRepId,
		@Size(max = 1000) String reason) {

	/** The request as process variables, leaving out what is not given. */
	Map<String, Object> variables() {
		Map<String, Object> variables = new HashMap<>();
		put(variables, "requestType", this.requestType);
		put(variables, "customerCode", this.customerCode);
		put(variables, "legalName", this.legalName);
		put(variables, "taxNumber", this.taxNumber);
		put(variables, "customerType", this.customerType);
		put(variables, "invoiceAddress", this.invoiceAddress);
		put(variables, "invoicePhone", this.invoicePhone);
		put(variables, "bankName", this.bankName);
		put(variables, "bankAccount", this.bankAccount);
		put(variables, "email", this.email);
		put(variables, "contactName", this.contactName);
		put(variables, "contactPhone", this.contactPhone);
		put(variables, "contactEmail", this.contactEmail);
		put(variables, "deliveryAddress", this.deliveryAddress);
		put(variables, "receivingContact", this.receivingContact);
		put(variables, "receivingPhone", this.receivingPhone);
		put(variables, "unloadingHours", this.unloadingHours);
		put(variables, "preferredCarrier", this.preferredCarrier);
		put(variables, "repId", this.repId);
		put(variables, "newRepId", this.newRepId);
		put(variables, "reason", this.reason);
		return variables;
	}

	private static void put(Map<String, Object> variables, String name, String value) {
		if (value != null) {
			variables.put(name, value);
		}
	}

}
