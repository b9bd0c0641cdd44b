package com.osb.salesops.masterdata.api;

import java.time.Instant;
import java.util.List;

import com.osb.salesops.masterdata.OrganisationChangeRefused;
import com.osb.salesops.masterdata.PasswordLinks;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * First passwords: sales ops or HR have a one-time link mailed to a person created by an
 * import or through the API; the person opens it and chooses a password. The page needs
 * no login: the link is the proof.
 */
@RestController
class PasswordController {

	private static final String PAGE = """
			<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Set your password</title></head>
			<body><h1>Set your password</h1>%s</body></html>""";

	private final PasswordLinks links;

	private final CurrentUser user;

	PasswordController(PasswordLinks links, CurrentUser user) {
		this.links = links;
		this.user = user;
	}

	@PostMapping("/api/organisation/users/{userId}/password-link")
	@AllowedRoles({ Roles.SALES_OPS, Roles.HR })
	ResponseEntity<Sent> send(@PathVariable String userId) {
		String page = ServletUriComponentsBuilder.fromCurrentContextPath().path("/password").toUriString();
		try {
			return ResponseEntity.status(HttpStatus.ACCEPTED)
				.body(new Sent(userId, this.links.send(userId, page, this.user.id())));
		}
		catch (OrganisationChangeRefused refused) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "no-password-link", "No link can be sent",
					List.of(new FieldError("userId", refused.problems().get("userId"))));
		}
	}

	@GetMapping(path = "/password", produces = MediaType.TEXT_HTML_VALUE)
	String form(@RequestParam(required = false) String token) {
		String value = (token != null) ? HtmlUtils.htmlEscape(token) : "";
		return PAGE.formatted("<form method=\"post\" action=\"password\"><input type=\"hidden\" name=\"token\" value=\""
				+ value + "\"><label>New password (at least 10 characters) <input type=\"password\" name=\"password\""
				+ " autocomplete=\"new-password\" required minlength=\"10\"></label> <button>Set password</button></form>");
	}

	@PostMapping(path = "/password", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> set(@RequestParam(required = false) String token,
			@RequestParam(required = false) String password) {
		try {
			String userId = this.links.use(token, password);
			return ResponseEntity.ok(PAGE.formatted("<p>The password of " + HtmlUtils.htmlEscape(userId)
					+ " is set. <a href=\"camunda/app/tasklist/\">Log in</a>.</p>"));
		}
		catch (OrganisationChangeRefused refused) {
			return ResponseEntity.unprocessableEntity()
				.contentType(MediaType.TEXT_HTML)
				.body(PAGE
					.formatted("<p>" + HtmlUtils.htmlEscape(String.join(" ", refused.problems().values())) + "</p>"));
		}
	}

	/** A link was mailed to the user, valid until the time given. */
	record Sent(String userId, Instant expiresAt) {
	}

}
