package com.osb.salesops.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an endpoint, checked before its request body is read, so that a
 * caller without the role learns nothing from the answer but that it is not theirs.
 * Administrators may call every endpoint.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedRoles {

	/** The roles, as {@link Roles} names them. */
	String[] value();

}
