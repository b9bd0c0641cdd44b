package com.osb.salesops.shared.security;

import java.util.List;

import com.osb.salesops.shared.web.ApiError;
import com.osb.salesops.shared.web.ChangedMeanwhile;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The engine's refusals inside the application's API: an authorization refused is a 403,
 * and a change someone else made to the same process at the same moment a 409 to send
 * again (the request's transaction rolled back, so nothing of it was kept), not failures.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EngineRefusalAdvice {

	@ExceptionHandler(AuthorizationException.class)
	ResponseEntity<ApiError> forbidden(AuthorizationException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(new ApiError(403, "Forbidden", ex.getMessage(), List.of()));
	}

	@ExceptionHandler(OptimisticLockingException.class)
	ResponseEntity<ApiError> changedMeanwhile(OptimisticLockingException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(new ApiError(409, Messages.text("status.409", "Conflict"),
					Messages.text("problem.changed-meanwhile", ChangedMeanwhile.ENGLISH), List.of(),
					"changed-meanwhile"));
	}

}
