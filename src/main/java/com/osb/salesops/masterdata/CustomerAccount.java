package com.osb.salesops.masterdata;

import com.osb.salesops.masterdata.model.CustomerFile;

/**
 * A customer account as it stands: its code, its rep, its growth potential and its file.
 *
 * @param id database id
 * @param code customer code
 * @param repId the rep who owns the account
 * @param repName that rep's name
 * @param growthPotential HIGH, MEDIUM or LOW, set by the sales manager
 * @param active whether orders may be taken
 * @param file the customer file
 */
public record CustomerAccount(long id, String code, String repId, String repName, String growthPotential,
		boolean active, CustomerFile file) {

}
