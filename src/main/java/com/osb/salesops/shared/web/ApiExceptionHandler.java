package com.osb.salesops.shared.web;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.osb.salesops.shared.numbering.DocumentNumbersExhaustedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns every failure of the application's API into a JSON answer that names the problem,
 * never a stack trace.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final DatabaseReach database;

	ApiExceptionHandler(DatabaseReach database) {
		this.database = database;
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<ApiError> invalid(InvalidRequestException ex) {
		return answer(ex.status(), ex.code(), ex.getMessage(), ex.errors());
	}

	/** A typed request body that breaks its constraints: every field at fault. */
	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ApiError> constraints(MethodArgumentNotValidException ex) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldError(error.getField(), error.getDefaultMessage(),
					ValidatedBodyAdvice.code(error.getCode())))
			.toList();
		return answer(HttpStatus.BAD_REQUEST, "invalid-fields",
				Messages.text("problem.invalid-fields", "The request has {0} invalid field(s)", errors.size()), errors);
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<ApiError> forbidden(ForbiddenException ex) {
		return answer(HttpStatus.FORBIDDEN, ex.code(), ex.getMessage(), List.of());
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiError> notFound(NotFoundException ex) {
		return answer(HttpStatus.NOT_FOUND, ex.code(), ex.getMessage(), List.of());
	}

	@ExceptionHandler(DocumentNumbersExhaustedException.class)
	ResponseEntity<ApiError> noNumberLeft(DocumentNumbersExhaustedException ex) {
		log.error(ex.getMessage());
		return answer(HttpStatus.SERVICE_UNAVAILABLE, "no-document-number", ex.getMessage(), List.of());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException ex) {
		if (BodyTooLargeException.causes(ex)) {
			return answer(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", ex.getMostSpecificCause().getMessage(), List.of());
		}
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			String field = mapping.getPath()
				.stream()
				.map((reference) -> (reference.getFieldName() != null) ? reference.getFieldName()
						: "[" + reference.getIndex() + "]")
				.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
				.orElse("");
			return answer(HttpStatus.BAD_REQUEST, "wrong-type",
					Messages.text("problem.wrong-type", "The request body has a value of the wrong type"),
					List.of(FieldError.of(field, "wrong-type", "has the wrong type")));
		}
		if (ex.getCause() instanceof MismatchedInputException mismatch && mismatch.getPath().isEmpty()) {
			return answer(HttpStatus.BAD_REQUEST, "not-an-object", Messages.text("problem.not-an-object",
					"The request body must be a JSON object with the fields of the request"), List.of());
		}
		return answer(HttpStatus.BAD_REQUEST, "not-json",
				Messages.text("problem.not-json", "The request body is not valid JSON"), List.of());
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	ResponseEntity<ApiError> badParameter(Exception ex) {
		return answer(HttpStatus.BAD_REQUEST, "bad-parameter", ex.getMessage(), List.of());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException ex) {
		return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not-json-type",
				Messages.text("problem.not-json-type", "Send the request body as application/json"), List.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException ex) {
		return answer(HttpStatus.METHOD_NOT_ALLOWED, null, ex.getMessage(), List.of());
	}

	/**
	 * What Spring MVC itself refuses (no such path, no such resource, a method not
	 * allowed) keeps its status and is no failure of the application: nothing logged.
	 */
	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class, ErrorResponseException.class })
	ResponseEntity<ApiError> refusedByTheFramework(Exception ex) {
		HttpStatus status = HttpStatus.valueOf(((ErrorResponse) ex).getStatusCode().value());
		log.debug("{} {}", status, ex.getMessage());
		return answer(status, null,
				(status == HttpStatus.NOT_FOUND)
						? Messages.text("problem.no-such-address", "There is nothing at this address") : title(status),
				List.of());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> unexpected(Exception ex) {
		if (this.database.busy(ex)) {
			log.warn("Busy, asked the caller to try again: {}", ex.toString());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(Busy.RETRY_AFTER_SECONDS))
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Busy.problem(LocaleContextHolder.getLocale()));
		}
		log.error("Unexpected failure in the API", ex);
		return answer(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected",
				Messages.text("problem.unexpected", "An unexpected error occurred; it has been logged"), List.of());
	}

	private static ResponseEntity<ApiError> answer(HttpStatus status, String code, String message,
			List<FieldError> errors) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(new ApiError(status.value(), title(status), message, errors,
					(code != null) ? code : ApiError.codeOf(status.getReasonPhrase())));
	}

	/** The status's reason in the caller's language. */
	static String title(HttpStatus status) {
		return Messages.text("status." + status.value(), status.getReasonPhrase());
	}

}
