package com.osb.salesops.ordertocash.process;

import com.osb.salesops.integration.warehouse.OutOfStockException;
import com.osb.salesops.ordertocash.fulfilment.Fulfilment;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.ERROR_OUT_OF_STOCK;
import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.ORDER_NUMBER;
import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.SHORT_SKUS;

/**
 * Reserves the order's stock; a shortage is a business outcome the model routes to the
 * assistant, while a technical fault is left to the retry cycle.
 */
@Component
class ReserveStockDelegate implements JavaDelegate {

	private final Fulfilment fulfilment;

	ReserveStockDelegate(Fulfilment fulfilment) {
		this.fulfilment = fulfilment;
	}

	@Override
	public void execute(DelegateExecution execution) {
		try {
			this.fulfilment.reserve(ORDER_NUMBER.get(execution));
		}
		catch (OutOfStockException ex) {
			SHORT_SKUS.set(execution, String.join(", ", ex.skus()));
			throw new BpmnError(ERROR_OUT_OF_STOCK,
					Messages.incident("out-of-stock", "Not enough stock for {0}", String.join(", ", ex.skus())));
		}
	}

}
