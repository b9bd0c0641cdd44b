package com.osb.salesops.shared.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the API reads and writes JSON: a number is never taken for a choice, a text or a
 * yes or no, nor a text for a number or a yes or no, the problems of a typed request body
 * are collected rather than stopping at the first, and a moment is written in the
 * business time zone.
 */
@Configuration(proxyBeanMethods = false)
class WebJsonConfiguration {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer requestBodyProblems() {
		return (builder) -> builder.featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.deserializerByType(BigDecimal.class, new StrictDecimalDeserializer())
			.deserializerByType(Integer.class, new StrictWholeDeserializer<>(Integer.class, Integer.MAX_VALUE))
			.deserializerByType(Long.class, new StrictWholeDeserializer<>(Long.class, Long.MAX_VALUE))
			.deserializerByType(Boolean.class, new StrictBooleanDeserializer())
			.deserializerByType(String.class, new StrictTextDeserializer())
			.postConfigurer((mapper) -> mapper.addHandler(new BodyProblemHandler()));
	}

	/**
	 * How the API writes a moment (an instant or a database timestamp; a day stays a
	 * day): in the business time zone with its offset
	 * ({@code 2026-11-16T10:00:00+08:00}), as the order's timeline does, never in UTC
	 * that a reader could take for the local time.
	 */
	@Bean
	Jackson2ObjectMapperBuilderCustomizer momentsInBusinessTime(BusinessClock clock) {
		return (builder) -> builder.serializerByType(Instant.class, new MomentSerializer<>(Instant.class, clock))
			.serializerByType(Timestamp.class, new MomentSerializer<>(Timestamp.class, clock));
	}

	/** A moment as the business time zone writes it. */
	static final class MomentSerializer<T> extends StdSerializer<T> {

		private final transient BusinessClock clock;

		MomentSerializer(Class<T> type, BusinessClock clock) {
			super(type);
			this.clock = clock;
		}

		@Override
		public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
			Instant moment = (value instanceof Timestamp stamp) ? stamp.toInstant() : (Instant) value;
			generator.writeString(this.clock.iso(moment));
		}

	}

	/**
	 * A whole number from a JSON number only, and only a whole one in range: "7" in
	 * quotes is a text, 7.5 is not a count, and a number past the type's range is not cut
	 * to fit; each is a problem of its field, collected with the request's others.
	 */
	static final class StrictWholeDeserializer<T extends Number> extends StdScalarDeserializer<T> {

		private final transient BigDecimal largest;

		StrictWholeDeserializer(Class<T> type, long largest) {
			super(type);
			this.largest = BigDecimal.valueOf(largest);
		}

		@Override
		@SuppressWarnings("unchecked")
		public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			Class<T> type = (Class<T>) handledType();
			if (parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
				BigDecimal value = parser.getDecimalValue();
				if (value.stripTrailingZeros().scale() > 0 || value.abs().compareTo(this.largest) > 0) {
					return (T) context.handleWeirdNumberValue(type, value, "a whole number in range is expected");
				}
				Number whole = (type == Integer.class) ? (Number) value.intValueExact()
						: (Number) value.longValueExact();
				return (T) whole;
			}
			if (parser.hasToken(JsonToken.VALUE_STRING)) {
				return (T) context.handleWeirdStringValue(type, parser.getText(), "a number is written without quotes");
			}
			return (T) context.handleUnexpectedToken(type, parser);
		}

	}

	/** A yes or no from JSON's true or false only: neither "true" in quotes nor 1. */
	static final class StrictBooleanDeserializer extends StdScalarDeserializer<Boolean> {

		StrictBooleanDeserializer() {
			super(Boolean.class);
		}

		@Override
		public Boolean deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (parser.hasToken(JsonToken.VALUE_TRUE) || parser.hasToken(JsonToken.VALUE_FALSE)) {
				return parser.getBooleanValue();
			}
			if (parser.hasToken(JsonToken.VALUE_STRING)) {
				return (Boolean) context.handleWeirdStringValue(Boolean.class, parser.getText(),
						"true and false are written without quotes");
			}
			return (Boolean) context.handleUnexpectedToken(Boolean.class, parser);
		}

	}

	/** A text from a JSON string only: 5 or true is not a name or a note. */
	static final class StrictTextDeserializer extends StdScalarDeserializer<String> {

		StrictTextDeserializer() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (parser.hasToken(JsonToken.VALUE_STRING)) {
				return parser.getText();
			}
			return (String) context.handleUnexpectedToken(String.class, parser);
		}

	}

	/** A decimal from a JSON number only: "100000" in quotes is a text, not an amount. */
	static final class StrictDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

		StrictDecimalDeserializer() {
			super(BigDecimal.class);
		}

		@Override
		public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
				return parser.getDecimalValue();
			}
			if (parser.hasToken(JsonToken.VALUE_STRING)) {
				return (BigDecimal) context.handleWeirdStringValue(BigDecimal.class, parser.getText(),
						"a number is written without quotes");
			}
			return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
		}

	}

}
