package com.osb.salesops.masterdata.model;

/**
 * The kind of customer, which sets how often the rep visits.
 */
public enum CustomerType {

	DISTRIBUTOR, DIRECT, KEY_ACCOUNT

}
