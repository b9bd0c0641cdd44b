package com.osb.salesops.integration.warehouse;

import java.util.List;

/**
 * What the order flow asks of the warehouse. Every call is idempotent per order: calling
 * it again for the same order has no further effect and answers as the first call did, so
 * that a retried step can never reserve or ship twice.
 */
public interface Warehouse {

	/**
	 * Reserves the stock of every line of the order, all or nothing.
	 * @throws OutOfStockException when a line cannot be served, naming every short
	 * product
	 */
	void reserve(String orderNumber) throws OutOfStockException;

	/**
	 * Issues the shipping notice (FHTZ) for the reserved stock and returns its number.
	 */
	String issueShippingNotice(String orderNumber);

	/** Dispatches the order with the carrier and tracking number the keeper recorded. */
	void dispatch(String orderNumber, String carrier, String trackingNumber);

	/** Records that the customer received the goods. */
	void confirmDelivery(String orderNumber);

	/**
	 * Gives back, in the stock ledger, whatever is still reserved for the order (a
	 * cancellation before dispatch), in the cancellation's own transaction. A warehouse
	 * system is told by {@link #announceRelease} once that transaction has committed.
	 */
	void release(String orderNumber);

	/**
	 * Tells the warehouse system that the order's reservation is released. Called in a
	 * step of its own once the cancellation has committed and every reservation call sent
	 * before it has been answered or given up: a cancellation that rolls back tells the
	 * warehouse nothing, so that its retry is never taken for a repeat of a release the
	 * warehouse acted on before the reservation reached it, and a reservation the
	 * warehouse made meanwhile, even one whose answer was lost, is released too.
	 */
	void announceRelease(String orderNumber);

	/**
	 * Takes back a reservation that the warehouse made after the order was closed: the
	 * order's release reached the warehouse before its reservation did. A call of its
	 * own, so that the warehouse does not take it for a repeat of that release.
	 */
	void withdrawReservation(String orderNumber);

	/**
	 * Records the goods of a return as received and inspected, once per return: units
	 * accepted to stock are back on hand, scrapped and refused units are not.
	 */
	void receiveReturn(String returnNumber, String orderNumber, List<ReturnedGoods> goods);

}
