package com.osb.salesops.demo;

import java.math.BigDecimal;

/**
 * A demo customer and the payment behaviour its invoice history is generated with.
 *
 * @param code customer code
 * @param name customer name
 * @param repId owning sales rep
 * @param growth growth potential set by the sales manager
 * @param years whole years since the first order
 * @param monthlySales invoiced amount per month
 * @param daysLate days after the due date that each invoice is paid
 * @param overdueDays days past due of an invoice still open (0 for none)
 */
record DemoCustomer(String code, String name, String repId, String growth, int years, BigDecimal monthlySales,
		int daysLate, int overdueDays) {

	static DemoCustomer of(String code, String name, String repId, String growth, int years, long monthlySales,
			int daysLate, int overdueDays) {
		return new DemoCustomer(code, name, repId, growth, years, BigDecimal.valueOf(monthlySales), daysLate,
				overdueDays);
	}

}
