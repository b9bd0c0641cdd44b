package com.osb.salesops.shared.language;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.Messages;

/**
 * The roles' groups in the reader's language: the platform names each role's group once,
 * in English ({@link Roles#displayName}), and a reader gets the role's name from the
 * bundles ({@code role.<group id>}), as is a user whose last name is their role in
 * brackets, as the demo's users are. A group or a user someone renamed keeps their name.
 */
public final class RoleNames {

	private RoleNames() {
	}

	/**
	 * A person's name and the role in brackets after it, as the demo's users are named.
	 */
	private static final Pattern NAMED_WITH_ROLE = Pattern.compile("(.*?)\\s*\\((.+)\\)");

	/**
	 * A person's whole name (first and last) in the reader's language: a last name that
	 * is a role's group in brackets reads as that role in the reader's words
	 * ({@code 张伟（销售代表）}); any other name stays as it is.
	 */
	public static String person(String name, Locale language) {
		Matcher named = NAMED_WITH_ROLE.matcher(name);
		if (named.matches()) {
			for (String role : Roles.ALL) {
				if (Roles.displayName(role).equals(named.group(2))) {
					String bracketed = Messages.text(language, "role.bracketed", "({0})",
							Messages.text(language, "role." + role, named.group(2)));
					return named.group(1) + (bracketed.startsWith("(") ? " " : "") + bracketed;
				}
			}
		}
		return name;
	}

	/** Translates the object when it is a role's group or a user named after a role. */
	static void translate(ObjectNode object, Locale language) {
		if (object.path("id").isTextual() && object.path("name").isTextual()) {
			String role = object.get("id").asText();
			if (object.get("name").asText().equals(Roles.displayName(role)) && !role.equals(Roles.displayName(role))) {
				object.put("name", Messages.text(language, "role." + role, object.get("name").asText()));
			}
		}
		if (object.has("firstName") && object.path("lastName").isTextual()) {
			String lastName = object.get("lastName").asText();
			if (lastName.length() > 2 && lastName.startsWith("(") && lastName.endsWith(")")) {
				String named = lastName.substring(1, lastName.length() - 1);
				for (String role : Roles.ALL) {
					if (Roles.displayName(role).equals(named)) {
						object.put("lastName", Messages.text(language, "role.bracketed", "({0})",
								Messages.text(language, "role." + role, named)));
					}
				}
			}
		}
	}

}
