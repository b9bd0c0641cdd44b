package com.osb.salesops.masterdata.api;

import java.util.List;
import java.util.Map;

import com.osb.salesops.masterdata.ImportResult;
import com.osb.salesops.masterdata.MasterDataImports;
import com.osb.salesops.masterdata.MasterDataViews;
import com.osb.salesops.masterdata.MasterDataViews.Organisation;
import com.osb.salesops.masterdata.MasterDataViews.ProductView;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The product list for everyone who takes or handles orders; the sales organisation for
 * the back office and management. Sales ops change a product, its price from a day on or
 * its stock one record at a time, with the checks of the import files.
 */
@RestController
class MasterDataController {

	private static final List<String> PRODUCT_READERS = List.of(Roles.SALES_REP, Roles.SALES_ASSISTANT,
			Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER, Roles.FINANCE, Roles.WAREHOUSE,
			Roles.SALES_OPS);

	private static final List<String> ORGANISATION_READERS = List.of(Roles.SALES_OPS, Roles.FINANCE, Roles.HR,
			Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER);

	private final MasterDataViews views;

	private final MasterDataImports imports;

	private final CurrentUser user;

	MasterDataController(MasterDataViews views, MasterDataImports imports, CurrentUser user) {
		this.views = views;
		this.imports = imports;
		this.user = user;
	}

	@GetMapping("/api/products")
	List<ProductView> products() {
		this.user.requireAnyRole(PRODUCT_READERS);
		return this.views.products();
	}

	@PutMapping("/api/products/{sku}")
	@AllowedRoles(Roles.SALES_OPS)
	ImportResult product(@PathVariable String sku, @Valid @RequestBody ProductBody body) {
		return Records.imported(() -> this.imports.importRecord("products", body.columns(sku), this.user.id(), null));
	}

	@PostMapping("/api/products/{sku}/prices")
	@AllowedRoles(Roles.SALES_OPS)
	ImportResult price(@PathVariable String sku, @Valid @RequestBody PriceBody body) {
		return Records.imported(() -> this.imports.importRecord("prices", body.columns(sku), this.user.id(), null));
	}

	@PutMapping("/api/products/{sku}/stock")
	@AllowedRoles({ Roles.SALES_OPS, Roles.WAREHOUSE })
	ImportResult stock(@PathVariable String sku, @Valid @RequestBody StockBody body) {
		return Records.imported(() -> this.imports.importRecord("stock",
				Map.of("sku", sku, "stockOnHand", body.stockOnHand().toString()), this.user.id(), null));
	}

	@GetMapping("/api/organisation")
	Organisation organisation() {
		this.user.requireAnyRole(ORGANISATION_READERS);
		return this.views.organisation();
	}

}
