package com.osb.salesops.shared.numbering;

import java.time.LocalDate;

/**
 * The 10,000th document of a type in one business day: the policy's number has a
 * four-digit daily sequence, so no number is left and the document is not issued. A step
 * that needs the number stops as an incident with this message, and can be retried the
 * next business day or once the numbering is settled.
 */
public class DocumentNumbersExhaustedException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	public DocumentNumbersExhaustedException(DocumentType type, LocalDate businessDate) {
		super("No " + type.code() + " number is left for " + businessDate + ": the policy's number SC"
				+ businessDate.toString().replace("-", "") + type.code()
				+ "NNNN has a four-digit daily sequence and 9999 " + type.code()
				+ " documents were already issued that day; the document was not issued");
	}

}
