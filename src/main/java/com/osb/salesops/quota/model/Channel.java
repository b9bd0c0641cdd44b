package com.osb.salesops.quota.model;

/**
 * The sales channels a rep's quota is split into (POLICY section 4), in the order every
 * split lists them.
 */
public enum Channel {

	DIRECT, DISTRIBUTOR, ONLINE

}
