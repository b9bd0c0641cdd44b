package com.osb.salesops.masterdata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.osb.salesops.shared.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Products, their prices and the stock on hand from a file, one product per line. The
 * price of an order is fixed when it is submitted, so a new price never changes an order.
 */
@Service
class ProductImport {

	static final List<String> COLUMNS = List.of("sku", "name", "unit", "listPrice", "floorPrice", "stockOnHand",
			"active");

	private final JdbcClient jdbc;

	private final AuditLog audit;

	ProductImport(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	List<Product> check(CsvTable table) {
		List<Product> products = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (CsvTable.Row row : table.rows()) {
			Product product = new Product(row.text("sku", 40, true), row.text("name", 200, true),
					Optional.ofNullable(row.text("unit", 20, false)).orElse("PCS"), row.money("listPrice", true),
					row.money("floorPrice", true), row.count("stockOnHand"), row.flag("active"));
			if (product.sku() != null && seen.putIfAbsent(product.sku(), row.line()) != null) {
				row.problem("sku", "csv-repeated-product", "repeats the product of line {0}", seen.get(product.sku()));
			}
			if (product.listPrice() != null && product.floorPrice() != null
					&& product.floorPrice().compareTo(product.listPrice()) > 0) {
				row.problem("floorPrice", "floor-above-list-price", "is above the list price {0}", product.listPrice());
			}
			Integer reserved = (product.sku() != null)
					? this.jdbc.sql("select stock_reserved from product where sku = ?")
						.param(product.sku())
						.query(Integer.class)
						.optional()
						.orElse(0)
					: 0;
			if (product.stockOnHand() != null && product.stockOnHand() < reserved) {
				row.problem("stockOnHand", "below-reserved", "is below the {0} already reserved for orders", reserved);
			}
			products.add(product);
		}
		return products;
	}

	ImportResult apply(List<Product> products, String actor) {
		int[] counts = new int[3];
		for (Product product : products) {
			Optional<Product> stored = this.jdbc.sql(
					"select sku, name, unit, list_price, floor_price, stock_on_hand, active from product where sku = ?")
				.param(product.sku())
				.query(Product.class)
				.optional();
			Object[] values = { product.name(), product.unit(), product.listPrice(), product.floorPrice(),
					product.stockOnHand(), product.active(), product.sku() };
			if (stored.isEmpty()) {
				this.jdbc
					.sql("insert into product (name, unit, list_price, floor_price, stock_on_hand, active, sku)"
							+ " values (?, ?, ?, ?, ?, ?, ?)")
					.params(values)
					.update();
				counts[0]++;
			}
			else if (stored.get().sameAs(product)) {
				counts[2]++;
				continue;
			}
			else {
				this.jdbc
					.sql("update product set name = ?, unit = ?, list_price = ?, floor_price = ?, stock_on_hand = ?,"
							+ " active = ? where sku = ?")
					.params(values)
					.update();
				counts[1]++;
			}
			this.audit.record(actor, stored.isEmpty() ? "PRODUCT_CREATED" : "PRODUCT_CHANGED", "product", product.sku(),
					null, product.toString());
		}
		return new ImportResult("products", products.size(), counts[0], counts[1], counts[2]);
	}

	List<List<String>> export() {
		return this.jdbc
			.sql("select sku, name, unit, list_price, floor_price, stock_on_hand, active from product order by sku")
			.query(Product.class)
			.list()
			.stream()
			.map((p) -> List.of(p.sku(), p.name(), p.unit(), p.listPrice().toPlainString(),
					p.floorPrice().toPlainString(), String.valueOf(p.stockOnHand()), String.valueOf(p.active())))
			.toList();
	}

	/** A product as the file and the table hold it. */
	record Product(String sku, String name, String unit, BigDecimal listPrice, BigDecimal floorPrice,
			Integer stockOnHand, boolean active) {

		boolean sameAs(Product other) {
			return this.name.equals(other.name) && this.unit.equals(other.unit)
					&& this.listPrice.compareTo(other.listPrice) == 0
					&& this.floorPrice.compareTo(other.floorPrice) == 0 && this.stockOnHand.equals(other.stockOnHand)
					&& this.active == other.active;
		}

	}

}
