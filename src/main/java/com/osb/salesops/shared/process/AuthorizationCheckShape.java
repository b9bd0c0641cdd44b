package com.osb.salesops.shared.process;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;

/**
 * The shape of the engine's authorization check ({@code isUserAuthorizedForResource}):
 * whether revoking authorizations are checked, how many groups the user has, and each
 * permission check's place in the tree of checks, whether they are alternatives, the
 * column that names its resource or whether it names one resource or all, and what a
 * missing authorization counts as. The user, the groups, the resource type, the resource
 * and the permission are values the text binds, not part of it.
 */
final class AuthorizationCheckShape implements ParameterShape {

	/** The engine's statement whose parameter this is. */
	static final String STATEMENT = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity"
			+ ".isUserAuthorizedForResource";

	@Override
	public Shape of(Object parameter) {
		if (parameter == null || parameter.getClass() != AuthorizationCheck.class) {
			return null;
		}
		AuthorizationCheck check = (AuthorizationCheck) parameter;
		List<Object> key = new ArrayList<>();
		List<Object> parts = new ArrayList<>();
		parts.add(check);
		key.add(check.isRevokeAuthorizationCheckEnabled());
		list(check.getAuthGroupIds(), key, parts, (group) -> {
			parts.add(group);
			key.add((group != null) ? group.getClass() : null);
		});
		composite(check.getPermissionChecks(), key, parts);
		return new Shape(key, parts);
	}

	private static void composite(CompositePermissionCheck check, List<Object> key, List<Object> parts) {
		parts.add(check);
		if (check == null) {
			key.add("no checks");
			return;
		}
		key.add(check.getClass());
		key.add(check.isDisjunctive());
		list(check.getAtomicChecks(), key, parts, (each) -> {
			parts.add(each);
			key.add((each != null) ? each.getClass() : null);
			if (each != null) {
				key.add(each.getResourceIdQueryParam());
				String resourceId = each.getResourceId();
				key.add((resourceId == null) ? "no resource"
						: "*".equals(resourceId) ? "every resource" : "one resource");
				key.add(each.getAuthorizationNotFoundReturnValue());
			}
		});
		list(check.getCompositeChecks(), key, parts, (each) -> composite(each, key, parts));
	}

	/**
	 * A list of the check: itself a part, its length (or that there is none) in the key,
	 * then each of its items as the caller adds them.
	 */
	private static <T> void list(List<T> items, List<Object> key, List<Object> parts, Consumer<T> each) {
		parts.add(items);
		key.add((items != null) ? items.size() : -1);
		if (items != null) {
			items.forEach(each);
		}
	}

}
