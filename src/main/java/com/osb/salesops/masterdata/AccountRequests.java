package com.osb.salesops.masterdata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.masterdata.model.AccountRequestType;
import com.osb.salesops.masterdata.model.CustomerFile;
import com.osb.salesops.masterdata.model.FileProblem;
import com.osb.salesops.shared.audit.AuditLog;

import org.springframework.stereotype.Service;

/**
 * Checks a request on a customer account before anyone approves it: the request is
 * complete, the requester may make it, and customers that look like the same company are
 * named. A change fills the fields it leaves empty from the file as it stands.
 */
@Service
public class AccountRequests {

	private final CustomerAccounts accounts;

	private final SalesOrganisation organisation;

	private final AuditLog audit;

	AccountRequests(CustomerAccounts accounts, SalesOrganisation organisation, AuditLog audit) {
		this.accounts = accounts;
		this.organisation = organisation;
		this.audit = audit;
	}

	/**
	 * Checks a request; with the id of the request (its process instance) the duplicates
	 * found are recorded in the audit trail, without it the check changes nothing.
	 */
	public Checked check(Request request, String requestId) {
		AccountRequestType type = type(request.type());
		String requesterRep = this.organisation.repOfUser(request.requestedBy()).orElse(null);
		if (type == AccountRequestType.OPEN) {
			String repId = blank(request.repId()) ? requesterRep : request.repId().trim();
			if (repId == null) {
				throw new AccountRequestRefused("repId",
						FileProblem.of("request-rep", "Name the rep who will look after the customer"));
			}
			this.accounts.check(request.file(), repId, null);
			return flagged(
					new Checked(null, request.file(), repId, "MEDIUM", this.accounts.duplicates(request.file(), null)),
					request, requestId);
		}
		CustomerAccount account = this.accounts.find(blank(request.customerCode()) ? "" : request.customerCode().trim())
			.filter((found) -> found.active() || type == AccountRequestType.CHANGE)
			.orElseThrow(() -> new AccountRequestRefused("customerCode", FileProblem.of("form-no-active-customer",
					"There is no active customer with the code ''{0}''", request.customerCode())));
		if (requesterRep != null && !requesterRep.equals(account.repId())) {
			throw new AccountRequestRefused("customerCode",
					FileProblem.of("not-your-customer-account", "Customer {0} is not yours", account.code()));
		}
		return switch (type) {
			case CHANGE -> changed(account, request, requestId);
			case REASSIGN -> reassigned(account, request);
			default -> deactivated(account, request);
		};
	}

	/** Records that a request was rejected, by whom and why. */
	public void rejected(String type, String subject, String decidedBy, String comment, String requestId) {
		this.audit.record(decidedBy, "CUSTOMER_REQUEST_REJECTED", "customer-request", requestId, requestId,
				type + " " + subject + ": " + comment);
	}

	private Checked changed(CustomerAccount account, Request request, String requestId) {
		CustomerFile file = account.file().changedBy(request.file());
		this.accounts.check(file, null, null);
		return flagged(new Checked(account.code(), file, account.repId(), account.growthPotential(),
				this.accounts.duplicates(file, account.code())), request, requestId);
	}

	private Checked reassigned(CustomerAccount account, Request request) {
		Map<String, FileProblem> problems = new LinkedHashMap<>();
		if (blank(request.newRepId()) || this.organisation.userOfActiveRep(request.newRepId().trim()).isEmpty()) {
			problems.put("newRepId",
					FileProblem.of("request-new-rep", "Name the active rep who takes the customer over"));
		}
		else if (request.newRepId().trim().equals(account.repId())) {
			problems.put("newRepId", FileProblem.of("already-with-rep", "Customer {0} is already with rep {1}",
					account.code(), account.repId()));
		}
		requireReason(request, problems);
		return new Checked(account.code(), account.file(), account.repId(), account.growthPotential(), List.of());
	}

	private Checked deactivated(CustomerAccount account, Request request) {
		requireReason(request, new LinkedHashMap<>());
		return new Checked(account.code(), account.file(), account.repId(), account.growthPotential(), List.of());
	}

	private Checked flagged(Checked checked, Request request, String requestId) {
		if (!checked.duplicates().isEmpty() && requestId != null) {
			this.audit.record(request.requestedBy(), "CUSTOMER_DUPLICATE_FLAGGED", "customer-request", requestId,
					requestId, request.file().legalName() + " resembles " + String.join("; ", checked.duplicates()));
		}
		return checked;
	}

	private static void requireReason(Request request, Map<String, FileProblem> problems) {
		if (blank(request.reason())) {
			problems.put("reason", FileProblem.of("request-reason", "Say why"));
		}
		if (!problems.isEmpty()) {
			throw new AccountRequestRefused(problems);
		}
	}

	private static AccountRequestType type(String type) {
		try {
			return AccountRequestType.valueOf((type != null) ? type.trim() : "");
		}
		catch (IllegalArgumentException ex) {
			throw new AccountRequestRefused("requestType",
					FileProblem.of("request-type", "Choose OPEN, CHANGE, REASSIGN or DEACTIVATE"));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * @param type OPEN, CHANGE, REASSIGN or DEACTIVATE
	 * @param customerCode the account, except when opening one
	 * @param file the customer file as the request gives it
	 * @param repId the rep for a new account (the requester's own when empty)
	 * @param newRepId the rep who takes the account over
	 * @param reason why, for a reassignment or a deactivation
	 * @param requestedBy the user who asks
	 */
	public record Request(String type, String customerCode, CustomerFile file, String repId, String newRepId,
			String reason, String requestedBy) {
	}

	/**
	 * @param customerCode the account, null when opening one
	 * @param file the file the approvers see
	 * @param repId the rep who has (or will have) the account
	 * @param growthPotential the growth potential as it stands
	 * @param duplicates customers that look like the same company
	 */
	public record Checked(String customerCode, CustomerFile file, String repId, String growthPotential,
			List<String> duplicates) {
	}

}
