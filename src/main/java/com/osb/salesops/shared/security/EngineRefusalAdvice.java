package com.osb.salesops.shared.security;

import java.util.List;
import java.util.Locale;

import com.osb.salesops.shared.web.ApiError;
import com.osb.salesops.shared.web.ChangedMeanwhile;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The engine's refusals inside the application's API: an authorization refused is a 403
 * naming, in the reader's language, who lacks which right, and a change someone else made
 * to the same process at the same moment a 409 to send again (the request's transaction
 * rolled back, so nothing of it was kept), not failures.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EngineRefusalAdvice {

	@ExceptionHandler(AuthorizationException.class)
	ResponseEntity<ApiError> forbidden(AuthorizationException ex) {
		Locale reader = LocaleContextHolder.getLocale();
		String reason = ex.getMissingAuthorizations().isEmpty() ? ex.getMessage()
				: EngineErrorFilter.missingRights(ex.getUserId(), ex.getMissingAuthorizations(), reader);
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(new ApiError(403, Messages.text("status.403", "Forbidden"), reason, List.of(), "forbidden"));
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
