package com.osb.salesops.returns.process;

import com.osb.salesops.returns.ReturnSettlement;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

import static com.osb.salesops.returns.process.OrderReturnProcess.*;

/** Starts the keeper's inspection from every returned unit back to stock. */
@Component
class PrepareInspectionListener implements TaskListener {

	private final ReturnSettlement settlement;

	PrepareInspectionListener(ReturnSettlement settlement) {
		this.settlement = settlement;
	}

	@Override
	public void notify(DelegateTask task) {
		if (INSPECTION.get(task) == null) {
			INSPECTION.set(task, this.settlement.inspectionSheet(RETURN_NUMBER.get(task)));
		}
	}

}
