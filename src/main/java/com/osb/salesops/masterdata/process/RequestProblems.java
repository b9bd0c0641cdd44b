package com.osb.salesops.masterdata.process;

import java.util.Map;

import com.osb.salesops.masterdata.AccountRequestRefused;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A refused request as the forms show it: the first field at fault, and every problem in
 * the message, so that nothing is started or completed half-way.
 */
final class RequestProblems {

	private RequestProblems() {
	}

	static FormFieldValidationException of(AccountRequestRefused refused) {
		Map<String, String> problems = refused.problems();
		return new FormFieldValidationException(problems.keySet().iterator().next(), refused.getMessage());
	}

}
