package com.osb.salesops.shared.security;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import com.osb.salesops.shared.web.Messages;

/**
 * The roles of POLICY section 3, each a Camunda group. Nobody acts outside their role.
 */
public final class Roles {

	public static final String SALES_REP = "sales-rep";

	public static final String SALES_ASSISTANT = "sales-assistant";

	public static final String SALES_MANAGER = "sales-manager";

	public static final String SALES_DIRECTOR = "sales-director";

	public static final String GENERAL_MANAGER = "general-manager";

	public static final String FINANCE = "finance";

	public static final String WAREHOUSE = "warehouse";

	public static final String SALES_OPS = "sales-ops";

	public static final String HR = "hr";

	public static final String ADMIN = "camunda-admin";

	/** Operations staff: metrics and build information, no business work. */
	public static final String OPERATIONS = "operations";

	public static final List<String> ALL = List.of(SALES_REP, SALES_ASSISTANT, SALES_MANAGER, SALES_DIRECTOR,
			GENERAL_MANAGER, FINANCE, WAREHOUSE, SALES_OPS, HR);

	private Roles() {
	}

	/**
	 * The roles as the request's reader names them ("销售运营、人力资源"); English keeps the
	 * roles' ids.
	 */
	public static String inLanguage(Collection<String> roles) {
		return roles.stream()
			.map((role) -> Messages.text("role." + role, role))
			.collect(Collectors.joining(Messages.text("role.separator", ", ")));
	}

	/** The role's name as the platform names its group, in English. */
	public static String displayName(String role) {
		return switch (role) {
			case SALES_REP -> "Sales representatives";
			case SALES_ASSISTANT -> "Sales assistants";
			case SALES_MANAGER -> "Sales managers";
			case SALES_DIRECTOR -> "Sales directors";
			case GENERAL_MANAGER -> "General management";
			case FINANCE -> "Finance";
			case WAREHOUSE -> "Warehouse";
			case SALES_OPS -> "Sales operations";
			case HR -> "Human resources";
			case OPERATIONS -> "Operations";
			default -> role;
		};
	}

}
