package com.osb.salesops.customercare.api;

import java.util.List;

import com.osb.salesops.masterdata.SalesOrganisation;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.security.SalesScope;

import org.springframework.stereotype.Component;

/**
 * Whose customers a reader of the customer care reports sees: sales ops, the general
 * manager and the sales assistants (who make the callbacks) every rep's; a sales director
 * their market's, a sales manager their team's, a rep their own.
 */
@Component
class CustomerCareReaders {

	private static final List<String> SEE_EVERY_REP = List.of(Roles.SALES_OPS, Roles.GENERAL_MANAGER,
			Roles.SALES_ASSISTANT);

	private final CurrentUser user;

	private final SalesOrganisation organisation;

	CustomerCareReaders(CurrentUser user, SalesOrganisation organisation) {
		this.user = user;
		this.organisation = organisation;
	}

	/** The caller's part of the sales organisation. */
	SalesScope of() {
		return SalesScope.of(this.user.id(), this.user.roles(), SEE_EVERY_REP);
	}

	/** Whether the rep is in the reader's part of the organisation. */
	boolean covers(SalesScope reader, String repId) {
		if (reader.everything()) {
			return true;
		}
		return this.organisation.userOfRep(repId)
			.filter((repUser) -> reader.includes(repUser, this.organisation.managerOfRep(repId).orElse(null),
					this.organisation.directorOfRep(repId).orElse(null)))
			.isPresent();
	}

}
