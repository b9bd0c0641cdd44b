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
import org.springframework.util.ClassUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
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
		BodyTooLargeException tooLarge = BodyTooLargeException.of(ex);
		if (tooLarge != null) {
			return answer(HttpStatus.PAYLOAD_TOO_LARGE, "too-large",
					Messages.text("problem.too-large", "The request body is larger than {0} bytes", tooLarge.limit()),
					List.of());
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

	/** A parameter of the address or the query that is missing or of the wrong type. */
	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	ResponseEntity<ApiError> badParameter(Exception ex) {
		if (ex instanceof MissingServletRequestParameterException missing) {
			return answer(HttpStatus.BAD_REQUEST, "missing-parameter",
					Messages.text("problem.missing-parameter", "A required parameter is missing"),
					List.of(FieldError.of(missing.getParameterName(), "required", "is required")));
		}
		MethodArgumentTypeMismatchException mismatch = (MethodArgumentTypeMismatchException) ex;
		Class<?> type = (mismatch.getRequiredType() != null)
				? ClassUtils.resolvePrimitiveIfNecessary(mismatch.getRequiredType()) : Object.class;
		boolean whole = type == Long.class || type == Integer.class || type == Short.class;
		FieldError error = whole ? FieldError.of(mismatch.getName(), "whole-number", "must be a whole number")
				: FieldError.of(mismatch.getName(), "wrong-type", "has the wrong type");
		return answer(HttpStatus.BAD_REQUEST, "bad-parameter",
				Messages.text("problem.bad-parameter", "A parameter of the address has a value of the wrong type"),
				List.of(error));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException ex) {
		return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not-json-type",
				Messages.text("problem.not-json-type", "Send the request body as application/json"), List.of());
	}

	/**
	 * An answer in none of the types the caller accepts: the types it can have, named.
	 */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		List<String> types = ex.getSupportedMediaTypes()
			.stream()
			.map(MediaType::toString)
			.filter((type) -> !type.contains("*"))
			.distinct()
			.toList();
		String message = types.isEmpty()
				? Messages.text("problem.not-acceptable-any", "The answer cannot be sent as the Accept header asks")
				: Messages.text("problem.not-acceptable", "The answer can be sent only as {0}",
						String.join(", ", types));
		return answer(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", message, List.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException ex) {
		String[] supported = ex.getSupportedMethods();
		String message = (supported == null || supported.length == 0)
				? Messages.text("problem.method-not-allowed-any", "This address does not take {0}", ex.getMethod())
				: Messages.text("problem.method-not-allowed", "This address does not take {0}; it takes {1}",
						ex.getMethod(), String.join(", ", supported));
		ResponseEntity<ApiError> answer = answer(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", message,
				List.of());
		return (supported == null) ? answer
				: ResponseEntity.status(answer.getStatusCode())
					.headers(answer.getHeaders())
					.header(HttpHeaders.ALLOW, String.join(", ", supported))
					.body(answer.getBody());
	}

	/**
	 * A body sent as a multipart form that is none, or without the part the address
	 * reads.
	 */
	@ExceptionHandler({ MultipartException.class, MissingServletRequestPartException.class })
	ResponseEntity<ApiError> notMultipart(Exception ex) {
		if (ex instanceof MaxUploadSizeExceededException) {
			return answer(HttpStatus.PAYLOAD_TOO_LARGE, "too-large",
					Messages.text("problem.upload-too-large", "The upload is larger than allowed"), List.of());
		}
		return answer(HttpStatus.BAD_REQUEST, "not-multipart", Messages.text("problem.not-multipart",
				"The request body is not a multipart form with the file in a part named file"), List.of());
	}

	/**
	 * What Spring MVC itself refuses (no such path, no such resource, a method not
	 * allowed) keeps its status and is no failure of the application: nothing logged.
	 */
	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class, ErrorResponseException.class,
			ServletRequestBindingException.class })
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
