package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.fulfilment.Fulfilment;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Issues the shipping notice (FHTZ) through the warehouse.
 */
@Component
class IssueShippingNoticeDelegate implements JavaDelegate {

	private final Fulfilment fulfilment;

	IssueShippingNoticeDelegate(Fulfilment fulfilment) {
		this.fulfilment = fulfilment;
	}

	@Override
	public void execute(DelegateExecution execution) {
		SHIPPING_NOTICE.set(execution, this.fulfilment.issueShippingNotice(ORDER_NUMBER.get(execution)));
	}

}
