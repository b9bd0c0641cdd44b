package com.osb.salesops.shared.security;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is: lets a client check its credentials and see its roles.
 */
@RestController
class MeController {

	private final CurrentUser currentUser;

	MeController(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@GetMapping("/api/me")
	Me me() {
		return new Me(this.currentUser.id(), this.currentUser.roles());
	}

	record Me(String userId, List<String> roles) {
	}

}
