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
 * @param marketName the market's name
 * @param regionName the region's name
 * @param repName the rep's name
 * @param paymentTermsText the payment terms in the reader's words
 * @param openReceivables what the customer owes now: open invoices and goods shipped
 * before payment not yet invoiced
 * @param committed orders that passed the credit check and are not yet invoiced
 * @param exposure open receivables and committed orders together, as the credit check
 * counts them
 * @param available what is left of the limit, negative when the exposure exceeds it
 */
public record CreditRatingLine(String customerCode, String customerName, String market, String region, String rep,
		String grade, BigDecimal creditLimit, BigDecimal formulaLimit, BigDecimal manualAdjustment, String paymentTerms,
		String previousGrade, BigDecimal previousLimit, LocalDate evaluatedOn, String marketName, String regionName,
		String repName, String paymentTermsText, BigDecimal openReceivables, BigDecimal committed, BigDecimal exposure,
		BigDecimal available) {
}
