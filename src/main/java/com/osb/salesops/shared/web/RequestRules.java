package com.osb.salesops.shared.web;

import java.util.List;

/**
 * A typed request body whose rules span several fields (a field required by another's
 * value, sums, repeats). What {@link #broken()} finds is answered in the same 422 as
 * every other problem of the body, so it is asked even when some fields are invalid: it
 * skips absent fields and computes only on values within their limits.
 */
public interface RequestRules {

	/** Every rule of the request that its fields break together, each naming a field. */
	List<FieldError> broken();

}
