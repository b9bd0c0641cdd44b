package com.osb.salesops.masterdata.process;

import com.osb.salesops.credit.CreditRating;
import com.osb.salesops.masterdata.CustomerAccount;
import com.osb.salesops.masterdata.CustomerAccounts;
import com.osb.salesops.masterdata.SalesOrganisation;
import com.osb.salesops.ordertocash.process.OrderHandover;
import com.osb.salesops.shared.time.BusinessClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.masterdata.process.CustomerAccountProcess.*;

/**
 * Carries out an approved request: opens the account and rates it by the credit rules,
 * changes the file, hands the account and its open orders to the new rep, or deactivates
 * it.
 */
@Component
class ApplyAccountRequestDelegate implements JavaDelegate {

	private final CustomerAccounts accounts;

	private final SalesOrganisation organisation;

	private final CreditRating rating;

	private final OrderHandover orders;

	private final BusinessClock clock;

	ApplyAccountRequestDelegate(CustomerAccounts accounts, SalesOrganisation organisation, CreditRating rating,
			OrderHandover orders, BusinessClock clock) {
		this.accounts = accounts;
		this.organisation = organisation;
		this.rating = rating;
		this.orders = orders;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String request = execution.getProcessInstanceId();
		String actor = REVIEWED_BY.get(execution);
		String code = CUSTOMER_CODE.get(execution);
		switch (REQUEST_TYPE.get(execution)) {
			case "OPEN" -> {
				CustomerAccount opened = this.accounts.open(CustomerFileVariables.read(execution),
						REP_ID.get(execution).trim(), GROWTH_POTENTIAL.get(execution), actor, request);
				this.rating.refresh(opened.id(), this.clock.today(), request);
				CUSTOMER_CODE.set(execution, opened.code());
			}
			case "CHANGE" -> this.accounts.change(code, CustomerFileVariables.read(execution),
					GROWTH_POTENTIAL.get(execution), actor, request);
			case "REASSIGN" -> reassign(code, NEW_REP_ID.get(execution).trim(), actor, request);
			default -> this.accounts.deactivate(code, REASON.get(execution), actor, request);
		}
	}

	private void reassign(String code, String newRepId, String actor, String request) {
		CustomerAccount before = this.accounts.reassign(code, newRepId, actor, request);
		this.orders.handOver(before.id(), this.organisation.userOfRep(before.repId()).orElse(""), newRepId,
				this.organisation.userOfActiveRep(newRepId).orElseThrow(), actor, request);
	}

}
