package com.osb.salesops.ordertocash.order;

/**
 * Where an order's goods go: one of the delivery addresses of the customer's file, as it
 * was when the order was taken.
 *
 * @param address delivery address
 * @param receivingContact who receives the goods
 * @param receivingPhone their phone
 * @param unloadingHours when the customer unloads
 * @param preferredCarrier the carrier the customer prefers, may be empty
 */
public record OrderDelivery(String address, String receivingContact, String receivingPhone, String unloadingHours,
		String preferredCarrier) {

}
