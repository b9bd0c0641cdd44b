package com.osb.salesops.returns;

import com.osb.salesops.receivables.Receivables;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.osb.salesops.returns.model.LineInspection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The return tables, and what a return reads of its order: the order's head and, per
 * line, what was delivered and what is already returned.
 */
@Repository
class ReturnStore {

	private static final String ORDER = """
			select o.id, o.number, o.customer_id, c.code, c.name, c.email, o.rep_id, r.user_id,
			  g.manager_user_id, m.manager_user_id, o.total_amount,
			  exists (select 1 from shipment s where s.order_id = o.id and s.status = 'DELIVERED')
			from sales_order o join customer c on c.id = o.customer_id join sales_rep r on r.id = o.rep_id
			join region g on g.id = r.region_id join market m on m.id = g.market_id where o.number = ?""";

	private static final String LINES = """
			select l.line_no, l.product_id, p.sku, p.name, l.quantity, l.unit_price, l.discount_percent,
			  case when exists (select 1 from shipment s where s.order_id = l.order_id and s.status = 'DELIVERED')
			    then l.quantity else 0 end,
			  coalesce((select sum(case when x.status in ('REQUESTED', 'APPROVED') then rl.quantity
			      when x.status = 'REJECTED' then 0
			      else coalesce(rl.restock_quantity, 0) + coalesce(rl.scrap_quantity, 0) end)
			    from order_return_line rl join order_return x on x.id = rl.return_id
			    where x.order_id = l.order_id and rl.order_line_no = l.line_no), 0)
			from sales_order_line l join product p on p.id = l.product_id where l.order_id = ? order by l.line_no""";

	private static final String RETURN = """
			select x.id, x.number, x.order_id, o.number, x.status, x.reason, x.reason_text, x.return_value,
			  x.order_net_total, x.approval_level, x.requested_by, r.user_id, c.name, c.email, x.credit_amount,
			  x.credit_note_number, x.process_instance_id
			from order_return x join sales_order o on o.id = x.order_id join customer c on c.id = x.customer_id
			join sales_rep r on r.id = x.rep_id where x.number = ?""";

	private final JdbcTemplate jdbc;

	private final Receivables receivables;

	ReturnStore(JdbcTemplate jdbc, Receivables receivables) {
		this.receivables = receivables;
		this.jdbc = jdbc;
	}

	Optional<ReturnOrder> order(String number) {
		return this.jdbc
			.query(ORDER,
					(rs, row) -> new ReturnOrder(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
							rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
							rs.getString(10), rs.getBigDecimal(11), rs.getBoolean(12)),
					number)
			.stream()
			.findFirst();
	}

	/**
	 * Locks the order's row, so that two returns of one order are taken one at a time.
	 */
	void lockOrder(long orderId) {
		this.jdbc.queryForList("select id from sales_order where id = ? for update", Long.class, orderId);
	}

	List<ReturnableLine> lines(long orderId) {
		return this.jdbc
			.query(LINES,
					(rs, row) -> new ReturnableLine(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4),
							rs.getInt(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getInt(8), rs.getInt(9)),
					orderId);
	}

	long insert(String number, ReturnOrder order, ReturnRequest request, BigDecimal value, String requestedBy,
			LocalDate on) {
		this.jdbc.update(
				"insert into order_return (number, order_id, customer_id, rep_id, status, reason,"
						+ " reason_text, return_value, order_net_total, requested_by, requested_on)"
						+ " values (?, ?, ?, ?, 'REQUESTED', ?, ?, ?, ?, ?, ?)",
				number, order.id(), order.customerId(), order.repId(), request.reason().name(),
				blankToNull(request.reasonText()), value, order.netTotal(), requestedBy, Date.valueOf(on));
		return this.jdbc.queryForObject("select id from order_return where number = ?", Long.class, number);
	}

	void insertLine(long returnId, ReturnableLine line, int quantity) {
		this.jdbc.update(
				"insert into order_return_line (return_id, order_line_no, product_id, quantity,"
						+ " net_unit_price) values (?, ?, ?, ?, ?)",
				returnId, line.lineNo(), line.productId(), quantity, line.netUnitPrice());
	}

	Optional<StoredReturn> find(String number) {
		return this.jdbc
			.query(RETURN,
					(rs, row) -> new StoredReturn(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
							rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
							rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
							rs.getBigDecimal(15), rs.getString(16), rs.getString(17)),
					number)
			.stream()
			.findFirst();
	}

	StoredReturn get(String number) {
		return find(number).orElseThrow(() -> new IllegalArgumentException("There is no return " + number));
	}

	List<StoredReturnLine> returnLines(long returnId) {
		return this.jdbc.query("select rl.order_line_no, p.sku, p.name, rl.quantity, rl.net_unit_price,"
				+ " rl.restock_quantity, rl.scrap_quantity, rl.refused_quantity, rl.inspection_note, rl.credit_amount"
				+ " from order_return_line rl join product p on p.id = rl.product_id where rl.return_id = ?"
				+ " order by rl.order_line_no",
				(rs, row) -> new StoredReturnLine(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4),
						rs.getBigDecimal(5), rs.getObject(6, Integer.class), rs.getObject(7, Integer.class),
						rs.getObject(8, Integer.class), rs.getString(9), rs.getBigDecimal(10)),
				returnId);
	}

	void inspected(long returnId, LineInspection line, BigDecimal credit) {
		this.jdbc.update(
				"update order_return_line set restock_quantity = ?, scrap_quantity = ?,"
						+ " refused_quantity = ?, inspection_note = ?, credit_amount = ? where return_id = ?"
						+ " and order_line_no = ?",
				line.restock(), line.scrap(), line.refused(), line.note(), credit, returnId, line.lineNo());
	}

	/** The order's invoice, the first if it has several, or null. */
	String invoiceNumber(long orderId) {
		return this.receivables.invoiceOfOrder(orderId).orElse(null);
	}

	String decisionComment(long returnId) {
		return this.jdbc.queryForObject("select decision_comment from order_return where id = ?", String.class,
				returnId);
	}

	/** Sets one column of the return; the column names come from this package only. */
	void set(long returnId, String column, Object value) {
		this.jdbc.update("update order_return set " + column + " = ? where id = ?", value, returnId);
	}

	void status(long returnId, String status) {
		set(returnId, "status", status);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
