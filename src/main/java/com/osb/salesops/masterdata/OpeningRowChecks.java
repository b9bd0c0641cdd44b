package com.osb.salesops.masterdata;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The checks the opening invoices and the opening payments share, one file at a time: the
 * customer named is stored, and each document number appears once in the file and is not
 * one the application made itself.
 */
final class OpeningRowChecks {

	private final CustomerFiles customers;

	private final String numberColumn;

	private final String document;

	private final Predicate<String> madeHere;

	private final String madeHereCode;

	private final String madeHereProblem;

	private final Map<String, Long> ids = new HashMap<>();

	private final Map<String, Integer> seen = new HashMap<>();

	/**
	 * @param numberColumn the column of the document number
	 * @param document what the number is the number of, as a problem names it
	 * @param madeHere whether the application itself made the document of a number
	 * @param madeHereCode the code of the problem of such a number
	 * @param madeHereProblem the problem of such a number, in English
	 */
	OpeningRowChecks(CustomerFiles customers, String numberColumn, String document, Predicate<String> madeHere,
			String madeHereCode, String madeHereProblem) {
		this.customers = customers;
		this.numberColumn = numberColumn;
		this.document = document;
		this.madeHere = madeHere;
		this.madeHereCode = madeHereCode;
		this.madeHereProblem = madeHereProblem;
	}

	/**
	 * The stored customer of the row's {@code customerCode}, or null (a problem named).
	 */
	Long customer(CsvTable.Row row) {
		String code = row.text("customerCode", 20, true);
		if (code == null) {
			return null;
		}
		Long customer = this.ids.computeIfAbsent(code,
				(c) -> this.customers.byCode(c).map(CustomerAccount::id).orElse(null));
		if (customer == null) {
			row.problem("customerCode", "csv-no-such-customer",
					"there is no customer ''{0}''; import the customers first", code);
		}
		return customer;
	}

	/**
	 * The row's document number, with a problem named when it repeats or was made here.
	 */
	String number(CsvTable.Row row) {
		String number = row.text(this.numberColumn, 24, true);
		if (number == null) {
			return null;
		}
		if (this.seen.putIfAbsent(number, row.line()) != null) {
			row.problem(this.numberColumn, "csv-repeated-" + this.document,
					"repeats the " + this.document + " of line {0}", this.seen.get(number));
		}
		if (this.madeHere.test(number)) {
			row.problem(this.numberColumn, this.madeHereCode, this.madeHereProblem);
		}
		return number;
	}

}
