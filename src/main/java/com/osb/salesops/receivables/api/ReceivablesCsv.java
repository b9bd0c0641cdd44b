package com.osb.salesops.receivables.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.osb.salesops.receivables.Ageing;
import com.osb.salesops.receivables.Statements.Statement;
import com.osb.salesops.shared.web.CsvFiles;

/**
 * The receivables reports as UTF-8 CSV, one header line, amounts as plain decimals. The
 * ageing's last column says how much of each line's total was shipped before payment and
 * is not yet invoiced.
 */
final class ReceivablesCsv {

	private ReceivablesCsv() {
	}

	static String ageing(Ageing.Report report) {
		List<String> rows = new ArrayList<>();
		rows.add(join(Stream
			.concat(Stream.of(report.by(), "name"),
					Stream.concat(Ageing.BUCKETS.stream(), Stream.of("TOTAL", "SHIPPED_NOT_INVOICED")))
			.toList()));
		Stream.concat(report.lines().stream(), Stream.of(report.total())).forEach((line) -> {
			List<String> cells = new ArrayList<>(List.of(line.key(), line.name()));
			line.buckets().values().forEach((amount) -> cells.add(amount.toPlainString()));
			cells.add(line.shippedNotInvoiced().toPlainString());
			rows.add(join(cells));
		});
		return String.join("\n", rows) + "\n";
	}

	static String statement(Statement statement) {
		List<String> rows = new ArrayList<>();
		rows.add("date,document,number,amount,balance");
		rows.add(join(List.of(statement.from().toString(), "BALANCE_BROUGHT_FORWARD", "", "",
				plain(statement.openingBalance()))));
		statement.lines()
			.forEach((line) -> rows.add(join(List.of(line.day().toString(), line.kind(), line.number(),
					plain(line.amount()), plain(line.balance())))));
		rows.add(join(List.of(statement.to().toString(), "BALANCE_CARRIED_FORWARD", "", "",
				plain(statement.closingBalance()))));
		return String.join("\n", rows) + "\n";
	}

	private static String plain(BigDecimal amount) {
		return amount.setScale(2).toPlainString();
	}

	private static String join(List<String> cells) {
		return cells.stream().map(CsvFiles::cell).collect(Collectors.joining(","));
	}

}
