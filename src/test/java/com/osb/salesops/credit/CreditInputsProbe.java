package com.osb.salesops.credit;

import java.time.LocalDate;

import com.osb.salesops.credit.model.LedgerFigures;

import org.springframework.context.ApplicationContext;

/**
 * The inputs the credit evaluation of a customer reads from the ledger on a date, for
 * tests of other capabilities whose documents must show in them.
 */
public final class CreditInputsProbe {

	private CreditInputsProbe() {
	}

	public static LedgerFigures inputs(ApplicationContext context, long customerId, LocalDate on) {
		return context.getBean(CreditLedger.class).figures(customerId, on);
	}

}
