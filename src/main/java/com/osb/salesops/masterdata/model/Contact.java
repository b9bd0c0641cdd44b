package com.osb.salesops.masterdata.model;

/**
 * A person at the customer.
 *
 * @param name full name
 * @param phone phone number
 * @param email e-mail address, may be empty
 */
public record Contact(String name, String phone, String email) {

}
