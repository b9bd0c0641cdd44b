package com.osb.salesops.shared.web;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the API reads JSON: a number is never taken for a choice nor a text for a number,
 * and the problems of a typed request body are collected rather than stopping at the
 * first.
 */
@Configuration(proxyBeanMethods = false)
class WebJsonConfiguration {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer requestBodyProblems() {
		return (builder) -> builder.featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.deserializerByType(BigDecimal.class, new StrictDecimalDeserializer())
			.postConfigurer((mapper) -> mapper.addHandler(new BodyProblemHandler()));
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
