package com.osb.salesops.shared.web;

import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * While a typed request body is read, notes each value of the wrong type and each field
 * the request does not have, instead of stopping at the first, so that the answer names
 * every problem. The offending value is read as absent. Outside the reading of a request
 * body (no collector in the request) it changes nothing.
 */
final class BodyProblemHandler extends DeserializationProblemHandler {

	private static final String COLLECTOR = BodyProblemHandler.class.getName() + ".problems";

	/** Starts collecting the problems of the body of the current request. */
	static void collect() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(COLLECTOR, new java.util.ArrayList<FieldError>(), RequestAttributes.SCOPE_REQUEST);
		}
	}

	/** The problems noted since {@link #collect()}, and stops collecting. */
	static List<FieldError> collected() {
		List<FieldError> problems = problems();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.removeAttribute(COLLECTOR, RequestAttributes.SCOPE_REQUEST);
		}
		return (problems != null) ? List.copyOf(problems) : List.of();
	}

	@Override
	public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
			Object beanOrClass, String propertyName) throws IOException {
		List<FieldError> problems = problems();
		if (problems == null) {
			return false;
		}
		String parent = path(p.getParsingContext().getParent());
		problems.add(FieldError.of(join(parent, propertyName), "unknown-field", "is not a field of this request"));
		p.skipChildren();
		return true;
	}

	@Override
	public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
			String failureMsg) throws IOException {
		return note(ctxt.getParser(), targetType);
	}

	@Override
	public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
			String failureMsg) throws IOException {
		return note(ctxt.getParser(), targetType);
	}

	@Override
	public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
			String failureMsg) throws IOException {
		Object answer = note(p, targetType.getRawClass());
		if (answer != NOT_HANDLED) {
			p.skipChildren();
		}
		return answer;
	}

	@Override
	public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
			ValueInstantiator valueInsta, JsonParser p, String msg) throws IOException {
		Object answer = note(p, instClass);
		if (answer != NOT_HANDLED) {
			p.skipChildren();
		}
		return answer;
	}

	private static Object note(JsonParser parser, Class<?> targetType) {
		List<FieldError> problems = problems();
		if (problems == null) {
			return NOT_HANDLED;
		}
		JsonStreamContext context = parser.getParsingContext();
		if (parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY) {
			context = context.getParent();
		}
		String field = path(context);
		problems.add(expected(field.isEmpty() ? "body" : field, targetType));
		return null;
	}

	static String expected(Class<?> type) {
		return expected("", type).message();
	}

	static FieldError expected(String field, Class<?> type) {
		if (type.isEnum()) {
			return FieldError.of(field, "one-of", "must be one of {0}",
					Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")));
		}
		if (type == Boolean.class || type == boolean.class) {
			return FieldError.of(field, "boolean", "must be true or false");
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return FieldError.of(field, "number", "must be a number");
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return FieldError.of(field, "date", "must be a date written YYYY-MM-DD");
		}
		if (type == String.class) {
			return FieldError.of(field, "text", "must be a text");
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return FieldError.of(field, "list", "must be a list");
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord()) {
			return FieldError.of(field, "object", "must be an object");
		}
		return FieldError.of(field, "wrong-type", "has the wrong type");
	}

	private static String path(JsonStreamContext context) {
		java.util.Deque<String> segments = new java.util.ArrayDeque<>();
		for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
			if (at.inArray()) {
				segments.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
			}
			else if (at.getCurrentName() != null) {
				segments.push(at.getCurrentName());
			}
		}
		StringBuilder path = new StringBuilder();
		for (String segment : segments) {
			path.append((path.isEmpty() || segment.startsWith("[")) ? segment : "." + segment);
		}
		return path.toString();
	}

	private static String join(String parent, String field) {
		return parent.isEmpty() ? field : parent + "." + field;
	}

	@SuppressWarnings("unchecked")
	private static List<FieldError> problems() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return (request != null) ? (List<FieldError>) request.getAttribute(COLLECTOR, RequestAttributes.SCOPE_REQUEST)
				: null;
	}

}
