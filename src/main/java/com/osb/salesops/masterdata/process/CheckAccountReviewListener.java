package com.osb.salesops.masterdata.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.masterdata.AccountRequestRefused;
import com.osb.salesops.masterdata.SalesOrganisation;
import com.osb.salesops.masterdata.model.FileProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

import static com.osb.salesops.masterdata.process.CustomerAccountProcess.*;

/**
 * The sales manager approves, sends back or rejects, with a reason unless approving a
 * request nobody flagged; sets the growth potential and confirms the rep of a new
 * account; and never decides on their own request.
 */
@Component
class CheckAccountReviewListener implements TaskListener {

	private static final List<String> DECISIONS = List.of("APPROVE", "SEND_BACK", "REJECT");

	private final SalesOrganisation organisation;

	CheckAccountReviewListener(SalesOrganisation organisation) {
		this.organisation = organisation;
	}

	@Override
	public void notify(DelegateTask task) {
		Map<String, FileProblem> problems = new LinkedHashMap<>();
		String decision = REVIEW_DECISION.get(task);
		String comment = REVIEW_COMMENT.get(task);
		boolean flagged = Boolean.TRUE.equals(DUPLICATE_FLAGGED.get(task));
		if (!DECISIONS.contains(decision)) {
			problems.put("reviewDecision",
					FileProblem.of("account-review-decision", "Choose APPROVE, SEND_BACK or REJECT"));
		}
		else if ((!"APPROVE".equals(decision) || flagged) && (comment == null || comment.isBlank())) {
			problems.put("reviewComment",
					flagged ? FileProblem.of("not-a-duplicate",
							"Say why this is not a duplicate of the customers flagged")
							: FileProblem.of("request-wrong", "Say what is wrong with the request"));
		}
		if ("APPROVE".equals(decision) && !List.of("HIGH", "MEDIUM", "LOW").contains(GROWTH_POTENTIAL.get(task))) {
			problems.put("growthPotential",
					FileProblem.of("set-growth-potential", "Set the growth potential: HIGH, MEDIUM or LOW"));
		}
		String rep = REP_ID.get(task);
		if ("APPROVE".equals(decision) && "OPEN".equals(REQUEST_TYPE.get(task))
				&& (rep == null || this.organisation.userOfActiveRep(rep.trim()).isEmpty())) {
			problems.put("repId", FileProblem.of("confirm-rep", "Confirm an active rep for the customer"));
		}
		Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		String reviewer = (user != null) ? user.getUserId() : task.getAssignee();
		if (reviewer != null && reviewer.equals(REQUESTED_BY.get(task))) {
			problems.put("reviewDecision",
					FileProblem.of("own-request", "You made this request; another sales manager must decide on it"));
		}
		if (!problems.isEmpty()) {
			throw RequestProblems.of(new AccountRequestRefused(problems));
		}
		REVIEWED_BY.set(task, reviewer);
	}

}
