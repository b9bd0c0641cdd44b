package com.osb.salesops.customercare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How well customer files and visits are kept, on a day: per rep, region, market and in
 * all, the findings explained a page at a time, and the trend over the weeks before.
 *
 * @param asOf the day the report is for
 * @param total the whole scope
 * @param reps one line per rep
 * @param regions one line per region
 * @param markets one line per market
 * @param findings the duties not met on the page asked for, the customers with most
 * findings first, each explained
 * @param findingsTotal every duty not met in the scope, on all pages
 * @param page the page of findings, from 0
 * @param size findings a page
 * @param trend the whole scope at the end of each of the weeks before, oldest first
 */
public record ComplianceReport(LocalDate asOf, Tally total, List<Tally> reps, List<Tally> regions, List<Tally> markets,
		List<CustomerFinding> findings, long findingsTotal, int page, int size, List<Tally> trend) {

	/**
	 * The figures of a rep, a region, a market or the whole scope.
	 *
	 * @param key the rep, the region, the market or {@code all}
	 * @param asOf the day the figures are for
	 * @param activeCustomers active customers
	 * @param completeFiles active customers whose file is complete
	 * @param completeShare complete files among active customers, 0 to 1 (1 when there
	 * are none)
	 * @param overdueVisits active customers not visited as often as their type requires
	 * @param staleLogistics active customers whose logistics information was not
	 * confirmed this quarter
	 */
	public record Tally(String key, LocalDate asOf, int activeCustomers, int completeFiles, BigDecimal completeShare,
			int overdueVisits, int staleLogistics) {
	}

	/**
	 * A duty not met by one customer.
	 *
	 * @param customerCode the customer
	 * @param customerName its name
	 * @param repId its rep
	 * @param regionId the rep's region
	 * @param marketId the region's market
	 * @param duty a field of the file, {@code visit} or {@code logistics}
	 * @param dutyText that in the reader's words
	 * @param rule the rule that found it
	 * @param explanation the finding in words, with the inputs it was found on
	 */
	public record CustomerFinding(String customerCode, String customerName, String repId, String regionId,
			String marketId, String duty, String dutyText, String rule, String explanation) {
	}

}
