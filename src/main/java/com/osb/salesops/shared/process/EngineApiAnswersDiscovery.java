package com.osb.salesops.shared.process;

import java.util.List;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Puts the product's answers to what the engine API would answer badly into every JAX-RS
 * application of the server, found by Jersey itself: besides the Camunda REST API, where
 * {@link RuleRefusalConfiguration} registers them, the webapps' own copy of the engine
 * API ({@code /camunda/api/engine/engine/default/...}), which Cockpit and Tasklist call
 * with the logged-in session and which the application cannot configure otherwise. So a
 * refused rule deployment reads the same, with the same list of broken examples,
 * whichever way the rule came ({@link RuleRefusalMapper}), and a request that lacks what
 * it needs is the caller's mistake on both ({@link EngineRestMistakes}).
 */
@ConstrainedTo(RuntimeType.SERVER)
public class EngineApiAnswersDiscovery implements ForcedAutoDiscoverable {

	private static final List<Class<?>> MAPPERS = List.of(RuleRefusalMapper.class, WrappedRuleRefusalMapper.class,
			EngineRestMistakes.MissingPart.class, EngineRestMistakes.MissingValue.class,
			EngineRestMistakes.WrappedMissingValue.class, EngineRestMistakes.Conflict.class,
			EngineRestMistakes.UntypedRefusals.class, EngineRestMistakes.BrokenJson.class,
			EngineRestMistakes.UnreadableJson.class, EngineRestMistakes.UnmadeVariable.class,
			EngineRestMistakes.UnreadableQueryParameter.class);

	@Override
	public void configure(FeatureContext context) {
		for (Class<?> mapper : MAPPERS) {
			if (!context.getConfiguration().isRegistered(mapper)) {
				context.register(mapper);
			}
		}
	}

}
