package com.osb.salesops.masterdata;

/**
 * A customer's file was written: created, changed, handed to another rep, given another
 * code, deactivated or activated again. Published in the transaction that wrote it, so
 * that a capability keeping figures about customers follows in the same transaction.
 *
 * @param customerId the customer's database id
 */
public record CustomerFileChanged(long customerId) {

}
