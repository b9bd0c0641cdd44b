package com.osb.salesops.shared.web;

import java.util.List;

/**
 * A check of a typed request body against the company's data (does this customer exist,
 * is it the caller's, is the price above the floor), answered in the same 422 as the
 * body's own problems. A bean of this type is asked for every body of its type; it skips
 * fields that are absent and computes only on values within their limits, since it is
 * asked even when some fields are invalid.
 *
 * @param <T> the request body it checks
 */
public interface RequestCheck<T> {

	/** Every problem found, each naming a field. */
	List<FieldError> check(T request);

}
