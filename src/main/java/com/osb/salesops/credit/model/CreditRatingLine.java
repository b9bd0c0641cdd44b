package com.osb.salesops.credit.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One customer in the credit rating report.
 *
 * @param customerCode customer code
 * @param customerName customer name
 * @param market market id
 * @param region region id
 * @param rep the owning sales rep
 * @param grade current grade
 * @param creditLimit current limit
 * @param formulaLimit limit by formula
 * @param manualAdjustment adjustment in force
 * @param paymentTerms payment terms
 * @param previousGrade grade before the last evaluation
 * @param previousLimit limit before the last evaluation
 * @param evaluatedOn date of the last evaluation
 */
public record CreditRatingLine(String customerCode, String customerName, String market, String region, String rep,
		String grade, BigDecimal creditLimit, BigDecimal formulaLimit, BigDecimal manualAdjustment, String paymentTerms,
		String previousGrade, BigDecimal previousLimit, LocalDate evaluatedOn) {
}
