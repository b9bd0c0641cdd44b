package com.osb.salesops.receivables.process;

import java.util.Arrays;
import java.util.List;

import com.osb.salesops.receivables.PaymentProblem;
import com.osb.salesops.receivables.UnallocatedPayments;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

/**
 * Allocates a queued payment to the customer and invoices finance found for it; a
 * customer or invoice still unknown keeps the task open with the reason.
 */
@Component
class AllocatePaymentListener implements TaskListener {

	private final UnallocatedPayments payments;

	AllocatePaymentListener(UnallocatedPayments payments) {
		this.payments = payments;
	}

	@Override
	public void notify(DelegateTask task) {
		String customer = String.valueOf(task.getVariable("customerCode")).strip();
		Object numbers = task.getVariable("invoiceNumbers");
		List<String> invoices = (numbers == null || numbers.toString().isBlank()) ? List.of()
				: Arrays.stream(numbers.toString().split("[,\\s]+")).filter((number) -> !number.isBlank()).toList();
		List<PaymentProblem> problems = this.payments.problems(customer, invoices);
		if (!problems.isEmpty()) {
			throw new FormFieldValidationException(problems.get(0).field(), problems.get(0).error().message());
		}
		long id = ((Number) task.getVariable("unallocatedPaymentId")).longValue();
		task.setVariable("receiptNumber", this.payments.allocate(id, customer, invoices, task.getAssignee()));
	}

}
