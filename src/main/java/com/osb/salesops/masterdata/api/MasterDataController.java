package com.osb.salesops.masterdata.api;

import java.util.List;

import com.osb.salesops.masterdata.MasterDataViews;
import com.osb.salesops.masterdata.MasterDataViews.Organisation;
import com.osb.salesops.masterdata.MasterDataViews.ProductView;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The product list for everyone who takes or handles orders; the sales organisation for
 * the back office and management. Both are changed by importing their files.
 */
@RestController
class MasterDataController {

	private static final List<String> PRODUCT_READERS = List.of(Roles.SALES_REP, Roles.SALES_ASSISTANT,
			Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER, Roles.FINANCE, Roles.WAREHOUSE,
			Roles.SALES_OPS);

	private static final List<String> ORGANISATION_READERS = List.of(Roles.SALES_OPS, Roles.FINANCE, Roles.HR,
			Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER);

	private final MasterDataViews views;

	private final CurrentUser user;

	MasterDataController(MasterDataViews views, CurrentUser user) {
		this.views = views;
		this.user = user;
	}

	@GetMapping("/api/products")
	List<ProductView> products() {
		this.user.requireAnyRole(PRODUCT_READERS);
		return this.views.products();
	}

	@GetMapping("/api/organisation")
	Organisation organisation() {
		this.user.requireAnyRole(ORGANISATION_READERS);
		return this.views.organisation();
	}

}
