package com.osb.salesops.forecast.process;

import java.util.List;

import com.osb.salesops.forecast.ForecastSubmissions;
import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.shared.security.Roles;

import org.springframework.stereotype.Component;

/**
 * Who works on what in the cycle, for the model's expressions: the submissions and
 * regions of a cycle, the rep of a submission, the manager of a region (the sales
 * directors when the region names none).
 */
@Component("forecastTasks")
public class ForecastTasks {

	private final ForecastSubmissions submissions;

	ForecastTasks(ForecastSubmissions submissions) {
		this.submissions = submissions;
	}

	public List<String> submissions(String processInstanceId, String regionId) {
		return this.submissions.submissionIds(processInstanceId, regionId);
	}

	public List<String> regions(String processInstanceId) {
		return this.submissions.regionIds(processInstanceId);
	}

	public String userOf(String submissionId) {
		return this.submissions.submission(Long.parseLong(submissionId))
			.map((submission) -> this.submissions.member(submission.repId()).userId())
			.orElseThrow(() -> new IllegalStateException("No forecast submission " + submissionId));
	}

	public List<String> regionApprovers(String regionId) {
		String manager = this.submissions.regionMember(regionId).map(SalesTeams.Member::regionManager).orElse(null);
		return (manager != null) ? List.of(manager) : List.of();
	}

	public List<String> regionApproverGroups(String regionId) {
		return regionApprovers(regionId).isEmpty() ? List.of(Roles.SALES_DIRECTOR) : List.of();
	}

}
