package com.osb.salesops.masterdata;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Price changes, one per line: a product's list and floor price from a date on. A price
 * already in effect is history and cannot be changed; a new one starts today or later.
 */
@Service
class PriceImport {

	static final List<String> COLUMNS = List.of("sku", "effectiveFrom", "listPrice", "floorPrice");

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final BusinessClock clock;

	PriceImport(JdbcClient jdbc, AuditLog audit, BusinessClock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	List<PriceLine> check(CsvTable table) {
		List<PriceLine> prices = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (CsvTable.Row row : table.rows()) {
			PriceLine price = new PriceLine(row.text("sku", 40, true), row.date("effectiveFrom", true),
					row.money("listPrice", true), row.money("floorPrice", true));
			if (price.sku() != null && price.effectiveFrom() != null
					&& seen.putIfAbsent(price.sku() + "@" + price.effectiveFrom(), row.line()) != null) {
				row.problem("effectiveFrom", "csv-repeated-price", "repeats the price of line {0}",
						seen.get(price.sku() + "@" + price.effectiveFrom()));
			}
			if (price.listPrice() != null && price.floorPrice() != null
					&& price.floorPrice().compareTo(price.listPrice()) > 0) {
				row.problem("floorPrice", "floor-above-list-price", "is above the list price {0}", price.listPrice());
			}
			if (price.sku() != null && product(price.sku()).isEmpty()) {
				row.problem("sku", "csv-no-such-product", "there is no product ''{0}''; import the products first",
						price.sku());
			}
			if (price.complete() && price.effectiveFrom().isBefore(this.clock.today())
					&& !stored(price).map((s) -> s.sameAs(price)).orElse(false)) {
				row.problem("effectiveFrom", "price-in-the-past",
						"is in the past: a price in effect is not changed; start it today or later");
			}
			prices.add(price);
		}
		return prices;
	}

	ImportResult apply(List<PriceLine> prices, String actor) {
		int[] counts = new int[3];
		for (PriceLine price : prices) {
			Optional<PriceLine> stored = stored(price);
			if (stored.isPresent() && stored.get().sameAs(price)) {
				counts[2]++;
				continue;
			}
			long product = product(price.sku()).orElseThrow();
			if (stored.isEmpty()) {
				this.jdbc
					.sql("insert into product_price (list_price, floor_price, product_id, effective_from)"
							+ " values (?, ?, ?, ?)")
					.params(price.listPrice(), price.floorPrice(), product, Date.valueOf(price.effectiveFrom()))
					.update();
			}
			else {
				this.jdbc
					.sql("update product_price set list_price = ?, floor_price = ? where product_id = ?"
							+ " and effective_from = ?")
					.params(price.listPrice(), price.floorPrice(), product, Date.valueOf(price.effectiveFrom()))
					.update();
			}
			counts[stored.isEmpty() ? 0 : 1]++;
			this.audit.record(actor, "PRICE_SET", "product", price.sku(), null, price.toString());
		}
		return new ImportResult("prices", prices.size(), counts[0], counts[1], counts[2]);
	}

	List<List<String>> export() {
		return this.jdbc
			.sql("select p.sku, pp.effective_from, pp.list_price, pp.floor_price from product_price pp"
					+ " join product p on p.id = pp.product_id order by p.sku, pp.effective_from")
			.query(PriceLine.class)
			.list()
			.stream()
			.map((p) -> List.of(p.sku(), p.effectiveFrom().toString(), p.listPrice().toPlainString(),
					p.floorPrice().toPlainString()))
			.toList();
	}

	private Optional<Long> product(String sku) {
		return this.jdbc.sql("select id from product where sku = ?").param(sku).query(Long.class).optional();
	}

	private Optional<PriceLine> stored(PriceLine price) {
		return this.jdbc
			.sql("select p.sku, pp.effective_from, pp.list_price, pp.floor_price from product_price pp"
					+ " join product p on p.id = pp.product_id where p.sku = ? and pp.effective_from = ?")
			.params(price.sku(), Date.valueOf(price.effectiveFrom()))
			.query(PriceLine.class)
			.optional();
	}

	/** A price change as the file and the table hold it. */
	record PriceLine(String sku, LocalDate effectiveFrom, BigDecimal listPrice, BigDecimal floorPrice) {

		boolean complete() {
			return this.sku != null && this.effectiveFrom != null && this.listPrice != null && this.floorPrice != null;
		}

		boolean sameAs(PriceLine other) {
			return this.listPrice.compareTo(other.listPrice) == 0 && this.floorPrice.compareTo(other.floorPrice) == 0;
		}

	}

}
