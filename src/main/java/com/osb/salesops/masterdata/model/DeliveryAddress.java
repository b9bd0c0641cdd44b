package com.osb.salesops.masterdata.model;

/**
 * Where goods are delivered and what the carrier needs to know (客户储运信息).
 *
 * @param address delivery address
 * @param receivingContact who receives the goods
 * @param receivingPhone their phone
 * @param unloadingHours when the customer unloads, for example "Mon-Fri 08:00-16:00"
 * @param preferredCarrier the carrier the customer prefers, may be empty
 */
public record DeliveryAddress(String address, String receivingContact, String receivingPhone, String unloadingHours,
		String preferredCarrier) {

}
