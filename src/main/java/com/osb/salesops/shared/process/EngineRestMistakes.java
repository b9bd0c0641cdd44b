package com.osb.salesops.shared.process;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.osb.salesops.shared.web.ChangedMeanwhile;
import com.osb.salesops.shared.web.UnstorableValue;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.EnsureUtil;
import org.camunda.bpm.engine.rest.dto.AbstractSearchQueryDto;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ParamException;

/**
 * A request to the engine's REST API that lacks what it needs is the caller's mistake,
 * which the API answered 500: a body it needs that is missing or {@code null} (the API
 * then stumbles on nothing), a field it needs that is missing, or a task, or another
 * thing named, that does not exist (the engine's check that a value is there). Here such
 * a request is answered 400, or 404 for a thing that does not exist; the engine API's
 * error filter words what is missing in the caller's language. Every other failure is
 * answered as the API answers it. Registered with every engine API of the server
 * ({@link EngineApiAnswersDiscovery}).
 */
public final class EngineRestMistakes {

	private EngineRestMistakes() {
	}

	/** The REST API's stumble on a missing field: {@code "this.type" is null}. */
	private static final Pattern NULL_FIELD = Pattern
		.compile("because (?:\"this\\.(\\w+)\"|the return value of \"\\w+\\.get(\\w+)\\(\\)\") is null");

	/** The engine's failure when no conditional start event is there to evaluate. */
	private static final String NO_CONDITIONAL_START = "ENGINE-13043";

	/** The REST API's words for a decision it could not evaluate. */
	private static final String EVALUATE_DECISION = "Cannot evaluate decision";

	/** The engine's refusal to delete a task a running process holds. */
	private static final Pattern TASK_OF_A_PROCESS = Pattern
		.compile("The task cannot be deleted because is part of a running process");

	/** The code the engine puts in front of a message, {@code ENGINE-13053 }. */
	/**
	 * How many frames from where a refusal was made its maker is looked for: the engine
	 * makes the check's exception through reflection, a few frames below the check.
	 */
	private static final int MADE_WITHIN = 12;

	/** The engine's command log, which makes most of its commands' refusals. */
	private static final String COMMAND_LOG = "org.camunda.bpm.engine.impl.cmd.CommandLogger";

	/** The command log's refusals of what the caller asked for. */
	private static final java.util.Set<String> CALLERS_MISTAKES = java.util.Set.of(
			"exceptionSettingJobRetriesAsyncNoJobsSpecified", "exceptionSettingJobRetriesAsyncNoProcessesSpecified",
			"exceptionSettingJobRetriesJobsNotSpecifiedCorrectly", "exceptionJobRetriesMustNotBeNegative",
			"processDefinitionOfInstanceDoesNotMatchModification",
			"processDefinitionOfHistoricInstanceDoesNotMatchTheGivenOne", "historicProcessInstanceActive");

	/** The command log's refusal of a number of retries below 0, in its words. */
	private static final Pattern RETRIES_BELOW_ZERO = Pattern
		.compile("^The number of job retries must be a non-negative Integer");

	private static final Pattern CODE = Pattern.compile("^[A-Z]+(?:/[A-Z]+)?-\\d+\\s+");

	/** The decision the REST API names, {@code key:version:id}. */
	private static final Pattern DEFINITION = Pattern.compile("^Cannot evaluate decision (\\S+?):? ");

	/**
	 * The engine did not find the thing the request's address names ({@code No job found
	 * with id ...}), unlike a thing its body names, which the body got wrong.
	 */
	private static final Pattern NAMED_NOT_FOUND = Pattern.compile("(?i)^no [a-z ]+ found with id");

	private static final Pattern NOT_FOUND = Pattern
		.compile("(?i)^(?:cannot find|no .* found|.*\\b(?:doesn't|does not) exist)");

	/** The engine's words for a value an expression names and no variable holds. */
	private static final Pattern UNRESOLVED = Pattern.compile("Cannot resolve identifier '(\\w+)'");

	/**
	 * What is answered when a step the call ran on to needed a value it was not given.
	 */
	static final String NEEDS_VALUE = "The process needs a value for %s to go on, and none was given";

	/** The REST API stumbled on a body or a field the request does not have. */
	@Provider
	static class MissingPart implements ExceptionMapper<NullPointerException> {

		@Context
		HttpHeaders headers;

		@Override
		public Response toResponse(NullPointerException exception) {
			StackTraceElement[] trace = exception.getStackTrace();
			if (trace.length == 0 || !trace[0].getClassName().startsWith("org.camunda.bpm.engine.rest.")) {
				return new ExceptionHandler().toResponse(exception);
			}
			if (thrownIn(exception, VariableValueDto.class)) {
				return answer(Response.Status.BAD_REQUEST, "A variable is given without its value");
			}
			Matcher field = NULL_FIELD.matcher(String.valueOf(exception.getMessage()));
			if (field.find()) {
				String name = (field.group(1) != null) ? field.group(1) : decapitalized(field.group(2));
				return answer(Response.Status.BAD_REQUEST, "The request lacks " + name);
			}
			boolean body = this.headers != null && this.headers.getLength() > "null".length();
			return answer(Response.Status.BAD_REQUEST,
					body ? "The request lacks a value it needs: a field left out or null" : "The request has no body");
		}

		private static String decapitalized(String name) {
			return Character.toLowerCase(name.charAt(0)) + name.substring(1);
		}

	}

	/**
	 * A variable the API cannot make from what was given (a file without its
	 * {@code valueInfo}), or a query parameter it cannot set ({@code orQueries} as a
	 * text): the caller's mistake, not the server's.
	 */
	@Provider
	static class UnmadeVariable implements ExceptionMapper<IllegalArgumentException> {

		@Override
		public Response toResponse(IllegalArgumentException exception) {
			if (thrownIn(exception, VariableValueDto.class)) {
				return answer(Response.Status.BAD_REQUEST,
						"A variable cannot be made from what was given: " + withoutCode(exception.getMessage()));
			}
			if (thrownIn(exception, AbstractSearchQueryDto.class)) {
				return answer(Response.Status.BAD_REQUEST, "A query parameter cannot be read as its type");
			}
			return new ExceptionHandler().toResponse(exception);
		}

	}

	/**
	 * A query parameter that is not of its type ({@code maxResults=abc}): 400 naming it
	 * and its value, where the API answered 404 as if the address did not exist.
	 */
	@Provider
	static class UnreadableQueryParameter implements ExceptionMapper<ParamException.QueryParamException> {

		@Context
		UriInfo uri;

		@Override
		public Response toResponse(ParamException.QueryParamException exception) {
			String name = exception.getParameterName();
			String value = (this.uri != null) ? this.uri.getQueryParameters().getFirst(name) : "";
			return answer(Response.Status.BAD_REQUEST,
					"Cannot set query parameter '" + name + "' to value '" + value + "'");
		}

	}

	/**
	 * Whether the API's own code of that class threw it, reading what the request gave (a
	 * variable's value, a query's parameters).
	 */
	static boolean thrownIn(Throwable exception, Class<?> reader) {
		for (StackTraceElement frame : exception.getStackTrace()) {
			if (frame.getClassName().equals(reader.getName())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A value the engine needs is not there, or what the request names does not exist.
	 */
	@Provider
	static class MissingValue implements ExceptionMapper<NullValueException> {

		@Override
		public Response toResponse(NullValueException exception) {
			return missing(String.valueOf(exception.getMessage()));
		}

	}

	/**
	 * The same, wrapped by the REST API in its words ({@code Cannot complete task ...}),
	 * and a request the engine or a start's own checks refused, which the REST API
	 * answers 500 when it wraps it ({@code Cannot instantiate process definition ...},
	 * where its start form's endpoint answers 400); it comes before the API's own answer
	 * to its wrapped failures, which it gives for any other.
	 */
	@Provider
	@Priority(Priorities.USER - 1000)
	static class WrappedMissingValue implements ExceptionMapper<RestException> {

		@Override
		public Response toResponse(RestException exception) {
			if (exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR) {
				String needed = unresolved(exception);
				if (needed != null) {
					// a step after the task decides on a value the call did not give
					String message = String.valueOf(exception.getMessage());
					int reason = message.indexOf(": ");
					return answer(Response.Status.BAD_REQUEST,
							((reason >= 0) ? message.substring(0, reason + 2) : "") + NEEDS_VALUE.formatted(needed));
				}
				for (Throwable cause = exception.getCause(); cause != null
						&& cause != cause.getCause(); cause = cause.getCause()) {
					if (cause instanceof NullValueException missing) {
						return answer(status(String.valueOf(missing.getMessage())),
								String.valueOf(exception.getMessage()));
					}
					if (cause instanceof OptimisticLockingException conflict) {
						String message = String.valueOf(exception.getMessage());
						return answer(Response.Status.CONFLICT,
								message.replace(String.valueOf(conflict.getMessage()), ChangedMeanwhile.ENGLISH));
					}
					if (cause instanceof DmnEngineException refused
							&& String.valueOf(exception.getMessage()).startsWith(EVALUATE_DECISION)) {
						// the caller's values, which the table cannot take
						return answer(Response.Status.BAD_REQUEST, EVALUATE_DECISION + " " + definition(exception)
								+ ": " + withoutCode(refused.getMessage()));
					}
					if (cause instanceof FormFieldValidationException || cause instanceof BadUserRequestException
							|| callersMistake(cause)) {
						// a start's own checks, or the engine's, refused what was asked
						return answer(Response.Status.BAD_REQUEST, String.valueOf(exception.getMessage()));
					}
				}
				String reason = withoutCode(exception.getMessage());
				if (exception.getCause() == null && NAMED_NOT_FOUND.matcher(reason).find()) {
					// the API's own answer for what the engine did not find
					return answer(Response.Status.NOT_FOUND, reason);
				}
				if (exception.getCause() == null && RETRIES_BELOW_ZERO.matcher(reason).find()) {
					// the engine's refusal, passed on by the API in its words only
					return answer(Response.Status.BAD_REQUEST, reason);
				}
				if (UnstorableValue.causes(exception) && exception.getCause() != null) {
					String message = String.valueOf(exception.getMessage());
					return answer(Response.Status.BAD_REQUEST, message
						.replace(String.valueOf(exception.getCause().getMessage()), UnstorableValue.ENGLISH));
				}
			}
			return new RestExceptionHandler().toResponse(exception);
		}

	}

	/**
	 * A body that is not JSON: answered as every other mistake, in JSON with where the
	 * body breaks (the API answered it in plain text).
	 */
	@Provider
	@Priority(Priorities.USER - 1000)
	static class BrokenJson implements ExceptionMapper<JsonParseException> {

		@Override
		public Response toResponse(JsonParseException exception) {
			JsonLocation where = exception.getLocation();
			return answer(Response.Status.BAD_REQUEST,
					"The body is not JSON as expected (line " + ((where != null) ? where.getLineNr() : 1) + ", column "
							+ ((where != null) ? where.getColumnNr() : 1) + ")");
		}

	}

	/**
	 * A body in JSON that the API cannot read as what it takes: answered with the field
	 * it could not read (the API answered with no words at all).
	 */
	@Provider
	@Priority(Priorities.USER - 1000)
	static class UnreadableJson implements ExceptionMapper<JsonMappingException> {

		@Override
		public Response toResponse(JsonMappingException exception) {
			String field = exception.getPath()
				.stream()
				.map((reference) -> (reference.getFieldName() != null) ? reference.getFieldName()
						: "[" + reference.getIndex() + "]")
				.collect(Collectors.joining("."))
				.replace(".[", "[");
			if (field.isEmpty()) {
				return answer(Response.Status.BAD_REQUEST, "The body is not JSON as expected (line 1, column 1)");
			}
			return answer(Response.Status.BAD_REQUEST, (exception instanceof UnrecognizedPropertyException)
					? "The request takes no field " + field : "The field " + field + " cannot be read as given");
		}

	}

	/**
	 * Someone else changed what the request changes at the same moment: nothing of it was
	 * kept, and it may be sent again (the engine's words name its internal rows).
	 */
	@Provider
	static class Conflict implements ExceptionMapper<OptimisticLockingException> {

		@Override
		public Response toResponse(OptimisticLockingException exception) {
			return answer(Response.Status.CONFLICT, ChangedMeanwhile.ENGLISH);
		}

	}

	/**
	 * The engine's refusals of a request that are of no type of their own: a condition
	 * that starts nothing (no process starts on a condition), an id a user or group may
	 * not have, a value the database would not keep; every other failure as the API
	 * answers it.
	 */
	@Provider
	@Priority(Priorities.USER - 1000)
	static class UntypedRefusals implements ExceptionMapper<ProcessEngineException> {

		@Override
		public Response toResponse(ProcessEngineException exception) {
			String message = String.valueOf(exception.getMessage());
			if (message.startsWith(NO_CONDITIONAL_START)) {
				return answer(Response.Status.BAD_REQUEST, "No process starts on a condition");
			}
			if (callersMistake(exception)) {
				return answer(Response.Status.BAD_REQUEST, message);
			}
			String needed = unresolved(exception);
			if (needed != null) {
				return answer(Response.Status.BAD_REQUEST, NEEDS_VALUE.formatted(needed));
			}
			if (UnstorableValue.causes(exception)) {
				return answer(Response.Status.BAD_REQUEST, UnstorableValue.ENGLISH);
			}
			String reason = withoutCode(message);
			if (exception.getClass() == ProcessEngineException.class) {
				// the engine's refusals of no type of their own, which the API answers
				// 500
				if (TASK_OF_A_PROCESS.matcher(reason).matches()) {
					return answer(Response.Status.BAD_REQUEST, reason);
				}
				if (NAMED_NOT_FOUND.matcher(reason).find()) {
					return answer(Response.Status.NOT_FOUND, reason);
				}
			}
			return new ProcessEngineExceptionHandler().toResponse(exception);
		}

	}

	/**
	 * The message without the code the engine puts in front of it ({@code ENGINE-13053}),
	 * for the exception mappers here and the engine API's error filter alike.
	 */
	public static String withoutCode(String message) {
		return CODE.matcher(String.valueOf(message).strip()).replaceFirst("");
	}

	/**
	 * The value a step of the process decides on and no variable holds, when that is why
	 * the call failed (an expression of a gateway or a listener named it), else null: the
	 * call ran the process on to the step without giving it.
	 */
	static String unresolved(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = (cause.getCause() != cause) ? cause.getCause()
				: null) {
			if (cause.getClass().getSimpleName().equals("PropertyNotFoundException")) {
				Matcher named = UNRESOLVED.matcher(String.valueOf(cause.getMessage()));
				if (named.find()) {
					return named.group(1);
				}
			}
		}
		return null;
	}

	/** The decision a failed evaluation names. */
	private static String definition(RestException exception) {
		Matcher named = DEFINITION.matcher(String.valueOf(exception.getMessage()));
		return named.find() ? named.group(1) : "";
	}

	/**
	 * Whether the engine refused what the caller asked for by checking it: an argument
	 * out of its bounds or missing ({@code EnsureUtil}, the engine's checks of what it is
	 * given, where the refusal was made), or one of the command log's refusals of a batch
	 * that names nothing to work on or a number of retries below 0.
	 */
	static boolean callersMistake(Throwable exception) {
		StackTraceElement[] frames = exception.getStackTrace();
		for (int i = 0; i < Math.min(frames.length, MADE_WITHIN); i++) {
			if (frames[i].getClassName().equals(EnsureUtil.class.getName())) {
				return true;
			}
		}
		return frames.length > 0 && frames[0].getClassName().equals(COMMAND_LOG)
				&& CALLERS_MISTAKES.contains(frames[0].getMethodName());
	}

	private static Response missing(String message) {
		return answer(status(message), message);
	}

	/** Not found when the engine's check says that what was named is not there. */
	private static Response.Status status(String message) {
		return NOT_FOUND.matcher(message.trim()).find() ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST;
	}

	private static Response answer(Response.Status status, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", (status == Response.Status.NOT_FOUND) ? "NotFound" : "InvalidRequest");
		body.put("message", message);
		body.put("code", null);
		return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
	}

}
