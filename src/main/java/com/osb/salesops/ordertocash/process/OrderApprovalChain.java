package com.osb.salesops.ordertocash.process;

import java.util.List;

import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.Messages;

import org.springframework.stereotype.Component;

/**
 * The approval chain of POLICY section 3 step 4: sales manager, then sales director, then
 * general manager, up to the level the decision order-approval-level names.
 */
@Component("orderApprovalChain")
public class OrderApprovalChain {

	private static final List<String> LEVELS = List.of("SALES_MANAGER", "SALES_DIRECTOR", "GENERAL_MANAGER");

	private static final List<String> GROUPS = List.of(Roles.SALES_MANAGER, Roles.SALES_DIRECTOR,
			Roles.GENERAL_MANAGER);

	/** The groups that approve in turn, for an approval level. */
	public List<String> groupsUpTo(String approvalLevel) {
		int last = LEVELS.indexOf(approvalLevel);
		if (last < 0) {
			throw new IllegalArgumentException(
					Messages.incident("unknown-approval-level", "Unknown approval level ''{0}''", approvalLevel));
		}
		return GROUPS.subList(0, last + 1);
	}

}
