package com.osb.salesops.forecast.process;

import com.osb.salesops.forecast.ForecastSubmissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * Names the manager's approval after the region and the month, and puts the region's
 * reviewed forecasts on it, rep by rep, with their spot-check flags.
 */
@Component
class PrepareRegionApprovalListener implements TaskListener {

	private final ForecastSubmissions submissions;

	PrepareRegionApprovalListener(ForecastSubmissions submissions) {
		this.submissions = submissions;
	}

	@Override
	public void notify(DelegateTask task) {
		String regionId = SalesForecastProcess.REGION_ID.get(task);
		String region = this.submissions.regionMember(regionId).map((m) -> m.regionName()).orElse(regionId);
		task.setName(task.getName() + ": " + region + ", " + SalesForecastProcess.PERIOD.get(task));
		SalesForecastProcess.FORECAST_TEXT.setLocal(task,
				this.submissions.regionText(task.getProcessInstanceId(), regionId));
	}

}
