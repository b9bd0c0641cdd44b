package com.osb.salesops.receivables;

import com.osb.salesops.home.ReceivablesReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The receivables as the ledger holds them today: one open item per invoice, owned by the
 * customer's rep, and what is unpaid on each prepaid order shipped before payment and not
 * yet invoiced, aged from its shipment day.
 */
@Repository
public class LedgerReceivables implements ReceivablesReader {

	private static final int DSO_DAYS = 90;

	private static final String OPEN = " from receivable x join invoice i on i.id = x.invoice_id"
			+ " join customer c on c.id = x.customer_id"
			+ " where x.open_amount > 0 and x.written_off_on is null and c.rep_id in (";

	private final JdbcTemplate jdbc;

	LedgerReceivables(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<OverdueInvoice> overdue(Collection<String> repIds, LocalDate today) {
		if (repIds.isEmpty()) {
			return List.of();
		}
		List<Object> arguments = new ArrayList<>(repIds);
		arguments.add(Date.valueOf(today));
		return this.jdbc.query("select i.number, c.code, c.name, c.rep_id, x.due_date, x.open_amount" + OPEN
				+ marks(repIds) + ") and x.due_date < ? order by x.due_date, i.number", (rs, row) -> {
					LocalDate due = rs.getDate(5).toLocalDate();
					return new OverdueInvoice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), due,
							ChronoUnit.DAYS.between(due, today), rs.getBigDecimal(6));
				}, arguments.toArray());
	}

	@Override
	public List<AgeingBand> ageing(Collection<String> repIds, LocalDate today) {
		Map<String, long[]> counts = new LinkedHashMap<>();
		Map<String, BigDecimal> amounts = new LinkedHashMap<>();
		for (String band : List.of("CURRENT", "DAYS_1_30", "DAYS_31_60", "DAYS_61_90", "OVER_90")) {
			counts.put(band, new long[1]);
			amounts.put(band, BigDecimal.ZERO);
		}
		if (!repIds.isEmpty()) {
			this.jdbc.query("select x.due_date, x.open_amount" + OPEN + marks(repIds) + ")", (rs) -> {
				String band = band(ChronoUnit.DAYS.between(rs.getDate(1).toLocalDate(), today));
				counts.get(band)[0]++;
				amounts.merge(band, rs.getBigDecimal(2), BigDecimal::add);
			}, repIds.toArray());
			for (ShippedItem item : shipped(repIds)) {
				String band = band(ChronoUnit.DAYS.between(item.shippedOn(), today));
				counts.get(band)[0]++;
				amounts.merge(band, item.openAmount(), BigDecimal::add);
			}
		}
		return counts.keySet()
			.stream()
			.map((band) -> new AgeingBand(band, counts.get(band)[0], amounts.get(band)))
			.toList();
	}

	@Override
	public BigDecimal daysSalesOutstanding(Collection<String> repIds, LocalDate today) {
		if (repIds.isEmpty()) {
			return null;
		}
		BigDecimal open = this.jdbc
			.queryForObject("select coalesce(sum(x.open_amount), 0)" + OPEN + marks(repIds) + ")", BigDecimal.class,
					repIds.toArray())
			.add(shippedNotInvoiced(repIds, today).openAmount());
		List<Object> arguments = new ArrayList<>(repIds);
		arguments.add(Date.valueOf(today.minusDays(DSO_DAYS)));
		arguments.add(Date.valueOf(today));
		BigDecimal invoiced = this.jdbc.queryForObject(
				"select coalesce(sum(i.amount), 0) from invoice i join customer c on c.id = i.customer_id"
						+ " where c.rep_id in (" + marks(repIds) + ") and i.issue_date > ? and i.issue_date <= ?",
				BigDecimal.class, arguments.toArray());
		if (invoiced.signum() == 0) {
			return null;
		}
		return open.multiply(BigDecimal.valueOf(DSO_DAYS)).divide(invoiced, 1, RoundingMode.HALF_EVEN);
	}

	@Override
	public ShippedNotInvoiced shippedNotInvoiced(Collection<String> repIds, LocalDate today) {
		List<ShippedItem> items = repIds.isEmpty() ? List.of() : shipped(repIds);
		return new ShippedNotInvoiced(items.size(),
				items.stream().map(ShippedItem::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	private List<ShippedItem> shipped(Collection<String> repIds) {
		return this.jdbc
			.query("select t.shipped_on, t.open_amount from (" + CustomerBalances.SHIPPED_OPEN
					+ ") t join customer c on c.id = t.customer_id where c.rep_id in (" + marks(repIds) + ")",
					(rs, row) -> new ShippedItem(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2)), repIds.toArray())
			.stream()
			.filter((item) -> item.openAmount().signum() > 0)
			.toList();
	}

	private record ShippedItem(LocalDate shippedOn, BigDecimal openAmount) {
	}

	private static String band(long daysPastDue) {
		if (daysPastDue <= 0) {
			return "CURRENT";
		}
		if (daysPastDue <= 30) {
			return "DAYS_1_30";
		}
		if (daysPastDue <= 60) {
			return "DAYS_31_60";
		}
		return (daysPastDue <= 90) ? "DAYS_61_90" : "OVER_90";
	}

	private static String marks(Collection<String> values) {
		return String.join(", ", values.stream().map((value) -> "?").toList());
	}

}
