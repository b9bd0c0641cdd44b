package com.osb.salesops.shared.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A typed process variable: its name is written once and its type checked on every read.
 *
 * @param <T> the variable's Java type
 * @param name the variable name
 * @param type the variable's Java type
 */
public record ProcessVariable<T>(String name, Class<T> type) {

	public static <T> ProcessVariable<T> of(String name, Class<T> type) {
		return new ProcessVariable<>(name, type);
	}

	public T get(VariableScope scope) {
		Object value = scope.getVariable(this.name);
		if (value != null && this.type == Long.class && value instanceof Number number) {
			return this.type.cast(number.longValue());
		}
		if (value != null && this.type == Double.class && value instanceof Number number) {
			return this.type.cast(number.doubleValue());
		}
		return this.type.cast(value);
	}

	public void set(VariableScope scope, T value) {
		scope.setVariable(this.name, value);
	}

	public void setLocal(VariableScope scope, T value) {
		scope.setVariableLocal(this.name, value);
	}

}
