package com.osb.salesops.masterdata.process;

import java.util.Map;

import com.osb.salesops.masterdata.AccountRequestRefused;
import com.osb.salesops.masterdata.model.FileProblem;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

/**
 * Starts a customer account request for the API, as the caller, with the engine's
 * permission to start it.
 */
@Component
public class AccountRequestStarter {

	private final RuntimeService runtimeService;

	AccountRequestStarter(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	/**
	 * @return the id of the request (its process instance)
	 */
	public String start(Map<String, Object> variables) {
		try {
			return this.runtimeService.startProcessInstanceByKey(CustomerAccountProcess.KEY, variables).getId();
		}
		catch (FormFieldValidationException ex) {
			throw new AccountRequestRefused("request", FileProblem.of("request-field", "{0}", ex.getMessage()));
		}
	}

}
