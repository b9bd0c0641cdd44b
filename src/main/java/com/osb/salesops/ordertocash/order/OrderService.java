package com.osb.salesops.ordertocash.order;

import java.util.Map;

import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.numbering.DocumentNumbers;
import com.osb.salesops.shared.numbering.DocumentType;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes sales orders: validates them, stores them with a new order number and starts
 * their flow, all in one transaction, so that a refused order leaves nothing behind.
 */
@Service
public class OrderService {

	private final OrderValidation validation;

	private final Orders orders;

	private final DocumentNumbers numbers;

	private final BusinessClock clock;

	private final AuditLog audit;

	private final OrderFlow flow;

	OrderService(OrderValidation validation, Orders orders, DocumentNumbers numbers, BusinessClock clock,
			AuditLog audit, OrderFlow flow) {
		this.validation = validation;
		this.orders = orders;
		this.numbers = numbers;
		this.clock = clock;
		this.audit = audit;
		this.flow = flow;
	}

	/**
	 * @param body the order as the client sent it
	 * @param submittedBy the user submitting it
	 * @param ownCustomersOnly whether the user may order only for their own customers
	 * @return the new order number
	 */
	@Transactional
	public String submit(Map<String, Object> body, String submittedBy, boolean ownCustomersOnly) {
		OrderSubmission order = this.validation.validate(body, ownCustomersOnly ? submittedBy : null);
		String number = this.numbers.next(DocumentType.SALES_ORDER);
		this.orders.insert(number, order, submittedBy, this.clock.today());
		this.audit.record(submittedBy, "ORDER_SUBMITTED", "order", number, null,
				order.lines().size() + " line(s), total " + order.total().toPlainString() + " CNY");
		this.orders.processInstance(number, this.flow.start(number));
		return number;
	}

}
