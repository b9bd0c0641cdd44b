package com.osb.salesops.incentive.model;

import java.math.BigDecimal;

/**
 * A rep's figures for a what-if: typed in, not read from the ledger.
 *
 * @param id the rep, as the caller names them
 * @param quota quarterly quota, more than 0
 * @param targetIncentive target incentive (TI)
 * @param credited credited revenue, may be negative
 * @param newCustomers customers whose first ever order was paid in the quarter
 */
public record RepFigures(String id, BigDecimal quota, BigDecimal targetIncentive, BigDecimal credited,
		int newCustomers) {
}
