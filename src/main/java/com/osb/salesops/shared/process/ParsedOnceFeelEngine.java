package com.osb.salesops.shared.process;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import camundajar.impl.scala.util.Either;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.juel.FeelEngineFactoryImpl;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * The FEEL engine of the decision tables, parsing each expression and each input entry
 * once instead of on every evaluation (Camunda's FEEL adapter hands the engine the text
 * of every cell each time a table is evaluated, and parsing was most of a credit
 * decision's time). A parsed expression is an immutable tree, so one parse serves every
 * thread; only successful parses are kept, and the cache starts afresh when it holds
 * {@value #MAX_EXPRESSIONS} texts, so it stays bounded whatever the deployed tables hold.
 * Evaluation, its value mappers and its functions are the engine's own.
 */
public final class ParsedOnceFeelEngine extends FeelEngine {

	/** Far more distinct cells than the deployed decision tables hold together. */
	static final int MAX_EXPRESSIONS = 10_000;

	private final Map<String, Either<FeelEngine.Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();

	private final Map<String, Either<FeelEngine.Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();

	ParsedOnceFeelEngine(CustomFunctionTransformer functions, ValueMapper valueMapper) {
		super(functions, valueMapper, new FeelEngine.Configuration(false), FeelEngine.defaultClock());
	}

	/**
	 * The FEEL engine factory for a DMN engine configuration: the Scala FEEL engine as
	 * Camunda builds it (its value mappers, numbers with a fraction kept exact
	 * ({@link ExactDecimals}), no external functions, the configuration's custom
	 * functions as they stand when the engine is built), parsing once; Camunda's legacy
	 * expression language where the configuration asks for it.
	 */
	public static FeelEngineFactory factory(DefaultDmnEngineConfiguration configuration) {
		return () -> {
			if (configuration.isEnableFeelLegacyBehavior()) {
				return new FeelEngineFactoryImpl().createInstance();
			}
			return new ScalaFeelEngine(functionProviders(configuration)) {

				@Override
				protected FeelEngine buildFeelEngine(CustomFunctionTransformer functions,
						ValueMapper.CompositeValueMapper valueMapper) {
					return new ParsedOnceFeelEngine(functions, ExactDecimals.withDecimals(valueMapper));
				}

			};
		};
	}

	/**
	 * Sets the factory on a DMN engine configuration that has none of its own, and lets
	 * its tables type a clause as an exact decimal.
	 */
	public static DefaultDmnEngineConfiguration install(DefaultDmnEngineConfiguration configuration) {
		if (configuration.getFeelEngineFactory() == null) {
			configuration.setFeelEngineFactory(factory(configuration));
		}
		ExactDecimals.install(configuration);
		return configuration;
	}

	private static List<FeelCustomFunctionProvider> functionProviders(DefaultDmnEngineConfiguration configuration) {
		return (configuration.getFeelCustomFunctionProviders() != null) ? configuration.getFeelCustomFunctionProviders()
				: List.of();
	}

	/** How many texts are kept parsed. */
	int cached() {
		return this.expressions.size() + this.unaryTests.size();
	}

	@Override
	public Either<FeelEngine.Failure, ParsedExpression> parseExpression(String expression) {
		return parsed(this.expressions, expression, super::parseExpression);
	}

	@Override
	public Either<FeelEngine.Failure, ParsedExpression> parseUnaryTests(String expression) {
		return parsed(this.unaryTests, expression, super::parseUnaryTests);
	}

	private static Either<FeelEngine.Failure, ParsedExpression> parsed(
			Map<String, Either<FeelEngine.Failure, ParsedExpression>> cache, String text,
			Function<String, Either<FeelEngine.Failure, ParsedExpression>> parse) {
		if (text == null) {
			return parse.apply(null);
		}
		Either<FeelEngine.Failure, ParsedExpression> known = cache.get(text);
		if (known != null) {
			return known;
		}
		Either<FeelEngine.Failure, ParsedExpression> result = parse.apply(text);
		if (result.isRight()) {
			if (cache.size() >= MAX_EXPRESSIONS) {
				cache.clear();
			}
			cache.put(text, result);
		}
		return result;
	}

}
