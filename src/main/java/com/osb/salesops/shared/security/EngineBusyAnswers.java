package com.osb.salesops.shared.security;

import java.util.LinkedHashMap;
import java.util.Map;

import com.osb.salesops.shared.web.Busy;
import com.osb.salesops.shared.web.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The engine's REST API answers a request that failed because the database is away or
 * busy with 503 and {@code Retry-After}, as the application's API does, instead of the
 * engine's 500: nothing was changed and the caller may send it again. Any other failure
 * gets the engine's usual answer.
 */
@Configuration(proxyBeanMethods = false)
class EngineBusyAnswers {

	@Bean
	ResourceConfigCustomizer engineBusyMappers() {
		return (config) -> config.register(PersistenceFailures.class)
			.register(DataAccessFailures.class)
			.register(TransactionFailures.class);
	}

	static Response answer(RuntimeException failure) {
		if (!Busy.causes(failure)) {
			return ExceptionHandlerHelper.getInstance().getResponse(failure);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "Busy");
		body.put("code", "busy");
		body.put("message", Messages.text("problem.busy",
				"The system is busy and changed nothing; send the request again in a moment"));
		return Response.status(Response.Status.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(Busy.RETRY_AFTER_SECONDS))
			.type("application/json")
			.entity(body)
			.build();
	}

	/** The engine's failures in its persistence layer. */
	@Provider
	static class PersistenceFailures implements ExceptionMapper<ProcessEnginePersistenceException> {

		@Override
		public Response toResponse(ProcessEnginePersistenceException failure) {
			return answer(failure);
		}

	}

	/**
	 * Spring's transactions around the engine's commands that could not begin or end,
	 * such as no connection to open one on.
	 */
	@Provider
	static class TransactionFailures implements ExceptionMapper<TransactionException> {

		@Override
		public Response toResponse(TransactionException failure) {
			return answer(failure);
		}

	}

	/** The failures of Spring's data access around the engine's commands. */
	@Provider
	static class DataAccessFailures implements ExceptionMapper<DataAccessException> {

		@Override
		public Response toResponse(DataAccessException failure) {
			return answer(failure);
		}

	}

}
