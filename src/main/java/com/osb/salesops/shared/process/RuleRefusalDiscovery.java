package com.osb.salesops.shared.process;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Puts the answer to a refused rule deployment into every JAX-RS application of the
 * server, found by Jersey itself: besides the Camunda REST API, where
 * {@link RuleRefusalConfiguration} registers it, the webapps' own copy of the engine API
 * ({@code /camunda/api/engine/engine/default/deployment/create} and
 * {@code .../deployment/{id}/redeploy}), which Cockpit calls with the logged-in session
 * and which the application cannot configure otherwise. So a refusal reads the same, with
 * the same list of broken examples, whichever way the rule came.
 */
@ConstrainedTo(RuntimeType.SERVER)
public class RuleRefusalDiscovery implements ForcedAutoDiscoverable {

	@Override
	public void configure(FeatureContext context) {
		if (!context.getConfiguration().isRegistered(RuleRefusalMapper.class)) {
			context.register(RuleRefusalMapper.class);
		}
		if (!context.getConfiguration().isRegistered(WrappedRuleRefusalMapper.class)) {
			context.register(WrappedRuleRefusalMapper.class);
		}
	}

}
