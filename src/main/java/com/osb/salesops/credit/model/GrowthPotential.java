package com.osb.salesops.credit.model;

/**
 * How much the account's sales manager expects the customer to grow.
 */
public enum GrowthPotential {

	HIGH, MEDIUM, LOW

}
