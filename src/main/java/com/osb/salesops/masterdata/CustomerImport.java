package com.osb.salesops.masterdata;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.osb.salesops.masterdata.model.Contact;
import com.osb.salesops.masterdata.model.CustomerFile;
import com.osb.salesops.masterdata.model.DeliveryAddress;
import com.osb.salesops.masterdata.model.ListedValues;
import com.osb.salesops.masterdata.model.ListedValues.Listed;
import com.osb.salesops.masterdata.model.SocialCreditCode;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Customers moved over from the system before, one per line with its complete file, its
 * rep and the date of its first order, so that the first credit refresh counts its years.
 */
@Service
class CustomerImport {

	static final List<String> COLUMNS = List.of("code", "legalName", "taxNumber", "customerType", "repId",
			"growthPotential", "invoiceAddress", "invoicePhone", "bankName", "bankAccount", "email", "contactName",
			"contactPhone", "deliveryAddress", "receivingContact", "receivingPhone", "unloadingHours",
			"preferredCarrier", "firstOrderDate", "active");

	private final CustomerFiles files;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final BusinessClock clock;

	/** The longest cell of a column that may list several contacts or addresses. */
	private static final int LISTED = 2000;

	CustomerImport(CustomerFiles files, JdbcClient jdbc, AuditLog audit, BusinessClock clock) {
		this.files = files;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	List<Line> check(CsvTable table) {
		List<Line> lines = new ArrayList<>();
		Map<String, Integer> codes = new HashMap<>();
		Map<String, Integer> taxNumbers = new HashMap<>();
		LocalDate today = this.clock.today();
		for (CsvTable.Row row : table.rows()) {
			Line line = line(row, today);
			line.file().codedProblems().forEach(row::problem);
			if (line.code() != null && codes.putIfAbsent(line.code(), row.line()) != null) {
				row.problem("code", "csv-repeated-customer", "repeats the customer of line {0}",
						codes.get(line.code()));
			}
			String tax = line.file().taxNumber();
			if (tax != null && taxNumbers.putIfAbsent(tax, row.line()) != null) {
				row.problem("taxNumber", "csv-repeated-tax-number", "is also the tax number of line {0}",
						taxNumbers.get(tax));
			}
			if (tax != null && line.code() != null) {
				this.jdbc.sql("select code from customer where tax_number = ? and code <> ?")
					.params(tax, line.code())
					.query(String.class)
					.optional()
					.ifPresent((other) -> row.problem("taxNumber", "tax-number-of-customer",
							"is the tax number of customer {0}", other));
			}
			if (line.repId() != null && this.jdbc.sql("select count(*) from sales_rep where id = ?")
				.param(line.repId())
				.query(Long.class)
				.single() == 0) {
				row.problem("repId", "csv-no-such-rep", "there is no rep ''{0}''; import the organisation first",
						line.repId());
			}
			lines.add(line);
		}
		return lines;
	}

	private static Line line(CsvTable.Row row, LocalDate today) {
		String code = row.text("code", 20, true);
		String tax = row.text("taxNumber", 18, false);
		Listed<Contact> contacts = ListedValues.contacts(row.text("contactName", LISTED, false),
				row.text("contactPhone", LISTED, false), null);
		Listed<DeliveryAddress> addresses = ListedValues.addresses(row.text("deliveryAddress", LISTED, false),
				row.text("receivingContact", LISTED, false), row.text("receivingPhone", LISTED, false),
				row.text("unloadingHours", LISTED, false), row.text("preferredCarrier", LISTED, false));
		CustomerFile file = new CustomerFile(row.text("legalName", 200, false),
				(tax != null) ? SocialCreditCode.normalize(tax) : null, row.text("customerType", 20, false),
				row.text("invoiceAddress", 500, false), row.text("invoicePhone", 50, false),
				row.text("bankName", 200, false), row.text("bankAccount", 50, false), row.text("email", 200, false),
				contacts.values(), addresses.values());
		contacts.codedProblems().forEach(row::problem);
		addresses.codedProblems().forEach(row::problem);
		return new Line(row.line(), code, file, row.text("repId", 20, true),
				row.oneOf("growthPotential", List.of("HIGH", "MEDIUM", "LOW"), "MEDIUM"),
				row.pastDate("firstOrderDate", false, today), row.flag("active"));
	}

	ImportResult apply(List<Line> lines, String actor) {
		int[] counts = new int[3];
		for (Line line : lines) {
			Optional<CustomerAccount> stored = this.files.byCode(line.code());
			long id;
			if (stored.isEmpty()) {
				id = this.files.insert(line.code(), line.repId(), line.growthPotential(), line.file(),
						this.clock.timestamp());
				counts[0]++;
			}
			else if (same(stored.get(), line)) {
				counts[2]++;
				continue;
			}
			else {
				id = stored.get().id();
				this.files.update(id, line.growthPotential(), line.file(), this.clock.timestamp());
				counts[1]++;
			}
			this.files.setRep(id, line.repId(), this.clock.timestamp());
			this.files.setActive(id, line.active(), this.clock.timestamp());
			this.jdbc.sql("update customer set first_order_date = ? where id = ?")
				.params((line.firstOrderDate() != null) ? Date.valueOf(line.firstOrderDate()) : null, id)
				.update();
			this.audit.record(actor, stored.isEmpty() ? "CUSTOMER_IMPORTED" : "CUSTOMER_CHANGED", "customer",
					line.code(), null, "import: " + line);
		}
		return new ImportResult("customers", lines.size(), counts[0], counts[1], counts[2]);
	}

	private boolean same(CustomerAccount stored, Line line) {
		LocalDate first = this.jdbc.sql("select first_order_date from customer where id = ?")
			.param(stored.id())
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		return stored.file().equals(line.file()) && stored.repId().equals(line.repId())
				&& stored.growthPotential().equals(line.growthPotential()) && stored.active() == line.active()
				&& java.util.Objects.equals(first, line.firstOrderDate());
	}

	List<List<String>> export() {
		List<List<String>> rows = new ArrayList<>();
		for (CustomerAccount account : this.files.all(null)) {
			CustomerFile file = account.file();
			List<String> contact = ListedValues.fields(file.contacts());
			List<String> address = ListedValues.addressFields(file.deliveryAddresses());
			LocalDate first = this.jdbc.sql("select first_order_date from customer where id = ?")
				.param(account.id())
				.query(LocalDate.class)
				.optional()
				.orElse(null);
			rows.add(java.util.Arrays.asList(account.code(), file.legalName(), file.taxNumber(), file.customerType(),
					account.repId(), account.growthPotential(), file.invoiceAddress(), file.invoicePhone(),
					file.bankName(), file.bankAccount(), file.email(), contact.get(0), contact.get(1), address.get(0),
					address.get(1), address.get(2), address.get(3), address.get(4),
					(first != null) ? first.toString() : null, String.valueOf(account.active())));
		}
		return rows;
	}

	/** A line of the file. */
	record Line(int line, String code, CustomerFile file, String repId, String growthPotential,
			LocalDate firstOrderDate, boolean active) {
	}

}
