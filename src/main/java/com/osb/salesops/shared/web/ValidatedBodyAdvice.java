package com.osb.salesops.shared.web;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Reads every {@code @Valid} request body as its typed record and checks it whole: a
 * value of the wrong type, a field the request does not have and every broken constraint
 * are answered together in one 422 that names each field, with the rules a
 * {@link RequestRules} body breaks across its fields and what each {@link RequestCheck}
 * of its type finds in the company's data; a body that is not a JSON object gets a 400
 * that says what was expected; an empty body is checked as an empty object, so that it
 * names every required field.
 */
@ControllerAdvice
class ValidatedBodyAdvice extends RequestBodyAdviceAdapter {

	/**
	 * How the validator names an element of a list or map, which the field already says.
	 */
	private static final Pattern CONTAINER_NODE = Pattern.compile("\\.?<[a-z ]+>");

	private static final Comparator<FieldError> BY_FIELD = Comparator.comparing(FieldError::field)
		.thenComparing(FieldError::message);

	private final Validator validator;

	private final ObjectMapper json;

	private final List<RequestCheck<?>> checks;

	private final ObjectProvider<PlatformTransactionManager> transactions;

	ValidatedBodyAdvice(Validator validator, ObjectMapper json, List<RequestCheck<?>> checks,
			ObjectProvider<PlatformTransactionManager> transactions) {
		this.validator = validator;
		this.json = json;
		this.checks = checks;
		this.transactions = transactions;
	}

	@Override
	public boolean supports(MethodParameter methodParameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return methodParameter.hasParameterAnnotation(Valid.class);
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		BodyProblemHandler.collect();
		return inputMessage;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return checked(body, BodyProblemHandler.collected());
	}

	@Override
	public Object handleEmptyBody(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
			Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
		BodyProblemHandler.collected();
		if (body != null) {
			return checked(body, List.of());
		}
		try {
			return checked(this.json.readValue("{}", this.json.constructType(targetType)), List.of());
		}
		catch (IOException ex) {
			throw new IllegalStateException("An empty request cannot be read as " + targetType, ex);
		}
	}

	@SuppressWarnings("unchecked")
	private List<RequestCheck<Object>> checksOf(Object body) {
		List<RequestCheck<Object>> checks = new ArrayList<>();
		for (RequestCheck<?> check : this.checks) {
			Class<?> checked = ResolvableType.forClass(RequestCheck.class, check.getClass()).getGeneric(0).resolve();
			if (checked != null && checked.isInstance(body)) {
				checks.add((RequestCheck<Object>) check);
			}
		}
		return checks;
	}

	private Object checked(Object body, List<FieldError> typeProblems) {
		if (body == null || typeProblems.stream().anyMatch((problem) -> problem.field().equals("body"))) {
			throw InvalidRequestException.of(HttpStatus.BAD_REQUEST, "not-an-object",
					"The request body must be a JSON object with the fields of the request", List.of());
		}
		Set<String> mistyped = typeProblems.stream().map(FieldError::field).collect(Collectors.toSet());
		List<FieldError> problems = new ArrayList<>(typeProblems);
		for (ConstraintViolation<Object> violation : this.validator.validate(body)) {
			String field = CONTAINER_NODE.matcher(violation.getPropertyPath().toString()).replaceAll("");
			if (!mistyped.contains(field)) {
				problems.add(new FieldError(field.isEmpty() ? "body" : field, violation.getMessage(),
						code(violation.getMessageTemplate())));
			}
		}
		List<FieldError> more = new ArrayList<>();
		if (body instanceof RequestRules rules) {
			more.addAll(rules.broken());
		}
		more.addAll(dataChecks(body));
		Set<String> named = problems.stream().map(FieldError::field).collect(Collectors.toSet());
		more.stream().filter((problem) -> !named.contains(problem.field())).forEach(problems::add);
		if (!problems.isEmpty()) {
			problems.sort(BY_FIELD);
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-fields",
					"The request has {0} invalid field(s)", problems, problems.size());
		}
		return body;
	}

	/**
	 * What the body's checks find in the company's data, all read in one read-only
	 * transaction rather than one for each query.
	 */
	private List<FieldError> dataChecks(Object body) {
		List<RequestCheck<Object>> applicable = checksOf(body);
		if (applicable.isEmpty()) {
			return List.of();
		}
		Supplier<List<FieldError>> run = () -> {
			List<FieldError> found = new ArrayList<>();
			applicable.forEach((check) -> found.addAll(check.check(body)));
			return found;
		};
		PlatformTransactionManager manager = this.transactions.getIfAvailable();
		if (manager == null) {
			return run.get();
		}
		TransactionTemplate readOnly = new TransactionTemplate(manager);
		readOnly.setReadOnly(true);
		return readOnly.execute((status) -> run.get());
	}

	/**
	 * The stable code of a broken constraint: {@code {salesops.money}} is {@code money},
	 * {@code {jakarta.validation.constraints.NotNull.message}} and {@code NotNull} are
	 * {@code not-null}.
	 */
	static String code(String template) {
		if (template == null) {
			return FieldError.INVALID;
		}
		String key = template.replace("{", "").replace("}", "").replace(".message", "");
		key = key.startsWith("salesops.") ? key.substring("salesops.".length()) : key;
		key = key.substring(key.lastIndexOf('.') + 1);
		return key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

}
