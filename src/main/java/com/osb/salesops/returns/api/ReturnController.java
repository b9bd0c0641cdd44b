package com.osb.salesops.returns.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.osb.salesops.ordertocash.order.OrderScope;
import com.osb.salesops.returns.ReturnRequest;
import com.osb.salesops.returns.ReturnViews;
import com.osb.salesops.returns.Returns;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Returns over HTTP: a rep requests a return against a delivered order of theirs; the
 * people who may see the order read its returns.
 */
@RestController
class ReturnController {

	private static final List<String> READERS = List.of(Roles.SALES_REP, Roles.SALES_ASSISTANT, Roles.SALES_MANAGER,
			Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER, Roles.FINANCE, Roles.WAREHOUSE, Roles.SALES_OPS);

	private final Returns returns;

	private final ReturnViews views;

	private final CurrentUser currentUser;

	ReturnController(Returns returns, ReturnViews views, CurrentUser currentUser) {
		this.returns = returns;
		this.views = views;
		this.currentUser = currentUser;
	}

	@PostMapping("/api/returns")
	@AllowedRoles(Roles.SALES_REP)
	ResponseEntity<Map<String, Object>> request(@Valid @RequestBody ReturnRequest body) {
		String number = this.returns.request(body, this.currentUser.id());
		return ResponseEntity.created(URI.create("/api/returns/" + number)).body(this.views.view(number, scope()));
	}

	@GetMapping("/api/returns")
	Map<String, Object> list(@RequestParam(name = "order", required = false) String order,
			@RequestParam(name = "status", required = false) String status) {
		this.currentUser.requireAnyRole(READERS);
		return Map.of("returns", this.views.list(scope(), order, status));
	}

	@GetMapping("/api/returns/{number}")
	Map<String, Object> view(@PathVariable String number) {
		this.currentUser.requireAnyRole(READERS);
		return this.views.view(number, scope());
	}

	private OrderScope scope() {
		return OrderScope.of(this.currentUser.id(), this.currentUser.roles());
	}

}
