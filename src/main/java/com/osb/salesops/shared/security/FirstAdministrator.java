package com.osb.salesops.shared.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * In production the first administrator comes from configuration, never from the webapps'
 * first-run page (which is closed in every profile): without one the application refuses
 * to start, before the engine or anything else, and names the two settings.
 */
class FirstAdministrator implements EnvironmentPostProcessor {

	static final String REQUIRED = "salesops.security.require-admin-user";

	static final String ID = "camunda.bpm.admin-user.id";

	static final String PASSWORD = "camunda.bpm.admin-user.password";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty(REQUIRED, Boolean.class, false)) {
			return;
		}
		boolean id = StringUtils.hasText(environment.getProperty(ID));
		boolean password = StringUtils.hasText(environment.getProperty(PASSWORD));
		if (!id || !password) {
			throw new MissingAdministratorException(!id, !password);
		}
	}

	/** The first administrator's id or password is not configured. */
	static class MissingAdministratorException extends RuntimeException {

		MissingAdministratorException(boolean noId, boolean noPassword) {
			super("No first administrator is configured: " + (noId ? "CAMUNDA_BPM_ADMINUSER_ID (" + ID + ")" : "")
					+ ((noId && noPassword) ? " and " : "")
					+ (noPassword ? "CAMUNDA_BPM_ADMINUSER_PASSWORD (" + PASSWORD + ")" : "") + " must be set");
		}

	}

}
