package com.osb.salesops.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Digits;

/**
 * A decimal the application can carry exactly: at most 15 digits before the decimal point
 * and 4 after it. Checked before any arithmetic, so that a number such as
 * {@code 1e10000000} costs nothing.
 */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Digits(integer = RequestLimits.MAX_INTEGER_DIGITS, fraction = RequestLimits.MAX_DECIMALS)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Amount {

	String message() default "{salesops.amount}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
