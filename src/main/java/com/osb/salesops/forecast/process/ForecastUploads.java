package com.osb.salesops.forecast.process;

import java.util.List;

import com.osb.salesops.forecast.ForecastRefused;
import com.osb.salesops.forecast.ForecastSubmissions;
import com.osb.salesops.forecast.StoredLine;
import com.osb.salesops.forecast.Submission;
import com.osb.salesops.masterdata.SalesOrganisation;
import com.osb.salesops.shared.process.SystemActions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A rep's forecast uploaded as CSV: taken for the rep's open submission of the month and
 * its task completed, both or neither.
 */
@Component
public class ForecastUploads {

	private final ForecastSubmissions submissions;

	private final SalesOrganisation organisation;

	private final TaskService taskService;

	private final SystemActions system;

	ForecastUploads(ForecastSubmissions submissions, SalesOrganisation organisation, TaskService taskService,
			SystemActions system) {
		this.submissions = submissions;
		this.organisation = organisation;
		this.taskService = taskService;
		this.system = system;
	}

	/**
	 * @return the submission taken and its lines, or empty when the user has no forecast
	 * of the month to submit
	 * @throws ForecastRefused naming every bad line and column
	 */
	@Transactional
	public java.util.Optional<Uploaded> upload(String period, String userId, String csv) {
		var submission = this.organisation.repOfUser(userId)
			.flatMap((repId) -> this.submissions.openSubmission(period, repId));
		if (submission.isEmpty()) {
			return java.util.Optional.empty();
		}
		Submission open = submission.get();
		Task task = this.system.run(() -> this.taskService.createTaskQuery()
			.processInstanceId(open.processInstanceId())
			.taskDefinitionKeyIn(SalesForecastProcess.TASK_SUBMIT, SalesForecastProcess.TASK_REVISE)
			.list()
			.stream()
			.filter((candidate) -> String.valueOf(open.id())
				.equals(this.taskService.getVariable(candidate.getId(), SalesForecastProcess.SUBMISSION_ID.name())))
			.findFirst()
			.orElse(null));
		if (task == null) {
			return java.util.Optional.empty();
		}
		List<StoredLine> lines = this.submissions.submit(open.id(), csv, "CSV", userId);
		this.system.run(() -> {
			this.taskService.complete(task.getId());
			return null;
		});
		return java.util.Optional.of(new Uploaded(open, lines));
	}

	/** A submission taken from an upload, with its spot-checked lines. */
	public record Uploaded(Submission submission, List<StoredLine> lines) {
	}

}
