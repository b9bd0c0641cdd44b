package com.osb.salesops.customercare.model;

/**
 * How a rep or assistant was in touch with a customer. Which types count toward the visit
 * interval is decided by the compliance rules of {@code rules/customercare}.
 */
public enum ContactType {

	VISIT, CALL, MEETING

}
