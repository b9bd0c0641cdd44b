package com.osb.salesops.masterdata.api;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import com.osb.salesops.shared.web.Money;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A product entered on its own, with the columns of the products file. */
record ProductBody(@NotBlank @Size(max = 200) String name, @Size(max = 20) String unit,
		@NotNull @Money @PositiveOrZero BigDecimal listPrice, @NotNull @Money @PositiveOrZero BigDecimal floorPrice,
		@PositiveOrZero @Max(999_999_999) Integer stockOnHand, Boolean active) {

	Map<String, String> columns(String sku) {
		Map<String, String> columns = new HashMap<>();
		columns.put("sku", sku);
		columns.put("name", this.name);
		columns.put("unit", this.unit);
		columns.put("listPrice", this.listPrice.toPlainString());
		columns.put("floorPrice", this.floorPrice.toPlainString());
		columns.put("stockOnHand", (this.stockOnHand != null) ? this.stockOnHand.toString() : null);
		columns.put("active", (this.active != null) ? this.active.toString() : null);
		return columns;
	}

}
