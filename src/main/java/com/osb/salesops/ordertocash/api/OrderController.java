package com.osb.salesops.ordertocash.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.osb.salesops.ordertocash.order.OrderEventRequest;
import com.osb.salesops.ordertocash.order.OrderEvents;
import com.osb.salesops.ordertocash.order.OrderList;
import com.osb.salesops.ordertocash.order.OrderRequest;
import com.osb.salesops.ordertocash.order.OrderScope;
import com.osb.salesops.ordertocash.order.OrderService;
import com.osb.salesops.ordertocash.order.OrderViews;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import jakarta.validation.Valid;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sales orders over HTTP: a rep submits and revises their orders; everyone concerned
 * reads an order's state, documents and timeline; payments, dispatches, deliveries and
 * cancellations arrive as events correlated by the order number.
 */
@RestController
class OrderController {

	private static final List<String> READERS = List.of(Roles.SALES_REP, Roles.SALES_ASSISTANT, Roles.SALES_MANAGER,
			Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER, Roles.FINANCE, Roles.WAREHOUSE, Roles.SALES_OPS);

	/** How often an event that met a concurrent change of its order is received. */
	private static final int EVENT_ATTEMPTS = 3;

	private final OrderService orders;

	private final OrderViews views;

	private final OrderEvents events;

	private final CurrentUser currentUser;

	private final OrderList list;

	OrderController(OrderService orders, OrderViews views, OrderEvents events, CurrentUser currentUser,
			OrderList list) {
		this.list = list;
		this.orders = orders;
		this.views = views;
		this.events = events;
		this.currentUser = currentUser;
	}

	@PostMapping("/api/orders")
	@AllowedRoles(Roles.SALES_REP)
	ResponseEntity<Map<String, Object>> submit(@Valid @RequestBody OrderRequest body) {
		String number = this.orders.submit(body, this.currentUser.id(), !this.currentUser.hasRole(Roles.ADMIN));
		return ResponseEntity.created(URI.create("/api/orders/" + number))
			.body(this.views.view(number, OrderScope.all()));
	}

	@PutMapping("/api/orders/{number}")
	@AllowedRoles(Roles.SALES_REP)
	Map<String, Object> revise(@PathVariable String number, @Valid @RequestBody OrderRequest body) {
		this.orders.revise(number, body, this.currentUser.id(), !this.currentUser.hasRole(Roles.ADMIN));
		return this.views.view(number, OrderScope.all());
	}

	@GetMapping("/api/orders")
	Map<String, Object> list(@RequestParam Map<String, String> filters) {
		this.currentUser.requireAnyRole(READERS);
		return this.list.list(scope(), filters);
	}

	@GetMapping("/api/orders/{number}")
	Map<String, Object> order(@PathVariable String number) {
		this.currentUser.requireAnyRole(READERS);
		return this.views.view(number, scope());
	}

	@PostMapping("/api/orders/{number}/events")
	ResponseEntity<Map<String, Object>> event(@PathVariable String number, @Valid @RequestBody OrderEventRequest body) {
		// An event that meets a job of the order changing it at the same moment changed
		// nothing (its transaction rolled back): it is received again, on the order as
		// the
		// job left it; past the attempts the caller is answered 503 with Retry-After.
		for (int attempt = 1;; attempt++) {
			try {
				return ResponseEntity.accepted()
					.body(this.events.receive(number, body, this.currentUser.id(), this.currentUser.roles()));
			}
			catch (ConcurrencyFailureException ex) {
				if (attempt >= EVENT_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private OrderScope scope() {
		return OrderScope.of(this.currentUser.id(), this.currentUser.roles());
	}

}
