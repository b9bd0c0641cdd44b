package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.osb.salesops.shared.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments finance reports against customers and invoices by code and number. A payment
 * that names an unknown customer or invoice is never lost: it waits in the unallocated
 * queue until finance allocates it by hand.
 */
@Service
@Transactional
public class UnallocatedPayments {

	private final JdbcClient jdbc;

	private final Receivables receivables;

	private final AuditLog audit;

	UnallocatedPayments(JdbcClient jdbc, Receivables receivables, AuditLog audit) {
		this.jdbc = jdbc;
		this.receivables = receivables;
		this.audit = audit;
	}

	/**
	 * What is wrong with the payment's customer and invoices, by field; empty when
	 * nothing.
	 */
	@Transactional(readOnly = true)
	public List<PaymentProblem> problems(String customerCode, List<String> invoiceNumbers) {
		List<PaymentProblem> problems = new ArrayList<>();
		Optional<Long> customer = customer(customerCode);
		if (customer.isEmpty()) {
			problems
				.add(new PaymentProblem("customerCode", "payment-customer", "there is no customer {0}", customerCode));
			return problems;
		}
		for (String number : invoiceNumbers) {
			long found = this.jdbc.sql("select count(*) from invoice where number = ? and customer_id = ?")
				.params(number, customer.get())
				.query(Long.class)
				.single();
			if (found == 0) {
				problems.add(new PaymentProblem("invoiceNumbers", "payment-invoice", "there is no invoice {0} of {1}",
						number, customerCode));
			}
		}
		return problems;
	}

	/** Records a payment whose customer and invoices are known, and allocates it. */
	public String record(ReportedPayment payment, String recordedBy) {
		long customerId = customer(payment.customerCode()).orElseThrow();
		return this.receivables.recordPayment(new NewPayment(customerId, null, payment.amount(), payment.reference(),
				payment.receivedOn(), payment.invoiceNumbers(), recordedBy));
	}

	/** Puts a payment nobody could place in the queue and answers its id. */
	public long enqueue(ReportedPayment payment, String problem, String reportedBy) {
		this.jdbc.sql("""
				insert into unallocated_payment (reference, customer_code, invoice_numbers, amount, received_on,
				  problem, status, reported_by) values (?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
			.params(payment.reference(), payment.customerCode(), String.join(",", payment.invoiceNumbers()),
					payment.amount(), Date.valueOf(payment.receivedOn()), problem, reportedBy)
			.update();
		long id = this.jdbc.sql("select max(id) from unallocated_payment where reference = ?")
			.param(payment.reference())
			.query(Long.class)
			.single();
		this.audit.record(reportedBy, "PAYMENT_UNALLOCATED", "payment", payment.reference(), null, problem);
		return id;
	}

	public void attach(long id, String processInstanceId) {
		this.jdbc.sql("update unallocated_payment set process_instance_id = ? where id = ?")
			.params(processInstanceId, id)
			.update();
	}

	@Transactional(readOnly = true)
	public ReportedPayment find(long id) {
		return this.jdbc.sql("""
				select customer_code, invoice_numbers, amount, reference, received_on
				from unallocated_payment where id = ?""")
			.param(id)
			.query((rs, row) -> new ReportedPayment(rs.getString(1), split(rs.getString(2)), rs.getBigDecimal(3),
					rs.getString(4), rs.getDate(5).toLocalDate()))
			.single();
	}

	/** Allocates a queued payment to the customer and invoices finance found for it. */
	public String allocate(long id, String customerCode, List<String> invoiceNumbers, String allocatedBy) {
		ReportedPayment queued = find(id);
		String receipt = record(new ReportedPayment(customerCode, invoiceNumbers, queued.amount(), queued.reference(),
				queued.receivedOn()), allocatedBy);
		this.jdbc.sql("update unallocated_payment set status = 'ALLOCATED', payment_number = ? where id = ?")
			.params(receipt, id)
			.update();
		return receipt;
	}

	private Optional<Long> customer(String code) {
		return this.jdbc.sql("select id from customer where code = ?").param(code).query(Long.class).optional();
	}

	private static List<String> split(String numbers) {
		return (numbers == null || numbers.isBlank()) ? List.of() : List.of(numbers.split(","));
	}

	/**
	 * A payment as finance reports it.
	 *
	 * @param customerCode the paying customer's code
	 * @param invoiceNumbers the invoices it pays, or none to allocate by rule
	 * @param amount the amount received
	 * @param reference the bank or remittance reference
	 * @param receivedOn the day received
	 */
	public record ReportedPayment(String customerCode, List<String> invoiceNumbers, BigDecimal amount, String reference,
			LocalDate receivedOn) {

		public ReportedPayment {
			invoiceNumbers = (invoiceNumbers != null) ? List.copyOf(invoiceNumbers) : List.of();
		}

	}

}
