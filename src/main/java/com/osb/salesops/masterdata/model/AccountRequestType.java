package com.osb.salesops.masterdata.model;

/**
 * What a request on a customer account asks for. Each goes through the same approval.
 */
public enum AccountRequestType {

	OPEN, CHANGE, REASSIGN, DEACTIVATE

}
