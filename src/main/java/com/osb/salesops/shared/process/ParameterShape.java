package com.osb.salesops.shared.process;

import java.util.List;

/**
 * What decides the text a statement's conditions and loops make of its parameter object,
 * for a statement whose text follows the parameter's structure alone: parameters of one
 * shape make one text, with the same mapping for each of its parameters, and bind the
 * same parts of themselves under the same names.
 */
interface ParameterShape {

	/** The parameter's shape, or null when it is not an object this shape knows. */
	Shape of(Object parameter);

	/**
	 * @param key everything the text and the types of its parameters depend on; equal for
	 * parameters that make the same text
	 * @param parts the objects of the parameter a binding may hold, each told apart by
	 * identity, in an order all parameters of one key share
	 */
	record Shape(List<Object> key, List<Object> parts) {
	}

}
