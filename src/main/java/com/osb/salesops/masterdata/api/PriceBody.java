package com.osb.salesops.masterdata.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import com.osb.salesops.shared.web.Money;
import com.osb.salesops.shared.web.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** A price change of one product from a day on, as a line of the prices file. */
record PriceBody(@NotNull @PlausibleDate LocalDate effectiveFrom, @NotNull @Money @PositiveOrZero BigDecimal listPrice,
		@NotNull @Money @PositiveOrZero BigDecimal floorPrice) {

	Map<String, String> columns(String sku) {
		return Map.of("sku", sku, "effectiveFrom", this.effectiveFrom.toString(), "listPrice",
				this.listPrice.toPlainString(), "floorPrice", this.floorPrice.toPlainString());
	}

}
