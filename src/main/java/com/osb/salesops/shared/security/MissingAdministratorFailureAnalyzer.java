package com.osb.salesops.shared.security;

import com.osb.salesops.shared.security.FirstAdministrator.MissingAdministratorException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says in one paragraph why the application did not start without an administrator, and
 * what to set, instead of a stack trace.
 */
class MissingAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdministratorException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingAdministratorException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Set CAMUNDA_BPM_ADMINUSER_ID and CAMUNDA_BPM_ADMINUSER_PASSWORD to the first administrator's"
						+ " user id and password. The webapps' first-run page is closed, so no one can make"
						+ " themselves administrator from a browser.",
				cause);
	}

}
