package com.osb.salesops.ordertocash.documents;

import java.time.Instant;

/**
 * A file of an order, as its readers list it.
 *
 * @param id its id, for the download address
 * @param kind CONTRACT, SHIPPING_NOTICE or INVOICE (made by the application) or
 * SIGNED_CONTRACT, DELIVERY_RECEIPT or INVOICING_DETAILS (uploaded)
 * @param documentNumber the document's number (a made document's), or null
 * @param fileName the name it downloads under
 * @param contentType its media type
 * @param sizeBytes its size
 * @param sha256 the SHA-256 of its bytes
 * @param createdBy who made or uploaded it ({@code system} for a step of the flow)
 * @param createdAt when
 * @param url where it is downloaded
 */
public record OrderFile(long id, String kind, String documentNumber, String fileName, String contentType,
		long sizeBytes, String sha256, String createdBy, Instant createdAt, String url) {

	/** The download address of an order's file. */
	public static String url(String orderNumber, long id) {
		return "/api/orders/" + orderNumber + "/files/" + id;
	}

}
