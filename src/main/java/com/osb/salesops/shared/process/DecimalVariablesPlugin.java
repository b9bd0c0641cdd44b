package com.osb.salesops.shared.process;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.AbstractObjectValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import org.springframework.stereotype.Component;

/**
 * Keeps a process variable that holds an exact decimal (an amount of money, a percentage)
 * as its digits ({@link BigDecimal#toString()}, which reads back with its scale) in the
 * variable's text column, not as a JSON document in a byte array of its own: the engine
 * then writes no byte array for it, nor copies of one into its history, and need not
 * write it again at the end of every command to see whether it changed (a
 * {@link BigDecimal} cannot). To a reader it is what it was: an object of type
 * {@code java.math.BigDecimal} in {@code application/json}, its serialized value the
 * decimal's digits (REST, Tasklist, the decision tables); one sent serialized must be a
 * decimal. Variables written before are read as they were written.
 */
@Component
class DecimalVariablesPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<TypedValueSerializer> serializers = new ArrayList<>();
		serializers.add(new DecimalSerializer());
		if (configuration.getCustomPreVariableSerializers() != null) {
			serializers.addAll(configuration.getCustomPreVariableSerializers());
		}
		configuration.setCustomPreVariableSerializers(serializers);
	}

	/** A {@link BigDecimal} as its plain digits, in the text column. */
	static final class DecimalSerializer extends AbstractObjectValueSerializer {

		/** The serializer's name, kept with each variable it writes. */
		static final String NAME = "decimal";

		private static final String TYPE_NAME = BigDecimal.class.getName();

		DecimalSerializer() {
			super(Variables.SerializationDataFormats.JSON.getName());
		}

		@Override
		public String getName() {
			return NAME;
		}

		@Override
		public boolean isMutableValue(ObjectValue typedValue) {
			return false;
		}

		@Override
		protected boolean canWriteValue(TypedValue typedValue) {
			if (typedValue instanceof SerializableValue serializable && !serializable.isDeserialized()) {
				return typedValue instanceof ObjectValue object && TYPE_NAME.equals(object.getObjectTypeName())
						&& this.serializationDataFormat.equals(serializable.getSerializationDataFormat())
						&& serializable.getValueSerialized() != null;
			}
			return typedValue.getValue() instanceof BigDecimal && super.canWriteValue(typedValue);
		}

		@Override
		protected boolean canSerializeValue(Object value) {
			return value instanceof BigDecimal;
		}

		@Override
		protected String getTypeNameForDeserialized(Object deserializedObject) {
			return TYPE_NAME;
		}

		@Override
		protected byte[] serializeToByteArray(Object deserializedObject) {
			return deserializedObject.toString().getBytes(StandardCharsets.UTF_8);
		}

		@Override
		protected Object deserializeFromByteArray(byte[] object, String objectTypeName) {
			return new BigDecimal(new String(object, StandardCharsets.UTF_8));
		}

		@Override
		protected boolean isSerializationTextBased() {
			return true;
		}

		@Override
		protected void writeToValueFields(ObjectValue value, ValueFields valueFields, byte[] serializedValue) {
			String digits = null;
			if (serializedValue != null) {
				String text = new String(serializedValue, StandardCharsets.UTF_8).strip();
				try {
					digits = new BigDecimal(text).toString();
				}
				catch (NumberFormatException ex) {
					throw new ProcessEngineException(
							"Variable '" + valueFields.getName() + "' is not a decimal: '" + text + "'");
				}
			}
			valueFields.setByteArrayValue(null);
			valueFields.setTextValue(digits);
			valueFields.setTextValue2(TYPE_NAME);
		}

		@Override
		protected byte[] readSerializedValueFromFields(ValueFields valueFields) {
			return (valueFields.getTextValue() != null) ? valueFields.getTextValue().getBytes(StandardCharsets.UTF_8)
					: null;
		}

	}

}
