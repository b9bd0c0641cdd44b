package com.osb.salesops.shared.web;

import java.util.List;

/**
 * The JSON body of every error the application's API answers.
 *
 * @param status the HTTP status code
 * @param error the HTTP status reason
 * @param message what went wrong, for a person
 * @param errors every offending field, empty when the problem is not a field's
 */
public record ApiError(int status, String error, String message, List<FieldError> errors) {
}
