package com.osb.salesops.masterdata.process;

import com.osb.salesops.masterdata.AccountRequests;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.masterdata.process.CustomerAccountProcess.*;

/**
 * Records who rejected a request and why; the account stays as it was.
 */
@Component
class RecordAccountRejectionDelegate implements JavaDelegate {

	private final AccountRequests requests;

	RecordAccountRejectionDelegate(AccountRequests requests) {
		this.requests = requests;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean byFinance = "REJECT".equals(TERMS_DECISION.get(execution));
		String code = CustomerFileVariables.value(CUSTOMER_CODE.get(execution));
		String subject = (code != null) ? code : CustomerFileVariables.LEGAL_NAME.get(execution);
		this.requests.rejected(REQUEST_TYPE.get(execution), subject,
				byFinance ? TERMS_CONFIRMED_BY.get(execution) : REVIEWED_BY.get(execution),
				byFinance ? TERMS_COMMENT.get(execution) : REVIEW_COMMENT.get(execution),
				execution.getProcessInstanceId());
	}

}
