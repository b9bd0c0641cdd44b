package com.osb.salesops.shared.security;

import java.util.LinkedHashMap;
import java.util.Map;

import com.osb.salesops.shared.web.Busy;
import com.osb.salesops.shared.web.DatabaseReach;
import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.shared.web.UnstorableValue;
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
 * engine's 500: nothing was changed and the caller may send it again. A value the
 * database would not keep is the caller's (400). Any other failure gets the engine's
 * usual answer.
 */
@Configuration(proxyBeanMethods = false)
class EngineBusyAnswers {

	@Bean
	ResourceConfigCustomizer engineBusyMappers(DatabaseReach database) {
		return (config) -> config.register(new PersistenceFailures(database))
			.register(new DataAccessFailures(database))
			.register(new TransactionFailures(database));
	}

	static Response answer(RuntimeException failure, DatabaseReach database) {
		if (UnstorableValue.causes(failure)) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("type", "InvalidRequest");
			body.put("message", UnstorableValue.ENGLISH);
			body.put("code", null);
			return Response.status(Response.Status.BAD_REQUEST).type("application/json").entity(body).build();
		}
		if (!database.busy(failure)) {
			return ExceptionHandlerHelper.getInstance().getResponse(failure);
		}
		return Response.status(Response.Status.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(Busy.RETRY_AFTER_SECONDS))
			.type("application/json")
			.entity(busyBody())
			.build();
	}

	/** The body of the engine API's busy answer. */
	static Map<String, Object> busyBody() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "Busy");
		body.put("code", "busy");
		body.put("message", Messages.text("problem.busy",
				"The system is busy and changed nothing; send the request again in a moment"));
		return body;
	}

	/** The engine's failures in its persistence layer. */
	@Provider
	static class PersistenceFailures implements ExceptionMapper<ProcessEnginePersistenceException> {

		private final DatabaseReach database;

		PersistenceFailures(DatabaseReach database) {
			this.database = database;
		}

		@Override
		public Response toResponse(ProcessEnginePersistenceException failure) {
			return answer(failure, this.database);
		}

	}

	/**
	 * Spring's transactions around the engine's commands that could not begin or end,
	 * such as no connection to open one on.
	 */
	@Provider
	static class TransactionFailures implements ExceptionMapper<TransactionException> {

		private final DatabaseReach database;

		TransactionFailures(DatabaseReach database) {
			this.database = database;
		}

		@Override
		public Response toResponse(TransactionException failure) {
			return answer(failure, this.database);
		}

	}

	/** The failures of Spring's data access around the engine's commands. */
	@Provider
	static class DataAccessFailures implements ExceptionMapper<DataAccessException> {

		private final DatabaseReach database;

		DataAccessFailures(DatabaseReach database) {
			this.database = database;
		}

		@Override
		public Response toResponse(DataAccessException failure) {
			return answer(failure, this.database);
		}

	}

}
