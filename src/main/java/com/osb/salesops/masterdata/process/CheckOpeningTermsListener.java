package com.osb.salesops.masterdata.process;

import com.osb.salesops.masterdata.AccountRequestRefused;
import com.osb.salesops.masterdata.model.FileProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

import static com.osb.salesops.masterdata.process.CustomerAccountProcess.*;

/**
 * Finance confirms the opening terms, or rejects the account with a reason.
 */
@Component
class CheckOpeningTermsListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		String decision = TERMS_DECISION.get(task);
		if (!"CONFIRM".equals(decision) && !"REJECT".equals(decision)) {
			throw RequestProblems.of(new AccountRequestRefused("termsDecision",
					FileProblem.of("terms-decision", "Choose CONFIRM or REJECT")));
		}
		String comment = TERMS_COMMENT.get(task);
		if ("REJECT".equals(decision) && (comment == null || comment.isBlank())) {
			throw RequestProblems.of(new AccountRequestRefused("termsComment",
					FileProblem.of("terms-comment", "Say why the account should not be opened")));
		}
		Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		TERMS_CONFIRMED_BY.set(task, (user != null) ? user.getUserId() : task.getAssignee());
	}

}
