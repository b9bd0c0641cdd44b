package com.osb.salesops.masterdata;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports and exports the files a department starts with: its sales organisation, its
 * customers, its products with their stock, and the invoices and payments of the last 12
 * months. A file is checked whole first; if anything in it is wrong, every problem is
 * named and nothing is stored. Importing the same file again changes nothing.
 */
@Service
public class MasterDataImports {

	public static final List<String> FILES = List.of("organisation", "customers", "products", "prices", "stock",
			"opening-balances", "opening-payments");

	private final OrganisationImport organisation;

	private final CustomerImport customers;

	private final ProductImport products;

	private final OpeningBalanceImport balances;

	private final OrganisationExport organisationExport;

	private final PriceImport prices;

	private final StockImport stock;

	private final OpeningPaymentImport payments;

	MasterDataImports(OrganisationImport organisation, CustomerImport customers, ProductImport products,
			OpeningBalanceImport balances, OrganisationExport organisationExport, PriceImport prices, StockImport stock,
			OpeningPaymentImport payments) {
		this.prices = prices;
		this.organisation = organisation;
		this.organisationExport = organisationExport;
		this.customers = customers;
		this.products = products;
		this.balances = balances;
		this.stock = stock;
		this.payments = payments;
	}

	@Transactional
	public ImportResult importFile(String file, String csv, String actor) {
		return switch (file) {
			case "organisation" -> checked(csv, OrganisationImport.COLUMNS, this.organisation::check,
					(lines) -> this.organisation.apply(lines, actor));
			case "customers" -> checked(csv, CustomerImport.COLUMNS, this.customers::check,
					(lines) -> this.customers.apply(lines, actor));
			case "products" ->
				checked(csv, ProductImport.COLUMNS, this.products::check, (lines) -> this.products.apply(lines, actor));
			case "prices" ->
				checked(csv, PriceImport.COLUMNS, this.prices::check, (lines) -> this.prices.apply(lines, actor));
			case "stock" ->
				checked(csv, StockImport.COLUMNS, this.stock::check, (lines) -> this.stock.apply(lines, actor));
			case "opening-balances" -> checked(csv, OpeningBalanceImport.COLUMNS, this.balances::check,
					(lines) -> this.balances.apply(lines, actor));
			case "opening-payments" -> checked(csv, OpeningPaymentImport.COLUMNS, this.payments::check,
					(lines) -> this.payments.apply(lines, actor));
			default -> throw unknown(file);
		};
	}

	/**
	 * Imports lines of the organisation file whose moves (a rep to another region, active
	 * or not, a unit's new manager) count from the day given rather than from today.
	 */
	@Transactional
	public ImportResult importOrganisation(String csv, String actor, LocalDate from) {
		return checked(csv, OrganisationImport.COLUMNS, this.organisation::check,
				(lines) -> this.organisation.apply(lines, actor, from));
	}

	/**
	 * One record, with the columns of its file, imported as a file of one line: the same
	 * checks, the same audit, problems named by column.
	 */
	@Transactional
	public ImportResult importRecord(String file, java.util.Map<String, String> values, String actor, LocalDate from) {
		String csv = asFile(file, values);
		return "organisation".equals(file) ? importOrganisation(csv, actor, from) : importFile(file, csv, actor);
	}

	/** One record as a file of one line, with its header. */
	public String asFile(String file, java.util.Map<String, String> values) {
		List<String> columns = columns(file);
		return CsvTable.write(columns, List.of(columns.stream().map(values::get).toList()));
	}

	/**
	 * Checks an organisation file as an import would, storing nothing.
	 * @throws ImportRefused naming every problem
	 */
	public void checkOrganisation(String csv) {
		CsvTable table = CsvTable.read(csv, OrganisationImport.COLUMNS);
		this.organisation.check(table);
		if (!table.problems().isEmpty()) {
			throw new ImportRefused(
					table.problems().stream().sorted(Comparator.comparingInt(ImportProblem::line)).toList());
		}
	}

	/** The file as it would be imported, from what is stored now. */
	public String export(String file) {
		return switch (file) {
			case "organisation" -> CsvTable.write(OrganisationImport.COLUMNS, this.organisationExport.lines());
			case "customers" -> CsvTable.write(CustomerImport.COLUMNS, this.customers.export());
			case "products" -> CsvTable.write(ProductImport.COLUMNS, this.products.export());
			case "prices" -> CsvTable.write(PriceImport.COLUMNS, this.prices.export());
			case "stock" -> CsvTable.write(StockImport.COLUMNS, this.stock.export());
			case "opening-balances" -> CsvTable.write(OpeningBalanceImport.COLUMNS, this.balances.export());
			case "opening-payments" -> CsvTable.write(OpeningPaymentImport.COLUMNS, this.payments.export());
			default -> throw unknown(file);
		};
	}

	/** The columns of a file, in their order. */
	public List<String> columns(String file) {
		return switch (file) {
			case "organisation" -> OrganisationImport.COLUMNS;
			case "customers" -> CustomerImport.COLUMNS;
			case "products" -> ProductImport.COLUMNS;
			case "prices" -> PriceImport.COLUMNS;
			case "stock" -> StockImport.COLUMNS;
			case "opening-balances" -> OpeningBalanceImport.COLUMNS;
			case "opening-payments" -> OpeningPaymentImport.COLUMNS;
			default -> throw unknown(file);
		};
	}

	public Optional<String> known(String file) {
		return FILES.contains(file) ? Optional.of(file) : Optional.empty();
	}

	private static <T> ImportResult checked(String csv, List<String> columns, Function<CsvTable, T> check,
			Function<T, ImportResult> apply) {
		CsvTable table = CsvTable.read(csv, columns);
		T lines = check.apply(table);
		if (!table.problems().isEmpty()) {
			throw new ImportRefused(
					table.problems().stream().sorted(Comparator.comparingInt(ImportProblem::line)).toList());
		}
		return apply.apply(lines);
	}

	private static IllegalArgumentException unknown(String file) {
		return new IllegalArgumentException("No such file: " + file);
	}

}
