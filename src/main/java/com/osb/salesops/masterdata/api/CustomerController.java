package com.osb.salesops.masterdata.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.masterdata.AccountRequestRefused;
import com.osb.salesops.masterdata.AccountRequests.Checked;
import com.osb.salesops.masterdata.AccountRequests.Request;
import com.osb.salesops.masterdata.AccountRequests;
import com.osb.salesops.masterdata.CustomerAccount;
import com.osb.salesops.masterdata.CustomerAccounts;
import com.osb.salesops.masterdata.SalesOrganisation;
import com.osb.salesops.masterdata.model.Contact;
import com.osb.salesops.masterdata.model.CustomerFile;
import com.osb.salesops.masterdata.model.DeliveryAddress;
import com.osb.salesops.masterdata.model.FileProblem;
import com.osb.salesops.masterdata.model.ListedValues.Listed;
import com.osb.salesops.masterdata.model.ListedValues;
import com.osb.salesops.masterdata.process.AccountRequestStarter;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.NotFoundException;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer accounts: a rep sees their own customers, the back office and management all
 * of them. Opening, changing, handing over or deactivating an account is a request that
 * the sales manager (and, for a new account, finance) approves in Tasklist.
 */
@RestController
class CustomerController {

	private static final List<String> SEE_ALL = List.of(Roles.SALES_OPS, Roles.FINANCE, Roles.SALES_ASSISTANT,
			Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER);

	private static final List<String> READERS = List.of(Roles.SALES_OPS, Roles.FINANCE, Roles.SALES_ASSISTANT,
			Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER, Roles.SALES_REP);

	private static final List<String> REQUESTERS = List.of(Roles.SALES_REP, Roles.SALES_MANAGER, Roles.SALES_OPS);

	private final CustomerAccounts accounts;

	private final AccountRequests requests;

	private final AccountRequestStarter starter;

	private final SalesOrganisation organisation;

	private final CurrentUser user;

	CustomerController(CustomerAccounts accounts, AccountRequests requests, AccountRequestStarter starter,
			SalesOrganisation organisation, CurrentUser user) {
		this.accounts = accounts;
		this.requests = requests;
		this.starter = starter;
		this.organisation = organisation;
		this.user = user;
	}

	@GetMapping("/api/customers")
	List<CustomerAccount> list() {
		this.user.requireAnyRole(READERS);
		return seesAll() ? this.accounts.list(null) : this.accounts.list(ownRep());
	}

	@GetMapping("/api/customers/{code}")
	CustomerAccount one(@PathVariable String code) {
		this.user.requireAnyRole(READERS);
		return this.accounts.find(code)
			.filter((account) -> seesAll() || account.repId().equals(ownRep()))
			.orElseThrow(() -> NotFoundException.of("no-such-own-customer", "There is no customer {0} of yours", code));
	}

	@PostMapping("/api/customers/requests")
	ResponseEntity<Map<String, Object>> request(@Valid @RequestBody AccountRequestBody body) {
		this.user.requireAnyRole(REQUESTERS);
		try {
			Checked checked = this.requests.check(new Request(body.requestType(), body.customerCode(), file(body),
					body.repId(), body.newRepId(), body.reason(), this.user.id()), null);
			String id = this.starter.start(body.variables());
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(Map.of("requestId", id, "duplicates", checked.duplicates()));
		}
		catch (AccountRequestRefused refused) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "request-refused",
					"The request cannot be made as it is",
					refused.codedProblems()
						.entrySet()
						.stream()
						.map((problem) -> new FieldError(problem.getKey(),
								AccountRequestRefused.text(problem.getValue()), problem.getValue().code()))
						.toList());
		}
	}

	private boolean seesAll() {
		return this.user.hasRole(Roles.ADMIN) || SEE_ALL.stream().anyMatch(this.user::hasRole);
	}

	private String ownRep() {
		return this.organisation.repOfUser(this.user.id()).orElse("");
	}

	private static CustomerFile file(AccountRequestBody body) {
		Listed<Contact> contacts = ListedValues.contacts(body.contactName(), body.contactPhone(), body.contactEmail());
		Listed<DeliveryAddress> addresses = ListedValues.addresses(body.deliveryAddress(), body.receivingContact(),
				body.receivingPhone(), body.unloadingHours(), body.preferredCarrier());
		Map<String, FileProblem> problems = new LinkedHashMap<>(contacts.codedProblems());
		problems.putAll(addresses.codedProblems());
		if (!problems.isEmpty()) {
			throw new AccountRequestRefused(problems);
		}
		return new CustomerFile(body.legalName(), body.taxNumber(), body.customerType(), body.invoiceAddress(),
				body.invoicePhone(), body.bankName(), body.bankAccount(), body.email(), contacts.values(),
				addresses.values());
	}

}
