package com.osb.salesops.masterdata.api;

import java.time.Instant;

import com.osb.salesops.masterdata.OrganisationChangeRefused;
import com.osb.salesops.masterdata.PasswordLinks;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.Messages;

import org.springframework.context.i18n.LocaleContextHolder;
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
			<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>
			<body><h1>%s</h1>%s</body></html>""";

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
					refused.fieldErrors());
		}
	}

	@GetMapping(path = "/password", produces = MediaType.TEXT_HTML_VALUE)
	String form(@RequestParam(required = false) String token) {
		String value = (token != null) ? HtmlUtils.htmlEscape(token) : "";
		return page("<form method=\"post\" action=\"password\"><input type=\"hidden\" name=\"token\" value=\"" + value
				+ "\"><label>"
				+ html(Messages.text("page.password.new", "New password (at least {0} characters)",
						PasswordLinks.MIN_LENGTH))
				+ " <input type=\"password\" name=\"password\" autocomplete=\"new-password\" required minlength=\""
				+ PasswordLinks.MIN_LENGTH + "\"></label> <button>"
				+ html(Messages.text("page.password.set", "Set password")) + "</button></form>");
	}

	@PostMapping(path = "/password", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> set(@RequestParam(required = false) String token,
			@RequestParam(required = false) String password) {
		try {
			String userId = this.links.use(token, password);
			return ResponseEntity
				.ok(page("<p>" + html(Messages.text("page.password.done", "The password of {0} is set.", userId))
						+ " <a href=\"camunda/app/tasklist/\">" + html(Messages.text("page.password.login", "Log in"))
						+ "</a></p>"));
		}
		catch (OrganisationChangeRefused refused) {
			return ResponseEntity.unprocessableEntity()
				.contentType(MediaType.TEXT_HTML)
				.body(page(
						"<p>" + html(String.join(" ", refused.fieldErrors().stream().map(FieldError::message).toList()))
								+ "</p>"));
		}
	}

	private static String page(String body) {
		String title = html(Messages.text("page.password.title", "Set your password"));
		return PAGE.formatted(LocaleContextHolder.getLocale().toLanguageTag(), title, title, body);
	}

	private static String html(String text) {
		return HtmlUtils.htmlEscape(text);
	}

	/** A link was mailed to the user, valid until the time given. */
	record Sent(String userId, Instant expiresAt) {
	}

}
