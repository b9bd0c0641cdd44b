package com.osb.salesops.shared.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.shared.process.EngineRestMistakes;
import com.osb.salesops.shared.web.Busy;
import com.osb.salesops.shared.web.ChangedMeanwhile;
import com.osb.salesops.shared.web.DatabaseReach;
import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.shared.web.RequestLanguage;
import com.osb.salesops.shared.web.UnstorableValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.camunda.bpm.engine.authorization.MissingAuthorization;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Error answers of the engine's REST API name the problem, not the code: the {@code type}
 * of an {@code /engine-rest} error says what kind of problem it is (InvalidRequest,
 * Forbidden, NotFound, ...) instead of the engine's exception class (a problem detail of
 * the application's own keeps its {@code about:blank}), and no message names a Java class
 * or exception. The webapps' own API keeps its {@code type}, which Tasklist and Cockpit
 * read to word an authorization problem, but its messages are cleaned the same way.
 * Successful answers pass through untouched.
 */
class EngineErrorFilter extends OncePerRequestFilter {

	private final DatabaseReach database;

	EngineErrorFilter(DatabaseReach database) {
		this.database = database;
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The type of a problem detail of the application's own, such as a refused rule. */
	private static final String PROBLEM_TYPE = "about:blank";

	private static final Pattern QUALIFIED_NAME = Pattern
		.compile("\\b(?:[a-z_][a-z0-9_]*\\.){2,}([A-Z][A-Za-z0-9_$]*)");

	private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b:?\\s*");

	/** The end of the engine's check that a value is there: {@code : task is null}. */
	private static final Pattern NULL_SUFFIX = Pattern.compile(":\\s*[\\w.]+ is null$");

	/** A message that is only that check: {@code groupId is null}. */
	private static final Pattern ONLY_NULL = Pattern.compile("^([\\w .]+?) is null$");

	private static final Map<Integer, String> KINDS = Map.ofEntries(Map.entry(400, "InvalidRequest"),
			Map.entry(401, "Unauthenticated"), Map.entry(403, "Forbidden"), Map.entry(404, "NotFound"),
			Map.entry(405, "MethodNotAllowed"), Map.entry(409, "Conflict"), Map.entry(413, "TooLarge"),
			Map.entry(415, "UnsupportedMediaType"), Map.entry(422, "InvalidRequest"), Map.entry(500, "ServerError"),
			Map.entry(503, "Busy"));

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ErrorCapture capture = new ErrorCapture(response, request,
				request.getRequestURI().substring(request.getContextPath().length()).startsWith("/engine-rest"),
				this.database, RequestLanguage.of(request));
		chain.doFilter(request, capture);
		if (!request.isAsyncStarted() || capture.held != null) {
			// an asynchronous request refused at once was answered on this thread
			capture.finish();
		}
		else {
			// an answer given later (a long poll), finished when it is written or
			// completed
			request.getAsyncContext().addListener(capture.whenComplete());
		}
	}

	/**
	 * The words the engine's REST API puts in front of the reason a call failed, with
	 * what each is about: in the caller's language, {@code engine.<code>} of the bundles.
	 */
	/**
	 * The engine's refusal of what an administrator does, or someone with these rights.
	 */
	private static final Pattern ADMIN_OR_RIGHTS = Pattern
		.compile("^Required admin authenticated group or user or any of the following permissions: (.*?)\\.?$");

	private static final Pattern RIGHT = Pattern.compile("'(\\w+)' permission on resource '(\\w+)'");

	/**
	 * The engine's answer for a thing of a kind that is not there (or not the caller's to
	 * see).
	 */
	private static final Pattern NO_SUCH_THING = Pattern.compile("^(User|Group|Filter|Authorization|Execution"
			+ "|Historic process instance|Batch|Tenant|Variable instance) with [iI]d '?(.+?)'? does not exist\\.?$");

	private static final List<Wrapper> WRAPPERS = List.of(
			new Wrapper("^Cannot convert value '(.*)' of type '(\\w+)' to java type .+$", "value-not-of-type",
					"The value ''{0}'' is not of type {1}"),
			new Wrapper("^A variable cannot be made from what was given: Cannot create file without valueInfo\\.?$",
					"file-without-info", "A file variable needs its valueInfo with the file's name"),
			new Wrapper("^A variable cannot be made from what was given: (.*)$", "variable-not-made",
					"A variable cannot be made from what was given: {0}"),
			new Wrapper("^A variable is given without its value$", "variable-without-value",
					"A variable is given without its value"),
			new Wrapper("^A query parameter cannot be read as its type$", "query-parameter-type",
					"A query parameter cannot be read as its type"),
			new Wrapper("^The process needs a value for (\\w+) to go on, and none was given$", "needs-value",
					"The process needs a value for {0} to go on, and none was given"),
			new Wrapper("^The request lacks a value it needs: a field left out or null$", "lacks-value",
					"The request lacks a value it needs: a field left out or null"),
			new Wrapper("^You should call any of the orderBy methods first before specifying a direction$", "sort-key",
					"The sorting names a sortBy this list does not sort by"),
			new Wrapper("^No matching definition with id (\\S+)$", "no-such-process-definition",
					"There is no process definition {0}"),
			new Wrapper("^(\\w+) is empty$", "empty", "{0} is empty"),
			new Wrapper("^Modification instructions cannot be empty is empty$", "no-instructions",
					"The modification has no instructions"),
			new Wrapper("^Retries count is not greater than or equal to (\\S+)$", "retries-not-at-least",
					"retries must be at least {0}"),
			new Wrapper("^(\\w+) is not greater than or equal to (\\S+)$", "not-at-least", "{0} must be at least {1}"),
			new Wrapper("^(\\w+) is not greater than (\\S+)$", "not-more-than", "{0} must be more than {1}"),
			new Wrapper("^You must specify at least one of (\\w+) or (\\w+)\\.?$", "one-of-two", "Name {0} or {1}"),
			new Wrapper("^You must specify at least one of or one of (\\w+), (\\w+),? or (\\w+)\\.?$", "one-of-three",
					"Name {0}, {1} or {2}"),
			new Wrapper("^Either (\\w+), (\\w+),? or (\\w+) should be set to update the suspension state.*$",
					"one-of-three", "Name {0}, {1} or {2}"),
			new Wrapper("^The number of job retries must be a non-negative Integer, but '(.*)' has been provided\\.?$",
					"retries-negative", "The number of retries is 0 or more, not {0}"),
			new Wrapper("^No process instance ids given: .*$", "no-process-instance-named",
					"No process instance is named"),
			new Wrapper("^No process instances found\\.?$", "no-process-instance-matches",
					"No process instance matches what was asked"),
			new Wrapper("^Neither query nor ids provided\\.?$", "query-or-ids", "Give a query or ids"),
			new Wrapper("^Required admin authenticated group or user\\.?$", "admin-only",
					"Only an administrator may do this"),
			new Wrapper("^Cannot submit task form (\\S+): (.*)$", "submit-task-form",
					"The form was not submitted: {1}"),
			new Wrapper("^Cannot complete task (\\S+): (.*)$", "complete-task", "The task was not completed: {1}"),
			new Wrapper("^Cannot instantiate process definition (\\S+): (.*)$", "start-process",
					"The process was not started: {1}"),
			new Wrapper("^Cannot put (task|process instance|execution) variable (\\S+): (.*)$", "put-variable",
					"Cannot put {0} variable {1}: {2}"),
			new Wrapper("^Cannot modify variables for (task|process instance|execution) (\\S+): (.*)$",
					"modify-variables", "Cannot modify variables for {0} {1}: {2}"),
			new Wrapper("^Cannot delete (task|process instance|execution) variable (\\S+): (.*)$", "delete-variable",
					"Cannot delete {0} variable {1}: {2}"),
			new Wrapper("^Cannot correlate message '([^']*)': (.*)$", "correlate-message",
					"Cannot correlate message ''{0}'': {1}"),
			new Wrapper("^The request has no body$", "no-body", "The request has no body"),
			new Wrapper("^The request lacks (.+)$", "lacks", "The request lacks {0}"),
			new Wrapper("^Cannot find task with id (\\S+)$", "no-such-task", "There is no task {0}"),
			new Wrapper("^" + Pattern.quote(ChangedMeanwhile.ENGLISH) + "$", "conflict", ChangedMeanwhile.ENGLISH),
			new Wrapper("^No process starts on a condition$", "no-conditional-start",
					"No process starts on a condition"),
			new Wrapper("^An unbound number of results is forbidden!$", "unbound-results",
					"An unbound number of results is forbidden!"),
			new Wrapper("^Max results limit of (\\d+) exceeded!$", "max-results", "Max results limit of {0} exceeded!"),
			new Wrapper("^No task found for task id (\\S+)$", "no-such-task", "There is no task {0}"),
			new Wrapper("^HTTP 404 Not Found$", "no-such-address", "There is nothing at this address"),
			new Wrapper("^HTTP 405 Method Not Allowed$", "method-not-allowed",
					"This address does not take this method"),
			new Wrapper("^HTTP 415 Unsupported Media Type$", "unsupported-media-type",
					"This address does not take a body of this type"),
			new Wrapper("^No message name supplied$", "no-message-name", "No message name supplied"),
			new Wrapper("^No user id was supplied$", "no-user-id", "No user id was supplied"),
			new Wrapper("^" + Pattern.quote(UnstorableValue.ENGLISH) + "$", "value-not-stored",
					UnstorableValue.ENGLISH),
			new Wrapper("^User has an invalid id: '(.*)' is not a valid resource identifier\\.$", "invalid-user-id",
					"The user id ''{0}'' is not an id a user may have"),
			new Wrapper("^Group has an invalid id: '(.*)' is not a valid resource identifier\\.$", "invalid-group-id",
					"The group id ''{0}'' is not an id a group may have"),
			new Wrapper("^Cannot evaluate decision (\\S+): (.*)$", "evaluate-decision",
					"Cannot evaluate decision {0}: {1}"),
			new Wrapper("^Invalid value '(.*)' for clause with type '(.*)'\\.?$", "value-not-of-type",
					"The value ''{0}'' is not of type {1}"),
			new Wrapper("^The task cannot be deleted because is part of a running process$", "task-of-a-process",
					"The task belongs to a running process and cannot be deleted"),
			new Wrapper("^No matching task with id (\\S+)$", "no-such-task", "There is no task {0}"),
			new Wrapper("^No job found with id '([^']*)'.*$", "no-such-job", "There is no job {0}"),
			new Wrapper("^Process instance with id (\\S+) does not exist$", "no-such-process-instance",
					"There is no process instance {0}"),
			new Wrapper("^No matching process definition with key: (\\S+) and no tenant-id$",
					"no-such-process-definition", "There is no process definition {0}"),
			new Wrapper("^No matching decision definition with key: (\\S+) and no tenant-id$",
					"no-such-decision-definition", "There is no decision definition {0}"),
			new Wrapper("^No matching incident with id (\\S+)$", "no-such-incident", "There is no incident {0}"),
			new Wrapper("^Deployment with id '(.*)' do not exist\\.?$", "no-such-deployment",
					"There is no deployment {0}"),
			new Wrapper("^Deployment resources for deployment id '(.*)' do not exist\\.?$", "no-such-deployment",
					"There is no deployment {0}"),
			new Wrapper("^External task with id (\\S+) does not exist$", "no-such-external-task",
					"There is no external task {0}"),
			new Wrapper("^No process definition or execution matches the parameters$", "no-message-receiver",
					"No process waits for this message"),
			new Wrapper("^Unsupported value type '(.*)'$", "unsupported-value-type", "There is no value type ''{0}''"),
			new Wrapper("^Cannot set query parameter '(\\w+)' to value '(.*?)'(?:: .*)?$", "query-parameter",
					"The query parameter {0} cannot be ''{1}''"),
			new Wrapper("^Only a single sorting parameter specified\\. sortBy and sortOrder required$", "sort-pair",
					"sortBy and sortOrder go together"),
			new Wrapper("^Invalid (?:process )?variable comparator specified: (.*)$", "variable-comparator",
					"''{0}'' is not a comparator (eq, neq, gt, gteq, lt, lteq, like)"),
			new Wrapper("^The given authenticated user password is not valid\\.$", "wrong-own-password",
					"The password given as your own is not right"),
			new Wrapper("^no deployed process definition found with id '(.*)'$", "no-such-process-definition",
					"There is no process definition {0}"),
			new Wrapper("^(?:Source|Target) process definition with id '(.*)' does not exist$",
					"no-such-process-definition", "There is no process definition {0}"),
			new Wrapper("^Cannot perform instruction: .*?; Element '(.*)' does not exist in process '(.*)'$",
					"no-such-element", "The process {1} has no element {0}"),
			new Wrapper("^The body is not JSON as expected \\(line (\\d+), column (\\d+)\\)$", "not-json",
					"The body is not JSON as expected (line {0}, column {1})"),
			new Wrapper("^The request takes no field (\\S+)$", "unknown-field", "The request takes no field {0}"),
			new Wrapper("^The field (\\S+) cannot be read as given$", "unreadable-field",
					"The field {0} cannot be read as given"));

	/**
	 * The cleaned body of an error answer, its message in the language, or the body
	 * itself when it is not JSON.
	 */
	static byte[] cleaned(byte[] body, int status, boolean renameType, Locale language) {
		try {
			if (!(JSON.readTree(body) instanceof ObjectNode error)) {
				return body;
			}
			if (renameType && error.has("type") && !PROBLEM_TYPE.equals(error.get("type").asText())) {
				error.put("type", KINDS.getOrDefault(status, (status >= 500) ? "ServerError" : "InvalidRequest"));
			}
			if (error.hasNonNull("message")) {
				error.put("message", inLanguage(clean(error.get("message").asText()), language));
			}
			if (status == HttpServletResponse.SC_FORBIDDEN && !"en".equals(language.getLanguage())
					&& error.path("missingAuthorizations").isArray()
					&& !error.path("missingAuthorizations").isEmpty()) {
				error.put("message", missingRights(error, language));
			}
			return JSON.writeValueAsBytes(error);
		}
		catch (IOException ex) {
			return body;
		}
	}

	/**
	 * The message with the words the REST API put in front of its reason in the language;
	 * the reason is as the engine or the product worded it.
	 */
	static String inLanguage(String message, Locale language) {
		Matcher adminOr = ADMIN_OR_RIGHTS.matcher(message);
		if (adminOr.matches()) {
			List<String> rights = new ArrayList<>();
			Matcher right = RIGHT.matcher(adminOr.group(1));
			while (right.find()) {
				rights.add(Messages.text(language, "engine.right-on-all", "{0} on every {1}",
						Messages.text(language, "engine.permission." + right.group(1), right.group(1)),
						Messages.text(language, "engine.resource." + right.group(2), right.group(2))));
			}
			return Messages.text(language, "engine.admin-or-rights",
					"Only an administrator may do this, or someone with {0}",
					String.join(Messages.text(language, "engine.rights-or", " or "), rights));
		}
		Matcher noSuch = NO_SUCH_THING.matcher(message);
		if (noSuch.matches()) {
			String kind = noSuch.group(1).toLowerCase(Locale.ROOT);
			return Messages.text(language, "engine.no-such-thing", "There is no {0} {1}",
					Messages.text(language, "engine.thing." + kind.replace(' ', '-'), kind), noSuch.group(2));
		}
		for (Wrapper wrapper : WRAPPERS) {
			Matcher wrapped = wrapper.pattern().matcher(message);
			if (wrapped.matches()) {
				Object[] parts = new Object[wrapped.groupCount()];
				for (int i = 0; i < parts.length; i++) {
					String part = wrapped.group(i + 1);
					// what a variable belongs to is a word of the sentence, not a name
					parts[i] = (i == 0 && parts.length == 3)
							? Messages.text(language, "engine.kind." + part.replace(' ', '-'), part) : part;
				}
				// the reason after the API's words may be words of its own
				if (parts.length > 1) {
					parts[parts.length - 1] = inLanguage((String) parts[parts.length - 1], language);
				}
				return Messages.text(language, "engine." + wrapper.code(), wrapper.english(), parts);
			}
		}
		return message;
	}

	/**
	 * The engine's refusal for a right the caller lacks, in the language: who lacks which
	 * right on what, any one of them enough (the engine's own words are English).
	 */
	static String missingRights(ObjectNode error, Locale language) {
		List<MissingAuthorization> missing = new ArrayList<>();
		for (JsonNode right : error.path("missingAuthorizations")) {
			missing.add(new MissingAuthorization(right.path("permissionName").asText(),
					right.path("resourceName").asText(), right.path("resourceId").asText(null)));
		}
		return missingRights(error.path("userId").asText(), missing, language);
	}

	/**
	 * Who lacks which right on what, any one of them enough, in the language: the words
	 * of every refusal for a missing right, through the engine's API or the product's.
	 */
	static String missingRights(String userId, List<MissingAuthorization> missing, Locale language) {
		List<String> rights = new ArrayList<>();
		for (MissingAuthorization right : missing) {
			String permission = right.getViolatedPermissionName();
			String resource = right.getResourceType();
			String id = right.getResourceId();
			Object[] parts = { Messages.text(language, "engine.permission." + permission, permission),
					Messages.text(language, "engine.resource." + resource, resource), id };
			rights.add((id == null || "*".equals(id))
					? Messages.text(language, "engine.right-on-all", "{0} on every {1}", parts)
					: Messages.text(language, "engine.right-on", "{0} on {1} ''{2}''", parts));
		}
		return Messages.text(language, "engine.rights-missing", "{0} may not do this: it needs {1}", userId,
				String.join(Messages.text(language, "engine.rights-or", " or "), rights));
	}

	private record Wrapper(Pattern pattern, String code, String english) {

		Wrapper(String pattern, String code, String english) {
			this(Pattern.compile(pattern, Pattern.DOTALL), code, english);
		}

	}

	static String clean(String message) {
		String simple = QUALIFIED_NAME.matcher(EngineRestMistakes.withoutCode(message)).replaceAll("$1");
		simple = EXCEPTION_NAME.matcher(simple).replaceAll("").trim();
		// the engine's check that a value is there names the variable it checked
		simple = NULL_SUFFIX.matcher(simple).replaceFirst("");
		Matcher only = ONLY_NULL.matcher(simple);
		return only.matches() ? "The request lacks " + field(only.group(1)) : simple;
	}

	/**
	 * The field the engine names in words ({@code Source process definition id}) by its
	 * name in the request ({@code sourceProcessDefinitionId}).
	 */
	private static String field(String words) {
		String[] parts = words.strip().split("\\s+");
		StringBuilder name = new StringBuilder(parts[0].substring(0, 1).toLowerCase(Locale.ROOT))
			.append(parts[0].substring(1));
		for (int i = 1; i < parts.length; i++) {
			name.append(parts[i].substring(0, 1).toUpperCase(Locale.ROOT)).append(parts[i].substring(1));
		}
		return name.toString();
	}

	/** Holds back the body of an error answer until it can be cleaned. */
	private static final class ErrorCapture extends HttpServletResponseWrapper {

		private ByteArrayOutputStream held;

		private final HttpServletRequest request;

		private final boolean renameType;

		private final DatabaseReach database;

		private final Locale language;

		private boolean finished;

		private ServletOutputStream stream;

		private PrintWriter writer;

		ErrorCapture(HttpServletResponse response, HttpServletRequest request, boolean renameType,
				DatabaseReach database, Locale language) {
			super(response);
			this.request = request;
			this.renameType = renameType;
			this.database = database;
			this.language = language;
		}

		AsyncListener whenComplete() {
			return new AsyncListener() {

				@Override
				public void onComplete(AsyncEvent event) throws IOException {
					finish();
				}

				@Override
				public void onTimeout(AsyncEvent event) {
					// the engine API answers its own long polls' time-outs
				}

				@Override
				public void onError(AsyncEvent event) {
					// nothing held is worth more than the error
				}

				@Override
				public void onStartAsync(AsyncEvent event) {
					event.getAsyncContext().addListener(this);
				}

			};
		}

		/**
		 * An error answer written on another thread, after the request went asynchronous
		 * (a long poll answered later), is finished when its writer flushes or closes it,
		 * since the filter has returned long before.
		 */
		private void writtenLater() throws IOException {
			if (this.held != null && this.request.isAsyncStarted()) {
				finish();
			}
		}

		private boolean holding() {
			if (this.held == null && !this.finished && getStatus() >= 400) {
				this.held = new ByteArrayOutputStream();
			}
			return this.held != null;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (!holding()) {
				return super.getOutputStream();
			}
			if (this.stream == null) {
				ByteArrayOutputStream target = this.held;
				this.stream = new ServletOutputStream() {

					@Override
					public void write(int b) {
						target.write(b);
					}

					@Override
					public void write(byte[] b, int off, int len) {
						target.write(b, off, len);
					}

					@Override
					public void flush() throws IOException {
						writtenLater();
					}

					@Override
					public void close() throws IOException {
						writtenLater();
					}

					@Override
					public boolean isReady() {
						return true;
					}

					@Override
					public void setWriteListener(WriteListener listener) {
						// held in memory, so it can always be written
						try {
							listener.onWritePossible();
						}
						catch (IOException ex) {
							listener.onError(ex);
						}
					}

				};
			}
			return this.stream;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (!holding()) {
				return super.getWriter();
			}
			if (this.writer == null) {
				this.writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
			}
			return this.writer;
		}

		@Override
		public void setContentLength(int len) {
			if (getStatus() < 400) {
				super.setContentLength(len);
			}
		}

		@Override
		public void setContentLengthLong(long len) {
			if (getStatus() < 400) {
				super.setContentLengthLong(len);
			}
		}

		@Override
		public void reset() {
			super.reset();
			this.held = null;
			this.stream = null;
			this.writer = null;
		}

		@Override
		public void resetBuffer() {
			super.resetBuffer();
			this.held = null;
			this.stream = null;
			this.writer = null;
		}

		@Override
		public void flushBuffer() throws IOException {
			if (this.held == null) {
				super.flushBuffer();
			}
			else {
				writtenLater();
			}
		}

		/**
		 * Writes the held error answer, cleaned. The engine's 500 for a failure it
		 * wrapped (such as "Cannot complete task") is the database's when the database
		 * does not answer now: it becomes the busy answer, 503 with Retry-After.
		 */
		void finish() throws IOException {
			if (this.held == null || this.finished) {
				return;
			}
			this.finished = true;
			boolean renameType = this.renameType;
			DatabaseReach database = this.database;
			Locale language = this.language;
			HttpServletResponse response = (HttpServletResponse) getResponse();
			if (getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR && database.lost()) {
				byte[] busy = JSON.writeValueAsBytes(EngineBusyAnswers.busyBody());
				response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
				response.setHeader("Retry-After", String.valueOf(Busy.RETRY_AFTER_SECONDS));
				response.setContentType("application/json");
				response.setContentLength(busy.length);
				response.getOutputStream().write(busy);
				return;
			}
			if (this.writer != null) {
				this.writer.flush();
			}
			byte[] body = this.held.toByteArray();
			String type = getContentType();
			byte[] answer = (type != null && type.contains("json")) ? cleaned(body, getStatus(), renameType, language)
					: body;
			response.setContentLength(answer.length);
			response.getOutputStream().write(answer);
		}

	}

}
