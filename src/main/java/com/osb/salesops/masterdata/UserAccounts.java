package com.osb.salesops.masterdata;

import java.util.Locale;

import com.osb.salesops.shared.language.RoleNames;

/**
 * The users people log in as, and the groups that give them their role: a rep or a
 * manager entered in the sales organisation can log in in the same step.
 */
public interface UserAccounts {

	/**
	 * Creates the user unless it exists, and makes it a member of the group unless it is.
	 * @return true when anything was created
	 */
	boolean ensure(String userId, String name, String email, String group);

	/** Whether the user exists. */
	boolean exists(String userId);

	/**
	 * Takes the user out of every group, so that they can do nothing more.
	 * @return the groups the user was in
	 */
	java.util.List<String> leave(String userId);

	/** The user's e-mail address, when the user exists and has one. */
	java.util.Optional<String> email(String userId);

	/** The user's name, when the user exists and has one. */
	java.util.Optional<String> name(String userId);

	/**
	 * The user's name as a reader of the language knows them: a role in brackets after it
	 * in their words ({@link RoleNames#person}); the user id when the user has no name.
	 */
	default String shownName(String userId, Locale language) {
		return name(userId).map((name) -> RoleNames.person(name, language)).orElse(userId);
	}

	/** Gives the user a password. */
	void setPassword(String userId, String password);

}
