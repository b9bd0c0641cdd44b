package com.osb.salesops;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each capability owns its tables; the others read them through its Java API. ArchUnit
 * cannot see SQL, so this test reads every string constant of every compiled class (SQL
 * text blocks, literals and the literal parts of concatenations) and names each class
 * outside the owning capability whose SQL names one of its tables.
 */
class TableOwnershipArchitectureTest {

	private static final Path CLASSES = Path.of("target", "classes", "com", "osb", "salesops");

	private static final String RECEIVABLES = "receivables";

	private static final Pattern RECEIVABLES_TABLES = Pattern.compile(
			"(?is)\\b(from|join|into|update|table)\\s+(invoice|payment|receivable|credit_note|receivable_allocation"
					+ "|customer_credit|bad_debt_write_off|unallocated_payment|collection_case|collection_action"
					+ "|shipped_not_invoiced|receivable_due_totals|receivable_due_entry)\\b");

	@Test
	void onlyReceivablesNamesReceivablesTablesInItsSql() throws IOException {
		// given
		List<Path> classes;
		try (Stream<Path> files = Files.walk(CLASSES)) {
			classes = files.filter((file) -> file.toString().endsWith(".class")).toList();
		}
		// when
		List<String> trespasses = new ArrayList<>();
		for (Path file : classes) {
			String capability = CLASSES.relativize(file).getName(0).toString();
			if (RECEIVABLES.equals(capability)) {
				continue;
			}
			for (String constant : stringConstants(file)) {
				Matcher table = RECEIVABLES_TABLES.matcher(constant);
				if (table.find()) {
					trespasses.add(CLASSES.relativize(file) + " names table " + table.group(2).toLowerCase() + " in \""
							+ constant.strip().replaceAll("\\s+", " ") + "\"");
				}
			}
		}
		// then
		assertThat(classes).as("compiled classes under " + CLASSES).isNotEmpty();
		assertThat(trespasses).as("SQL outside receivables that names its tables").isEmpty();
	}

	@Test
	void theScanSeesTheOwnersOwnSql() throws IOException {
		// given
		Path owner = CLASSES.resolve(Path.of(RECEIVABLES, "CustomerBalances.class"));
		// when
		List<String> constants = stringConstants(owner);
		// then
		assertThat(constants).anyMatch((constant) -> RECEIVABLES_TABLES.matcher(constant).find());
	}

	/** The CONSTANT_String entries of a class file's constant pool. */
	static List<String> stringConstants(Path classFile) throws IOException {
		try (InputStream in = Files.newInputStream(classFile); DataInputStream data = new DataInputStream(in)) {
			data.readInt();
			data.readUnsignedShort();
			data.readUnsignedShort();
			int count = data.readUnsignedShort();
			String[] utf8 = new String[count];
			List<Integer> strings = new ArrayList<>();
			for (int index = 1; index < count; index++) {
				int tag = data.readUnsignedByte();
				switch (tag) {
					case 1 -> utf8[index] = data.readUTF();
					case 8 -> strings.add(data.readUnsignedShort());
					case 7, 16, 19, 20 -> data.readUnsignedShort();
					case 15 -> data.skipBytes(3);
					case 3, 4, 9, 10, 11, 12, 17, 18 -> data.skipBytes(4);
					case 5, 6 -> {
						data.skipBytes(8);
						index++;
					}
					default -> throw new IOException("Unknown constant pool tag " + tag + " in " + classFile);
				}
			}
			return strings.stream().map((index) -> utf8[index]).filter(java.util.Objects::nonNull).toList();
		}
	}

}
