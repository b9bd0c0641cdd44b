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
 * An amount of money in yuan: at most 15 digits before the decimal point and 2 after it
 * (fen). Checked before any arithmetic.
 */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Digits(integer = RequestLimits.MAX_INTEGER_DIGITS, fraction = 2)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Money {

	String message() default "{salesops.money}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
