package com.osb.salesops.ordertocash.process;

import java.util.stream.Collectors;

import com.osb.salesops.credit.CreditStanding;
import com.osb.salesops.ordertocash.order.OrderCredit;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.ORDER_NUMBER;

/**
 * Shows whoever decides a credit hold where the customer stands when the task opens: what
 * is overdue and how late, what is owed in all, what other orders commit, and the last
 * payments. Set on the task alone.
 */
@Component
class PrepareCreditHoldTaskListener implements TaskListener {

	private final OrderCredit credit;

	PrepareCreditHoldTaskListener(OrderCredit credit) {
		this.credit = credit;
	}

	@Override
	public void notify(DelegateTask task) {
		CreditStanding standing = this.credit.standing(ORDER_NUMBER.get(task.getExecution()));
		task.setVariableLocal("overdueText",
				(standing.overdue().signum() == 0) ? "Nothing overdue" : Money.text(standing.overdue())
						+ " overdue; the oldest open invoice is " + standing.maxOverdueDays() + " days past due");
		task.setVariableLocal("openReceivablesText", Money.text(standing.openReceivables()));
		task.setVariableLocal("committedOrdersText", Money.text(standing.committed()));
		task.setVariableLocal("lastPaymentsText",
				standing.lastPayments().isEmpty() ? "No payment received yet"
						: standing.lastPayments()
							.stream()
							.map((payment) -> payment.receivedOn() + "  " + Money.text(payment.amount())
									+ ((payment.reference() != null) ? "  " + payment.reference() : ""))
							.collect(Collectors.joining("\n")));
	}

}
