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

/** A whole number of at most 9 digits (quantities, days, months, counts). */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Digits(integer = 9, fraction = 0)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface WholeNumber {

	String message() default "{salesops.whole-number}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
