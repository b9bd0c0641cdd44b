package com.osb.salesops.shared.process;

import java.math.BigDecimal;
import java.math.BigInteger;

import camundajar.impl.scala.Function1;
import camundajar.impl.scala.Option;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.spi.type.DmnDataTypeTransformer;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValNumber;
import org.camunda.feel.valuemapper.CustomValueMapper;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * Exact decimals in the decision tables. FEEL computes with decimals, but Camunda hands a
 * number with a fraction back to Java as a {@code double}, and a clause typed
 * {@code double} turns any number into one: an order total of {@code 100000.01} was
 * recorded in the decision's history as a binary approximation. Here a number with a
 * fraction comes back from FEEL as the decimal it is (a whole number as a {@code long},
 * as before), and a clause typed {@value #TYPE} (FEEL's name for numbers) takes and keeps
 * any number as an exact decimal, which the engine's history stores as its digits.
 */
final class ExactDecimals {

	/** The type of a clause that holds an exact decimal: money, a share, a rate. */
	static final String TYPE = "number";

	/** Before the engine's own mappers, which make a number with a fraction a double. */
	private static final int PRIORITY = 100;

	private ExactDecimals() {
	}

	/** Lets the configuration's tables type a clause {@value #TYPE}. */
	static void install(DefaultDmnEngineConfiguration configuration) {
		configuration.getTransformer().getDataTypeTransformerRegistry().addTransformer(TYPE, new DecimalType());
	}

	/** The engine's value mappers, with numbers that have a fraction kept exact. */
	static ValueMapper.CompositeValueMapper withDecimals(ValueMapper.CompositeValueMapper mappers) {
		return new ValueMapper.CompositeValueMapper(
				mappers.customMappers().<CustomValueMapper>$colon$colon(new DecimalMapper()));
	}

	/**
	 * A number as an exact decimal: a double as the shortest digits that read back as it
	 * (what was written); {@code null} for one that is not finite.
	 */
	static BigDecimal of(Number number) {
		if (number instanceof BigDecimal decimal) {
			return decimal;
		}
		if (number instanceof BigInteger integer) {
			return new BigDecimal(integer);
		}
		if (number instanceof Double || number instanceof Float) {
			return Double.isFinite(number.doubleValue()) ? new BigDecimal(number.toString()) : null;
		}
		return BigDecimal.valueOf(number.longValue());
	}

	/** A clause typed {@value #TYPE}: its value as an exact decimal. */
	private static final class DecimalType implements DmnDataTypeTransformer {

		@Override
		public TypedValue transform(Object value) {
			BigDecimal decimal = null;
			if (value instanceof Number number) {
				decimal = of(number);
			}
			else if (value instanceof String text) {
				try {
					decimal = new BigDecimal(text.strip());
				}
				catch (NumberFormatException ex) {
					// refused below
				}
			}
			if (decimal == null) {
				throw new IllegalArgumentException("Not a number: " + value);
			}
			return Variables.objectValue(decimal)
				.serializationDataFormat(Variables.SerializationDataFormats.JSON)
				.create();
		}

	}

	/** A number FEEL computed, with a fraction, as the decimal it is. */
	private static final class DecimalMapper implements CustomValueMapper {

		@Override
		public Option<Val> toVal(Object value, Function1<Object, Val> innerValueMapper) {
			return Option.empty();
		}

		@Override
		public Option<Object> unpackVal(Val value, Function1<Val, Object> innerValueMapper) {
			if (value instanceof ValNumber number && !number.value().isWhole()) {
				return Option.apply(number.value().bigDecimal());
			}
			return Option.empty();
		}

		@Override
		public int priority() {
			return PRIORITY;
		}

		@Override
		public void org$camunda$feel$valuemapper$CustomValueMapper$_setter_$priority_$eq(int priority) {
			// the priority is fixed
		}

	}

}
