package com.osb.salesops.masterdata;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports and exports the files a department starts with: its sales organisation, its
 * customers, its products with their stock, and the invoices of the last 12 months. A
 * file is checked whole first; if anything in it is wrong, every problem is named and
 * nothing is stored. Importing the same file again changes nothing.
 */
@Service
public class MasterDataImports {

	public static final List<String> FILES = List.of("organisation", "customers", "products", "prices",
			"opening-balances");

	private final OrganisationImport organisation;

	private final CustomerImport customers;

	private final ProductImport products;

	private final OpeningBalanceImport balances;

	private final OrganisationExport organisationExport;

	private final PriceImport prices;

	MasterDataImports(OrganisationImport organisation, CustomerImport customers, ProductImport products,
			OpeningBalanceImport balances, OrganisationExport organisationExport, PriceImport prices) {
		this.prices = prices;
		this.organisation = organisation;
		this.organisationExport = organisationExport;
		this.customers = customers;
		this.products = products;
		this.balances = balances;
	}

	@Transactional
	public ImportResult importFile(String file, String csv, String actor) {
		return switch (file) {
			case "organisation" -> {
				CsvTable table = CsvTable.read(csv, OrganisationImport.COLUMNS);
				var lines = this.organisation.check(table);
				refuseIfWrong(table);
				yield this.organisation.apply(lines, actor);
			}
			case "customers" -> {
				CsvTable table = CsvTable.read(csv, CustomerImport.COLUMNS);
				var lines = this.customers.check(table);
				refuseIfWrong(table);
				yield this.customers.apply(lines, actor);
			}
			case "products" -> {
				CsvTable table = CsvTable.read(csv, ProductImport.COLUMNS);
				var lines = this.products.check(table);
				refuseIfWrong(table);
				yield this.products.apply(lines, actor);
			}
			case "prices" -> {
				CsvTable table = CsvTable.read(csv, PriceImport.COLUMNS);
				var lines = this.prices.check(table);
				refuseIfWrong(table);
				yield this.prices.apply(lines, actor);
			}
			case "opening-balances" -> {
				CsvTable table = CsvTable.read(csv, OpeningBalanceImport.COLUMNS);
				var lines = this.balances.check(table);
				refuseIfWrong(table);
				yield this.balances.apply(lines, actor);
			}
			default -> throw unknown(file);
		};
	}

	/** The file as it would be imported, from what is stored now. */
	public String export(String file) {
		return switch (file) {
			case "organisation" -> CsvTable.write(OrganisationImport.COLUMNS, this.organisationExport.lines());
			case "customers" -> CsvTable.write(CustomerImport.COLUMNS, this.customers.export());
			case "products" -> CsvTable.write(ProductImport.COLUMNS, this.products.export());
			case "prices" -> CsvTable.write(PriceImport.COLUMNS, this.prices.export());
			case "opening-balances" -> CsvTable.write(OpeningBalanceImport.COLUMNS, this.balances.export());
			default -> throw unknown(file);
		};
	}

	public Optional<String> known(String file) {
		return FILES.contains(file) ? Optional.of(file) : Optional.empty();
	}

	private static void refuseIfWrong(CsvTable table) {
		if (!table.problems().isEmpty()) {
			throw new ImportRefused(
					table.problems().stream().sorted(java.util.Comparator.comparingInt(ImportProblem::line)).toList());
		}
	}

	private static IllegalArgumentException unknown(String file) {
		return new IllegalArgumentException("No such file: " + file);
	}

}
