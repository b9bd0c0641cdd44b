package com.osb.salesops.quota.model;

/**
 * Which fairness bound, if any, decided a rep's quota instead of the common scale factor.
 */
public enum Bound {

	NONE, FLOOR, CAP

}
