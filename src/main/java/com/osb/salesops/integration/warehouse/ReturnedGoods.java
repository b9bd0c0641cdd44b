package com.osb.salesops.integration.warehouse;

/**
 * One product of a return as the warehouse inspected it.
 *
 * @param sku the product
 * @param restock units accepted back into stock
 * @param scrap units accepted and scrapped
 * @param refused units refused and sent back to the customer
 */
public record ReturnedGoods(String sku, int restock, int scrap, int refused) {
}
