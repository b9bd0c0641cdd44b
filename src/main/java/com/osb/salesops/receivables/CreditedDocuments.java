package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents that make up a rep's credited revenue, one set-based query per kind of
 * document: payments on the rep's orders, credit notes and bad debt on the rep's invoices
 * (or customers, for documents without an order), and customers' first orders fully paid.
 * How each counts is the incentive rules' business.
 */
@Service
@Transactional(readOnly = true)
public class CreditedDocuments {

	private static final String PAYMENTS = """
			select p.number, p.received_on, p.amount, o.number, i.number
			from payment p
			left join invoice i on i.id = p.invoice_id
			join sales_order o on o.id = coalesce(p.order_id, i.order_id)
			where o.rep_id = ? and p.received_on < ?""";

	private static final String CREDIT_NOTES = """
			select cn.number, cn.issue_date, cn.amount, i.number
			from credit_note cn
			join customer c on c.id = cn.customer_id
			left join invoice i on i.id = cn.invoice_id
			left join sales_order o on o.id = i.order_id
			where coalesce(o.rep_id, c.rep_id) = ? and cn.issue_date < ?""";

	private static final String BAD_DEBTS = """
			select i.number, r.written_off_on, r.open_amount, i.issue_date
			from receivable r
			join invoice i on i.id = r.invoice_id
			join customer c on c.id = r.customer_id
			left join sales_order o on o.id = i.order_id
			where coalesce(o.rep_id, c.rep_id) = ? and r.written_off_on < ?""";

	/**
	 * The payment that brings a customer's first ever order up to its total. The first
	 * order is the customer's earliest, and not later than its recorded first order date.
	 */
	private static final String FIRST_ORDERS_PAID = """
			select x.order_number, x.customer_code, x.receipt, x.received_on, x.total_amount from (
			  select o.number as order_number, c.code as customer_code, p.number as receipt, p.received_on,
			    o.total_amount, sum(p.amount) over (partition by o.id order by p.received_on, p.id) as paid,
			    sum(p.amount) over (partition by o.id order by p.received_on, p.id) - p.amount as paid_before
			  from payment p
			  left join invoice i on i.id = p.invoice_id
			  join sales_order o on o.id = coalesce(p.order_id, i.order_id)
			  join customer c on c.id = o.customer_id
			  where o.rep_id = ? and p.received_on < ?
			    and (c.first_order_date is null or o.order_date <= c.first_order_date)
			    and not exists (select 1 from sales_order e where e.customer_id = o.customer_id
			      and (e.order_date < o.order_date or (e.order_date = o.order_date and e.id < o.id)))
			) x where x.paid >= x.total_amount and x.paid_before < x.total_amount""";

	private static final String IN_REGION = " in (select id from sales_rep where region_id = ? and active = true)";

	private static final String REGION_PAYMENTS = PAYMENTS.replace("i.number\n", "i.number, o.rep_id\n")
		.replace("o.rep_id = ?", "o.rep_id" + IN_REGION);

	private static final String REGION_CREDIT_NOTES = CREDIT_NOTES
		.replace("i.number\n", "i.number, coalesce(o.rep_id, c.rep_id)\n")
		.replace("coalesce(o.rep_id, c.rep_id) = ?", "coalesce(o.rep_id, c.rep_id)" + IN_REGION);

	private static final String REGION_BAD_DEBTS = BAD_DEBTS
		.replace("i.issue_date\n", "i.issue_date, coalesce(o.rep_id, c.rep_id)\n")
		.replace("coalesce(o.rep_id, c.rep_id) = ?", "coalesce(o.rep_id, c.rep_id)" + IN_REGION);

	private static final String REGION_FIRST_ORDERS_PAID = FIRST_ORDERS_PAID
		.replace("x.total_amount from (", "x.total_amount, x.rep_id from (")
		.replace("o.total_amount, sum(p.amount)", "o.total_amount, o.rep_id, sum(p.amount)")
		.replace("o.rep_id = ?", "o.rep_id" + IN_REGION);

	private final JdbcTemplate jdbc;

	CreditedDocuments(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every document of the rep dated before the given day, in date order. */
	public List<CreditedDocument> before(String repId, LocalDate before) {
		Date end = Date.valueOf(before);
		List<CreditedDocument> documents = new ArrayList<>();
		documents.addAll(this.jdbc.query(PAYMENTS, this::payment, repId, end));
		documents.addAll(this.jdbc.query(CREDIT_NOTES, this::creditNote, repId, end));
		documents.addAll(this.jdbc.query(BAD_DEBTS, this::badDebt, repId, end));
		documents.addAll(this.jdbc.query(FIRST_ORDERS_PAID, this::firstOrderPaid, repId, end));
		documents.sort(Comparator.comparing(CreditedDocument::date));
		return documents;
	}

	/**
	 * The documents of every active rep of the region dated before the given day, by rep,
	 * each rep's in date order, in four queries for the whole region.
	 */
	public Map<String, List<CreditedDocument>> ofRegionBefore(String regionId, LocalDate before) {
		Date end = Date.valueOf(before);
		Map<String, List<CreditedDocument>> byRep = new HashMap<>();
		collect(byRep, REGION_PAYMENTS, this::payment, 6, regionId, end);
		collect(byRep, REGION_CREDIT_NOTES, this::creditNote, 5, regionId, end);
		collect(byRep, REGION_BAD_DEBTS, this::badDebt, 5, regionId, end);
		collect(byRep, REGION_FIRST_ORDERS_PAID, this::firstOrderPaid, 6, regionId, end);
		byRep.values().forEach((documents) -> documents.sort(Comparator.comparing(CreditedDocument::date)));
		return byRep;
	}

	/**
	 * The documents of the given reps dated before the given day, by rep, each rep's in
	 * date order, in four queries for all of them.
	 */
	public Map<String, List<CreditedDocument>> ofRepsBefore(Collection<String> repIds, LocalDate before) {
		Map<String, List<CreditedDocument>> byRep = new HashMap<>();
		if (repIds.isEmpty()) {
			return byRep;
		}
		String in = " in (" + String.join(", ", Collections.nCopies(repIds.size(), "?")) + ")";
		List<Object> arguments = new ArrayList<>(repIds);
		arguments.add(Date.valueOf(before));
		Object[] values = arguments.toArray();
		collect(byRep, REGION_PAYMENTS.replace(IN_REGION, in), this::payment, 6, values);
		collect(byRep, REGION_CREDIT_NOTES.replace(IN_REGION, in), this::creditNote, 5, values);
		collect(byRep, REGION_BAD_DEBTS.replace(IN_REGION, in), this::badDebt, 5, values);
		collect(byRep, REGION_FIRST_ORDERS_PAID.replace(IN_REGION, in), this::firstOrderPaid, 6, values);
		byRep.values().forEach((documents) -> documents.sort(Comparator.comparing(CreditedDocument::date)));
		return byRep;
	}

	private void collect(Map<String, List<CreditedDocument>> byRep, String sql, RowMapper<CreditedDocument> mapper,
			int repColumn, Object... arguments) {
		this.jdbc.query(sql,
				(RowCallbackHandler) (rs) -> byRep.computeIfAbsent(rs.getString(repColumn), (rep) -> new ArrayList<>())
					.add(mapper.mapRow(rs, 0)),
				arguments);
	}

	private CreditedDocument payment(ResultSet rs, int row) throws SQLException {
		String invoice = (rs.getString(5) != null) ? " invoice " + rs.getString(5) : "";
		return new CreditedDocument(CreditedDocument.Kind.PAYMENT, rs.getDate(2).toLocalDate(), rs.getBigDecimal(3), 0,
				"receipt " + rs.getString(1) + " order " + rs.getString(4) + invoice);
	}

	private CreditedDocument creditNote(ResultSet rs, int row) throws SQLException {
		String invoice = (rs.getString(4) != null) ? " invoice " + rs.getString(4) : "";
		return new CreditedDocument(CreditedDocument.Kind.CREDIT_NOTE, rs.getDate(2).toLocalDate(), rs.getBigDecimal(3),
				0, "credit note " + rs.getString(1) + invoice);
	}

	private CreditedDocument badDebt(ResultSet rs, int row) throws SQLException {
		LocalDate writtenOff = rs.getDate(2).toLocalDate();
		int age = (int) ChronoUnit.DAYS.between(rs.getDate(4).toLocalDate(), writtenOff);
		return new CreditedDocument(CreditedDocument.Kind.BAD_DEBT, writtenOff, rs.getBigDecimal(3), age,
				"invoice " + rs.getString(1) + " written off " + age + " days after issue");
	}

	private CreditedDocument firstOrderPaid(ResultSet rs, int row) throws SQLException {
		return new CreditedDocument(CreditedDocument.Kind.FIRST_ORDER_PAID, rs.getDate(4).toLocalDate(),
				rs.getBigDecimal(5), 0, "customer " + rs.getString(2) + " first order " + rs.getString(1)
						+ " paid in full by receipt " + rs.getString(3));
	}

	/**
	 * @param kind what kind of document
	 * @param date the day it counts on
	 * @param amount its amount
	 * @param ageDays for bad debt, the invoice's age in days when written off
	 * @param description the document as a statement line shows it
	 */
	public record CreditedDocument(Kind kind, LocalDate date, BigDecimal amount, int ageDays, String description) {

		public enum Kind {

			PAYMENT, CREDIT_NOTE, BAD_DEBT, FIRST_ORDER_PAID

		}

	}

}
