package com.osb.salesops.masterdata;

/**
 * What customer care needs to know of a customer: who looks after it, in which region and
 * market, and what its file holds, with the unified social credit code already checked
 * (GB 32100-2015) so that no other capability repeats the check.
 *
 * @param id database id
 * @param code customer code
 * @param name legal name as stored
 * @param repId the customer's rep
 * @param repUserId the user the rep logs in as
 * @param regionId the rep's region
 * @param marketId the region's market
 * @param active whether the account is active
 * @param customerType DISTRIBUTOR, DIRECT or KEY_ACCOUNT
 * @param taxNumber unified social credit code as stored, may be empty
 * @param taxNumberProblem what is wrong with the code, {@code null} when it is valid
 * @param invoiceAddress invoicing address, may be empty
 * @param bankAccount bank account, may be empty
 * @param contactWithPhone whether a contact with a phone is on file
 * @param receivingContact whether a delivery address with a receiving contact is on file
 * @param regionManager the user who manages the rep's region, or null
 * @param marketManager the user who manages the region's market, or null
 */
public record CustomerCareFile(long id, String code, String name, String repId, String repUserId, String regionId,
		String marketId, boolean active, String customerType, String taxNumber, String taxNumberProblem,
		String invoiceAddress, String bankAccount, boolean contactWithPhone, boolean receivingContact,
		String regionManager, String marketManager) {

}
