package com.osb.salesops.credit;

import java.math.BigDecimal;

/**
 * The credit terms a new customer opens with, by the same rules as every evaluation: no
 * sales, no lateness and no years yet (POLICY §2: grade C, PREPAY unless an adjustment is
 * approved).
 *
 * @param grade credit grade
 * @param creditLimit credit limit
 * @param paymentTerms payment terms
 * @param rulesFired the rules that produced them
 */
public record OpeningTerms(String grade, BigDecimal creditLimit, String paymentTerms, String rulesFired) {

}
