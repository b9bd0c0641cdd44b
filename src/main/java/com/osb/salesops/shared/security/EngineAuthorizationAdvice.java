package com.osb.salesops.shared.security;

import java.util.List;

import com.osb.salesops.shared.web.ApiError;
import org.camunda.bpm.engine.AuthorizationException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An engine authorization refused inside the application's API is a 403, not a failure.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EngineAuthorizationAdvice {

	@ExceptionHandler(AuthorizationException.class)
	ResponseEntity<ApiError> forbidden(AuthorizationException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(new ApiError(403, "Forbidden", ex.getMessage(), List.of()));
	}

}
