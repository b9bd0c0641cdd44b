package com.osb.salesops.receivables.process;

import java.util.List;

import com.osb.salesops.receivables.PaymentProblem;
import com.osb.salesops.receivables.UnallocatedPayments.ReportedPayment;
import com.osb.salesops.receivables.UnallocatedPayments;
import com.osb.salesops.shared.process.SystemActions;
import com.osb.salesops.shared.web.InvalidRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in a payment finance reports. One naming an unknown customer or invoice is
 * refused, naming each such field, and kept: it waits in the unallocated queue, and a
 * task asks finance to allocate it by hand ({@code unallocated-payment}).
 */
@Component
public class PaymentIntake {

	static final String KEY = "unallocated-payment";

	private final UnallocatedPayments payments;

	private final RuntimeService runtime;

	private final SystemActions system;

	private final TransactionTemplate transactions;

	PaymentIntake(UnallocatedPayments payments, RuntimeService runtime, SystemActions system,
			TransactionTemplate transactions) {
		this.payments = payments;
		this.runtime = runtime;
		this.system = system;
		this.transactions = transactions;
	}

	/**
	 * Records the payment and answers its receipt number, or refuses it and queues it.
	 */
	public String receive(ReportedPayment payment, String reportedBy) {
		List<PaymentProblem> problems = this.payments.problems(payment.customerCode(), payment.invoiceNumbers());
		if (problems.isEmpty()) {
			return this.transactions.execute((status) -> this.payments.record(payment, reportedBy));
		}
		String problem = String.join("; ", problems.stream().map(PaymentProblem::inCompanyLanguage).toList());
		long id = this.transactions.execute((status) -> {
			long queued = this.payments.enqueue(payment, problem, reportedBy);
			ProcessInstance instance = this.system.run(() -> this.runtime.createProcessInstanceByKey(KEY)
				.businessKey(payment.reference())
				.setVariable("unallocatedPaymentId", queued)
				.setVariable("paymentReference", payment.reference())
				.setVariable("paymentAmountText", com.osb.salesops.shared.process.MoneyText.of(payment.amount()))
				.setVariable("paymentProblem", problem)
				.execute());
			this.payments.attach(queued, instance.getId());
			return queued;
		});
		throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "payment-unallocated",
				"The payment names what is not known, so it was not allocated; it is kept as unallocated payment {0} for finance to allocate in Tasklist",
				problems.stream().map(PaymentProblem::error).toList(), id);
	}

}
