package com.osb.salesops.returns;

import java.math.BigDecimal;

/** A return's head row as stored, with its order and the people concerned. */
record StoredReturn(long id, String number, long orderId, String orderNumber, String status, String reason,
		String reasonText, BigDecimal returnValue, BigDecimal orderNetTotal, String approvalLevel, String requestedBy,
		String repUserId, String customerName, String customerEmail, BigDecimal creditAmount, String creditNoteNumber,
		String processInstanceId) {
}
