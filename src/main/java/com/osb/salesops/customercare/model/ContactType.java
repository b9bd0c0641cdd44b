package com.osb.salesops.customercare.model;

/**
 * How a rep or assistant was in touch with a customer. Visits and meetings are held in
 * person and count as visits for the visit interval; a call does not.
 */
public enum ContactType {

	VISIT, CALL, MEETING;

	public boolean inPerson() {
		return this != CALL;
	}

}
