package com.osb.salesops.shared.language;

import java.util.List;
import java.util.Locale;

import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A user's language, a setting of their profile: every user reads and sets their own.
 * Mail to them, their task names and the API's messages (when a request names no
 * language) follow it.
 */
@RestController
class LanguageController {

	private final UserLanguages languages;

	private final CurrentUser user;

	LanguageController(UserLanguages languages, CurrentUser user) {
		this.languages = languages;
		this.user = user;
	}

	@GetMapping("/api/me/language")
	Language language() {
		return answer();
	}

	@PutMapping("/api/me/language")
	Language choose(@Valid @RequestBody LanguageRequest request) {
		Locale offered = this.languages.offered(request.language())
			.orElseThrow(
					() -> InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "language-not-offered",
							"The language {0} is not offered", List.of(FieldError.of("language", "one-of",
									"must be one of {0}", String.join(", ", tags(this.languages.languages())))),
							request.language()));
		this.languages.choose(this.user.id(), offered);
		return answer();
	}

	private Language answer() {
		return new Language(this.languages.of(this.user.id()).toLanguageTag(),
				this.languages.chosen(this.user.id()).isPresent(), tags(this.languages.languages()));
	}

	private static List<String> tags(List<Locale> locales) {
		return locales.stream().map(Locale::toLanguageTag).toList();
	}

	/**
	 * @param language the language the user reads, a BCP 47 tag such as {@code zh-CN}
	 * @param chosen whether the user chose it, or it is the company's
	 * @param languages the languages offered
	 */
	record Language(String language, boolean chosen, List<String> languages) {
	}

	/**
	 * @param language the language to read, such as {@code zh-CN} or {@code en}
	 */
	record LanguageRequest(@NotBlank(message = "{salesops.not-blank}") @Size(max = 16,
			message = "{salesops.length}") String language) {
	}

}
