package com.osb.salesops.shared.process;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

/**
 * Runs an engine call as the application itself, for steps whose permission the
 * application checked by its own rules (a rep submitting an order starts its process,
 * though reps may not start processes through the engine's API).
 */
@Component
public class SystemActions {

	private final IdentityService identityService;

	SystemActions(IdentityService identityService) {
		this.identityService = identityService;
	}

	public <T> T run(Supplier<T> action) {
		Authentication caller = this.identityService.getCurrentAuthentication();
		this.identityService.clearAuthentication();
		try {
			return action.get();
		}
		finally {
			if (caller != null) {
				this.identityService.setAuthentication(caller);
			}
		}
	}

}
