package com.osb.salesops.receivables;

import com.osb.salesops.forecast.SalesLedger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The sales ledger read from today's order, invoice and credit note tables. An invoice of
 * an order is split over the order's lines by their amounts; a credit note follows its
 * invoice, or the customer's rep when it names none.
 */
@Repository
public class SqlSalesLedger implements SalesLedger {

	private static final String INVOICED = """
			select coalesce(o.rep_id, c.rep_id), p.sku, o.channel, i.issue_date,
			  case when l.id is null then i.amount else i.amount * l.line_amount / o.total_amount end
			from invoice i join customer c on c.id = i.customer_id
			left join sales_order o on o.id = i.order_id and o.total_amount <> 0
			left join sales_order_line l on l.order_id = o.id
			left join product p on p.id = l.product_id
			where i.issue_date >= ? and i.issue_date < ?""";

	private static final String CREDITED = """
			select coalesce(o.rep_id, c.rep_id), p.sku, o.channel, n.issue_date,
			  case when l.id is null then n.amount else n.amount * l.line_amount / o.total_amount end
			from credit_note n join customer c on c.id = n.customer_id
			left join invoice i on i.id = n.invoice_id
			left join sales_order o on o.id = i.order_id and o.total_amount <> 0
			left join sales_order_line l on l.order_id = o.id
			left join product p on p.id = l.product_id
			where n.issue_date >= ? and n.issue_date < ?""";

	private static final String OPEN_ORDERS = """
			select o.rep_id, p.sku, o.channel, coalesce(o.requested_date, o.order_date), l.line_amount
			from sales_order o join sales_order_line l on l.order_id = o.id join product p on p.id = l.product_id
			where o.status not in ('INVOICED', 'CLOSED', 'CANCELLED', 'REJECTED')
			  and not exists (select 1 from invoice i where i.order_id = o.id)
			  and coalesce(o.requested_date, o.order_date) >= ? and coalesce(o.requested_date, o.order_date) < ?""";

	private final JdbcTemplate jdbc;

	SqlSalesLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Amount> netInvoiced(YearMonth first, YearMonth last) {
		Map<List<Object>, BigDecimal> sums = new LinkedHashMap<>();
		read(INVOICED, first, last, BigDecimal.ONE, sums);
		read(CREDITED, first, last, BigDecimal.ONE.negate(), sums);
		return amounts(sums);
	}

	@Override
	public List<Amount> openOrders(YearMonth first, YearMonth last) {
		Map<List<Object>, BigDecimal> sums = new LinkedHashMap<>();
		read(OPEN_ORDERS, first, last, BigDecimal.ONE, sums);
		return amounts(sums);
	}

	private void read(String sql, YearMonth first, YearMonth last, BigDecimal sign,
			Map<List<Object>, BigDecimal> sums) {
		LocalDate from = first.atDay(1);
		LocalDate to = last.plusMonths(1).atDay(1);
		this.jdbc.query(sql, (rs) -> {
			YearMonth month = YearMonth.from(rs.getDate(4).toLocalDate());
			List<Object> key = new ArrayList<>();
			key.add(rs.getString(1));
			key.add(rs.getString(2));
			key.add(rs.getString(3));
			key.add(month);
			sums.merge(key, rs.getBigDecimal(5).multiply(sign), BigDecimal::add);
		}, Date.valueOf(from), Date.valueOf(to));
	}

	private static List<Amount> amounts(Map<List<Object>, BigDecimal> sums) {
		List<Amount> amounts = new ArrayList<>();
		sums.forEach((key, amount) -> amounts.add(new Amount((String) key.get(0), (String) key.get(1),
				(String) key.get(2), (YearMonth) key.get(3), amount.setScale(2, RoundingMode.HALF_EVEN))));
		return amounts;
	}

}
