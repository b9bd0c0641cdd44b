package com.osb.salesops.masterdata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.osb.salesops.shared.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Stock on hand per product in {@code ledger} mode, one product per line: a count taken
 * in the warehouse, entered without touching the product's prices.
 */
@Service
class StockImport {

	static final List<String> COLUMNS = List.of("sku", "stockOnHand");

	private final JdbcClient jdbc;

	private final AuditLog audit;

	StockImport(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	List<Stock> check(CsvTable table) {
		List<Stock> lines = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (CsvTable.Row row : table.rows()) {
			String sku = row.text("sku", 40, true);
			Integer onHand = row.count("stockOnHand");
			if (sku != null && seen.putIfAbsent(sku, row.line()) != null) {
				row.problem("sku", "csv-repeated-product", "repeats the product of line {0}", seen.get(sku));
			}
			Optional<Stock> stored = (sku != null) ? stored(sku) : Optional.empty();
			if (sku != null && stored.isEmpty()) {
				row.problem("sku", "csv-no-such-product", "there is no product ''{0}''; import the products first",
						sku);
			}
			if (stored.isPresent() && onHand != null && onHand < stored.get().reserved()) {
				row.problem("stockOnHand", "below-reserved", "is below the {0} already reserved for orders",
						stored.get().reserved());
			}
			lines.add(new Stock(sku, onHand, 0));
		}
		return lines;
	}

	ImportResult apply(List<Stock> lines, String actor) {
		int[] counts = new int[3];
		for (Stock line : lines) {
			Stock stored = stored(line.sku()).orElseThrow();
			if (stored.onHand().equals(line.onHand())) {
				counts[2]++;
				continue;
			}
			this.jdbc.sql("update product set stock_on_hand = ? where sku = ?")
				.params(line.onHand(), line.sku())
				.update();
			counts[1]++;
			this.audit.record(actor, "STOCK_COUNTED", "product", line.sku(), null,
					"stock on hand " + stored.onHand() + " -> " + line.onHand());
		}
		return new ImportResult("stock", lines.size(), counts[0], counts[1], counts[2]);
	}

	List<List<String>> export() {
		return this.jdbc
			.sql("select sku, stock_on_hand as on_hand, stock_reserved as reserved from product order by sku")
			.query(Stock.class)
			.list()
			.stream()
			.map((s) -> List.of(s.sku(), String.valueOf(s.onHand())))
			.toList();
	}

	private Optional<Stock> stored(String sku) {
		return this.jdbc
			.sql("select sku, stock_on_hand as on_hand, stock_reserved as reserved from product where sku = ?")
			.param(sku)
			.query(Stock.class)
			.optional();
	}

	/** A product's stock: on hand and reserved for open orders. */
	record Stock(String sku, Integer onHand, int reserved) {
	}

}
