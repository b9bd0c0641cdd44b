package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.osb.salesops.shared.audit.AuditLog;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collections case of each overdue invoice: its state, the actions of the
 * {@code collections-action} table taken on it (each once, with the rule that fired and
 * its input) and the credit hold it puts on the customer's new orders.
 */
@Service
@Transactional
public class CollectionCases {

	public static final String OPEN = "OPEN";

	public static final String PROMISED = "PROMISED";

	public static final String DISPUTED = "DISPUTED";

	public static final String CLOSED = "CLOSED";

	private static final String INVOICE = """
			select i.id, i.number, i.customer_id, c.code as customer_code, c.name as customer_name,
			  c.email as customer_email, s.user_id as rep_user_id, r.due_date, r.open_amount,
			  r.written_off_on
			from invoice i join receivable r on r.invoice_id = i.id join customer c on c.id = i.customer_id
			join sales_rep s on s.id = c.rep_id where i.number = ?""";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	CollectionCases(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Optional<OverdueInvoice> invoice(String number) {
		return this.jdbc.sql(INVOICE).param(number).query(OverdueInvoice.class).optional();
	}

	/** Opens the invoice's case, once. */
	public void open(String number, String processInstanceId, LocalDate on) {
		this.jdbc
			.sql("insert into collection_case (invoice_id, customer_id, process_instance_id, status, opened_on)"
					+ " select id, customer_id, ?, ?, ? from invoice where number = ?"
					+ " and not exists (select 1 from collection_case k where k.invoice_id = invoice.id)")
			.params(processInstanceId, OPEN, Date.valueOf(on), number)
			.update();
	}

	@Transactional(readOnly = true)
	public Set<String> actionsTaken(String number) {
		return new HashSet<>(this.jdbc
			.sql("select a.action from collection_action a join invoice i on i.id = a.invoice_id where i.number = ?")
			.param(number)
			.query(String.class)
			.list());
	}

	/**
	 * Records an action as taken, with the rule of the decision that fired and its input.
	 */
	public void recordAction(String number, TakenAction action) {
		this.jdbc.sql("""
				insert into collection_action (invoice_id, action, days_past_due, open_amount, decision_key,
				  rule_id, rule_description, taken_on, process_instance_id)
				select id, ?, ?, ?, ?, ?, ?, ?, ? from invoice where number = ?""")
			.params(action.action(), action.daysPastDue(), action.openAmount(), action.decisionKey(), action.ruleId(),
					action.ruleDescription(), Date.valueOf(action.takenOn()), action.processInstanceId(), number)
			.update();
		this.audit.record(null, "COLLECTIONS_" + action.action(), "invoice", number, action.processInstanceId(),
				"daysPastDue " + action.daysPastDue() + ", open " + action.openAmount().toPlainString() + "; "
						+ action.decisionKey() + " rule " + action.ruleId());
	}

	/** Records what came of an action (the outcome of a call, a dispute's resolution). */
	public void recordOutcome(String number, String action, String outcome, String note, String actor) {
		this.jdbc
			.sql("update collection_action set outcome = ?, note = ?, actor = ?"
					+ " where action = ? and invoice_id = (select id from invoice where number = ?)")
			.params(outcome, note, actor, action, number)
			.update();
		this.audit.record(actor, "COLLECTIONS_OUTCOME", "invoice", number, null,
				action + ": " + outcome + ((note != null) ? " " + note : ""));
	}

	public void setStatus(String number, String status, LocalDate promisedOn) {
		this.jdbc
			.sql("update collection_case set status = ?, promised_on = ?"
					+ " where invoice_id = (select id from invoice where number = ?)")
			.params(status, (promisedOn != null) ? Date.valueOf(promisedOn) : null, number)
			.update();
	}

	public void holdCustomer(String number) {
		flag(number, "credit_hold");
	}

	public void escalate(String number) {
		flag(number, "escalated");
	}

	/** Closes the case and lifts its credit hold. */
	public void close(String number, LocalDate on) {
		this.jdbc
			.sql("update collection_case set status = ?, closed_on = ?, credit_hold = false"
					+ " where invoice_id = (select id from invoice where number = ?)")
			.params(CLOSED, Date.valueOf(on), number)
			.update();
	}

	/** Every invoice open and past due on the day, with its case's state and actions. */
	@Transactional(readOnly = true)
	public List<SweepItem> overdue(LocalDate on) {
		Map<Long, Set<String>> taken = new HashMap<>();
		this.jdbc.sql("""
				select a.invoice_id, a.action from collection_action a join receivable r on r.invoice_id = a.invoice_id
				where r.open_amount > 0 and r.written_off_on is null and r.due_date < ?""")
			.param(Date.valueOf(on))
			.query((RowCallbackHandler) (rs) -> taken.computeIfAbsent(rs.getLong(1), (id) -> new HashSet<>())
				.add(rs.getString(2)));
		return this.jdbc.sql("""
				select i.id, i.number, r.due_date, k.status from receivable r join invoice i on i.id = r.invoice_id
				left join collection_case k on k.invoice_id = r.invoice_id
				where r.open_amount > 0 and r.written_off_on is null and r.due_date < ? order by r.due_date, i.id""")
			.param(Date.valueOf(on))
			.query((rs, row) -> new SweepItem(rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
					taken.getOrDefault(rs.getLong(1), Set.of())))
			.list();
	}

	private void flag(String number, String column) {
		this.jdbc
			.sql("update collection_case set " + column + " = true"
					+ " where invoice_id = (select id from invoice where number = ?)")
			.param(number)
			.update();
	}

	/**
	 * An invoice as collections sees it.
	 *
	 * @param id the invoice id
	 * @param number its number
	 * @param customerId the customer
	 * @param customerCode the customer's code
	 * @param customerName the customer's name
	 * @param customerEmail where the customer's reminders go, if known
	 * @param repUserId the user of the customer's rep
	 * @param dueDate the day it was due
	 * @param openAmount what is still unpaid
	 * @param writtenOffOn the day it was written off, if it was
	 */
	public record OverdueInvoice(long id, String number, long customerId, String customerCode, String customerName,
			String customerEmail, String repUserId, LocalDate dueDate, BigDecimal openAmount, LocalDate writtenOffOn) {

		public boolean chased() {
			return this.openAmount.signum() > 0 && this.writtenOffOn == null;
		}

	}

	/**
	 * @param action the action of the decision
	 * @param daysPastDue the input it was decided on
	 * @param openAmount what was open then
	 * @param decisionKey the decision
	 * @param ruleId the rule that fired
	 * @param ruleDescription the rule's annotation
	 * @param takenOn the business day
	 * @param processInstanceId the case
	 */
	public record TakenAction(String action, int daysPastDue, BigDecimal openAmount, String decisionKey, String ruleId,
			String ruleDescription, LocalDate takenOn, String processInstanceId) {
	}

	/**
	 * @param number the invoice number
	 * @param dueDate the day it was due
	 * @param caseStatus its case's status, null when it has none yet
	 * @param actionsTaken the actions already taken on it
	 */
	public record SweepItem(String number, LocalDate dueDate, String caseStatus, Set<String> actionsTaken) {
	}

}
