package com.osb.salesops.ordertocash.process;

import java.util.stream.Collectors;

import com.osb.salesops.credit.CreditStanding;
import com.osb.salesops.ordertocash.order.OrderCredit;
import com.osb.salesops.shared.web.Messages;
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
				(standing.overdue().signum() == 0)
						? Messages.inCompanyLanguage("form-text.nothing-overdue", "Nothing overdue")
						: Messages.inCompanyLanguage("form-text.overdue",
								"{0} overdue; the oldest open invoice is {1} days past due",
								Money.text(standing.overdue()), standing.maxOverdueDays()));
		task.setVariableLocal("openReceivablesText", Money.text(standing.openReceivables()));
		task.setVariableLocal("committedOrdersText", Money.text(standing.committed()));
		task.setVariableLocal("lastPaymentsText",
				standing.lastPayments().isEmpty()
						? Messages.inCompanyLanguage("form-text.no-payment-yet", "No payment received yet")
						: standing.lastPayments()
							.stream()
							.map((payment) -> payment.receivedOn() + "  " + Money.text(payment.amount())
									+ ((payment.reference() != null) ? "  " + payment.reference() : ""))
							.collect(Collectors.joining("\n")));
	}

}
