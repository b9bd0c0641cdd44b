package com.osb.salesops.ordertocash.process;

import com.osb.salesops.shared.process.ProcessVariable;

/**
 * The order-to-remittance process: its key and the variables its steps share.
 */
final class OrderToRemittanceProcess {

	static final String KEY = "order-to-remittance";

	static final ProcessVariable<String> ORDER_NUMBER = ProcessVariable.of("orderNumber", String.class);

	private OrderToRemittanceProcess() {
	}

}
