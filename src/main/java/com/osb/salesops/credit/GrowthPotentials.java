package com.osb.salesops.credit;

import java.time.LocalDate;
import java.util.List;

import com.osb.salesops.credit.model.GrowthPotential;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.ForbiddenException;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's growth potential, set by the account's sales manager (the manager of the
 * region of the customer's rep, POLICY section 2). A change is audited and counts from
 * the customer's next evaluation, the quarterly refresh or a refresh started by hand; the
 * limit in force does not move until then.
 */
@Service
public class GrowthPotentials {

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final BusinessClock clock;

	GrowthPotentials(JdbcTemplate jdbc, AuditLog audit, BusinessClock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Change change(String customerCode, GrowthPotential growthPotential, String reason, String by) {
		List<Account> accounts = this.jdbc.query(
				"select c.id, c.growth_potential, g.manager_user_id from customer c join sales_rep r on r.id = c.rep_id"
						+ " join region g on g.id = r.region_id where c.code = ? and c.active = true for update",
				(rs, row) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3)), customerCode);
		if (accounts.isEmpty()) {
			throw NotFoundException.of("no-such-customer-active", "There is no active customer ''{0}''", customerCode);
		}
		Account account = accounts.get(0);
		if (!by.equals(account.manager())) {
			throw ForbiddenException.of("growth-potential-manager-only",
					"Only the account''s sales manager sets the growth potential of {0}{1}", customerCode,
					((account.manager() != null) ? " (" + account.manager() + ")" : ""));
		}
		LocalDate nextEvaluation = BusinessClock.nextQuarterStart(this.clock.today());
		this.jdbc.update("update customer set growth_potential = ? where id = ?", growthPotential.name(), account.id());
		this.audit.record(by, "GROWTH_POTENTIAL_CHANGED", "customer", String.valueOf(account.id()), null,
				account.growthPotential() + " -> " + growthPotential + ": " + reason
						+ "; counts from the next evaluation (the refresh of " + nextEvaluation + " at the latest)");
		return new Change(customerCode, account.growthPotential(), growthPotential.name(), nextEvaluation);
	}

	/**
	 * @param customerCode the customer
	 * @param previous the growth potential before
	 * @param growthPotential the growth potential now set
	 * @param nextRefresh the quarterly refresh at which it counts at the latest
	 */
	public record Change(String customerCode, String previous, String growthPotential, LocalDate nextRefresh) {
	}

	private record Account(long id, String growthPotential, String manager) {
	}

}
