package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.shared.web.Messages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open collections cases of the customers in a scope, oldest due first: where each
 * overdue invoice stands, and the last action the collections table took on it.
 */
@Service
public class CollectionCaseList {

	private static final String CASES = """
			select i.number as invoice_number, c.code as customer_code, c.name as customer_name, s.id as rep_id,
			  s.name as rep_name,
			  g.id as region_id, m.id as market_id, k.status, k.opened_on, k.promised_on, k.credit_hold, k.escalated,
			  r.due_date, r.open_amount,
			  (select a.action from collection_action a where a.invoice_id = k.invoice_id
			    order by a.taken_on desc, a.id desc limit 1) as last_action
			from collection_case k join invoice i on i.id = k.invoice_id join receivable r on r.invoice_id = i.id
			join customer c on c.id = k.customer_id join sales_rep s on s.id = c.rep_id
			join region g on g.id = s.region_id join market m on m.id = g.market_id
			where k.closed_on is null""";

	private final JdbcClient jdbc;

	CollectionCaseList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The open cases in the scope, with their days past due as of the day. */
	@Transactional(readOnly = true)
	public List<OpenCase> open(ReceivablesScope scope, LocalDate asOf) {
		List<Object> arguments = new ArrayList<>();
		String sql = CASES + scope.where(arguments) + " order by r.due_date, i.number";
		return this.jdbc.sql(sql)
			.params(arguments)
			.query(Row.class)
			.list()
			.stream()
			.map((row) -> new OpenCase(row.invoiceNumber(), row.customerCode(), row.customerName(), row.repId(),
					row.repName(), row.regionId(), row.marketId(), row.status(),
					Messages.text("collections.state." + row.status(), row.status()), row.lastAction(),
					(row.lastAction() != null)
							? Messages.text("collections.action." + row.lastAction(), row.lastAction()) : null,
					row.openedOn().toLocalDate(), (row.promisedOn() != null) ? row.promisedOn().toLocalDate() : null,
					row.creditHold(), row.escalated(), row.dueDate().toLocalDate(),
					ChronoUnit.DAYS.between(row.dueDate().toLocalDate(), asOf), row.openAmount()))
			.toList();
	}

	record Row(String invoiceNumber, String customerCode, String customerName, String repId, String repName,
			String regionId, String marketId, String status, Date openedOn, Date promisedOn, boolean creditHold,
			boolean escalated, Date dueDate, BigDecimal openAmount, String lastAction) {
	}

	/**
	 * An open collections case.
	 *
	 * @param invoiceNumber the overdue invoice
	 * @param customerCode its customer
	 * @param customerName the customer's name
	 * @param repId the customer's rep
	 * @param repName the rep's name
	 * @param regionId the rep's region
	 * @param marketId the region's market
	 * @param status where the case stands
	 * @param statusText that in the reader's words
	 * @param lastAction the last action of the collections table taken, or null
	 * @param lastActionText that in the reader's words (its code, for an action the table
	 * added that has no words yet)
	 * @param openedOn when the case opened
	 * @param promisedOn the day the customer promised to pay, or null
	 * @param creditHold whether the customer's new orders are held
	 * @param escalated whether the case went to the manager
	 * @param dueDate when the invoice was due
	 * @param daysPastDue days since then
	 * @param openAmount what is still open
	 */
	public record OpenCase(String invoiceNumber, String customerCode, String customerName, String repId, String repName,
			String regionId, String marketId, String status, String statusText, String lastAction,
			String lastActionText, LocalDate openedOn, LocalDate promisedOn, boolean creditHold, boolean escalated,
			LocalDate dueDate, long daysPastDue, BigDecimal openAmount) {
	}

}
