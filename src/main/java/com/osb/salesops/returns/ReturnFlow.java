package com.osb.salesops.returns;

import java.math.BigDecimal;

/**
 * The process a requested return runs through: approval, receipt and inspection, credit
 * note.
 */
public interface ReturnFlow {

	/**
	 * Starts the return's process, keyed by its number.
	 * @return the process instance's id
	 */
	String start(Started started);

	/**
	 * What the return's tasks show from the start.
	 *
	 * @param returnValue the requested units at their net unit prices
	 * @param linesText the returned lines, one a row
	 * @param requestText the return's number, value and reason in a sentence
	 */
	record Started(String returnNumber, String orderNumber, String customerName, String repUserId,
			BigDecimal returnValue, String linesText, String requestText) {
	}

}
