package com.osb.salesops.forecast.process;

import com.osb.salesops.forecast.ForecastSubmissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * Records the manager's approval of the region: its forecasts are frozen from now on.
 */
@Component
class RecordRegionApprovalListener implements TaskListener {

	private final ForecastSubmissions submissions;

	RecordRegionApprovalListener(ForecastSubmissions submissions) {
		this.submissions = submissions;
	}

	@Override
	public void notify(DelegateTask task) {
		this.submissions.approveRegion(task.getProcessInstanceId(), SalesForecastProcess.REGION_ID.get(task),
				SalesForecastProcess.APPROVAL_COMMENT.get(task), SalesForecastProcess.actor(task));
	}

}
