package com.osb.salesops.demo;

import java.math.BigDecimal;

/**
 * A demo customer and the payment behaviour its invoice history is generated with.
 *
 * @param code customer code
 * @param name customer name in English
 * @param chineseName customer name in Chinese
 * @param repId owning sales rep
 * @param growth growth potential set by the sales manager
 * @param years whole years since the first order
 * @param monthlySales invoiced amount per month
 * @param daysLate days after the due date that each invoice is paid
 * @param overdueDays days past due of an invoice still open (0 for none)
 */
record DemoCustomer(String code, String name, String chineseName, String repId, String growth, int years,
		BigDecimal monthlySales, int daysLate, int overdueDays) {

	static DemoCustomer of(String code, String name, String chineseName, String repId, String growth, int years,
			long monthlySales, int daysLate, int overdueDays) {
		return new DemoCustomer(code, name, chineseName, repId, growth, years, BigDecimal.valueOf(monthlySales),
				daysLate, overdueDays);
	}

	/** The customer's name in the company's language. */
	String name(boolean chinese) {
		return chinese ? this.chineseName : this.name;
	}

}
