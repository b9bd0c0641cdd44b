package com.osb.salesops.masterdata.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** A product's stock on hand as counted, in whole units. */
record StockBody(@NotNull @PositiveOrZero @Max(999_999_999) Integer stockOnHand) {
}
