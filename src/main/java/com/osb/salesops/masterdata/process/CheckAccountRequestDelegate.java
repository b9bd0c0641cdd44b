package com.osb.salesops.masterdata.process;

import com.osb.salesops.masterdata.AccountRequestRefused;
import com.osb.salesops.masterdata.AccountRequests;
import com.osb.salesops.masterdata.AccountRequests.Checked;
import com.osb.salesops.masterdata.AccountRequests.Request;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.masterdata.process.CustomerAccountProcess.*;

/**
 * Checks the request before the sales manager sees it and flags customers that look like
 * the same company. A request with a problem is refused at once and nothing is kept.
 */
@Component
class CheckAccountRequestDelegate implements JavaDelegate {

	private final AccountRequests requests;

	CheckAccountRequestDelegate(AccountRequests requests) {
		this.requests = requests;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Request request = new Request(REQUEST_TYPE.get(execution), CUSTOMER_CODE.get(execution),
				CustomerFileVariables.read(execution), REP_ID.get(execution), NEW_REP_ID.get(execution),
				REASON.get(execution), REQUESTED_BY.get(execution));
		Checked checked;
		try {
			checked = this.requests.check(request, execution.getProcessInstanceId());
		}
		catch (AccountRequestRefused refused) {
			throw RequestProblems.of(refused);
		}
		CUSTOMER_CODE.set(execution, CustomerFileVariables.shown(checked.customerCode()));
		CustomerFileVariables.write(execution, checked.file());
		REP_ID.set(execution, checked.repId());
		NEW_REP_ID.set(execution, CustomerFileVariables.shown(NEW_REP_ID.get(execution)));
		REASON.set(execution, CustomerFileVariables.shown(REASON.get(execution)));
		if (GROWTH_POTENTIAL.get(execution) == null) {
			GROWTH_POTENTIAL.set(execution, checked.growthPotential());
		}
		DUPLICATE_FLAGGED.set(execution, !checked.duplicates().isEmpty());
		DUPLICATES.set(execution, String.join("\n", checked.duplicates()));
	}

}
