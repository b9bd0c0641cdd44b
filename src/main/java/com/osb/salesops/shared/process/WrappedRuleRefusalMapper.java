package com.osb.salesops.shared.process;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * A redeployment ({@code POST .../deployment/<id>/redeploy}, Cockpit's redeploy) is
 * checked against the examples like any deployment, but the engine API wraps its refusal
 * in a bad request of its own: this answers it as {@link RuleRefusalMapper} answers the
 * refusal, and every other as the engine API's other wrapped failures
 * ({@link EngineRestMistakes.WrappedMissingValue}).
 */
@Provider
class WrappedRuleRefusalMapper implements ExceptionMapper<InvalidRequestException> {

	private final EngineRestMistakes.WrappedMissingValue mistakes = new EngineRestMistakes.WrappedMissingValue();

	@Override
	public Response toResponse(InvalidRequestException exception) {
		for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof RuleExamplesException refusal) {
				return new RuleRefusalMapper().toResponse(refusal);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return this.mistakes.toResponse(exception);
	}

}
