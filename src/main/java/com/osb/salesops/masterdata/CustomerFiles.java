package com.osb.salesops.masterdata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import com.osb.salesops.masterdata.model.Contact;
import com.osb.salesops.masterdata.model.CustomerFile;
import com.osb.salesops.masterdata.model.DeliveryAddress;
import com.osb.salesops.receivables.DueDateTotals;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The customer tables: the customer row, its contacts and its delivery addresses. Every
 * write publishes {@link CustomerFileChanged} in its transaction.
 */
@Repository
class CustomerFiles {

	private static final String COLUMNS = "id, code, rep_id, growth_potential, active, name, tax_number,"
			+ " customer_type, invoice_address, invoice_phone, bank_name, bank_account, email,"
			+ " (select s.name from sales_rep s where s.id = customer.rep_id) as rep_name";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final DueDateTotals dueTotals;

	CustomerFiles(JdbcClient jdbc, ApplicationEventPublisher events, DueDateTotals dueTotals) {
		this.jdbc = jdbc;
		this.events = events;
		this.dueTotals = dueTotals;
	}

	Optional<CustomerAccount> byCode(String code) {
		return this.jdbc.sql("select " + COLUMNS + " from customer where code = ?")
			.param(code)
			.query(this::account)
			.optional();
	}

	List<CustomerAccount> all(String repId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from customer" + ((repId != null) ? " where rep_id = :rep" : "")
					+ " order by code")
			.paramSource((repId != null) ? java.util.Map.of("rep", repId) : java.util.Map.of())
			.query(this::account)
			.list();
	}

	/** Code, name and tax number of every customer, for the duplicate check. */
	List<Known> known() {
		return this.jdbc.sql("select code, name, tax_number, active from customer order by code")
			.query(Known.class)
			.list();
	}

	long insert(String code, String repId, String growthPotential, CustomerFile file, Timestamp now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into customer (code, name, rep_id, growth_potential, tax_number, customer_type,"
					+ " invoice_address, invoice_phone, bank_name, bank_account, email, created_at, updated_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(code, file.legalName(), repId, growthPotential, file.taxNumber(), file.customerType(),
					file.invoiceAddress(), file.invoicePhone(), file.bankName(), file.bankAccount(), file.email(), now,
					now)
			.update(key, "id");
		long id = key.getKey().longValue();
		writeLists(id, file);
		changed(id);
		return id;
	}

	void update(long id, String growthPotential, CustomerFile file, Timestamp now) {
		this.jdbc
			.sql("update customer set name = ?, growth_potential = ?, tax_number = ?, customer_type = ?,"
					+ " invoice_address = ?, invoice_phone = ?, bank_name = ?, bank_account = ?, email = ?,"
					+ " updated_at = ? where id = ?")
			.params(file.legalName(), growthPotential, file.taxNumber(), file.customerType(), file.invoiceAddress(),
					file.invoicePhone(), file.bankName(), file.bankAccount(), file.email(), now, id)
			.update();
		this.jdbc.sql("delete from customer_contact where customer_id = ?").param(id).update();
		this.jdbc.sql("delete from customer_delivery_address where customer_id = ?").param(id).update();
		writeLists(id, file);
		changed(id);
	}

	void setCode(long id, String code) {
		this.jdbc.sql("update customer set code = ? where id = ?").params(code, id).update();
		changed(id);
	}

	boolean codeTaken(String code) {
		return this.jdbc.sql("select count(*) from customer where code = ?").param(code).query(Long.class).single() > 0;
	}

	/** Hands the customer to the rep; what is open on its invoices moves with it. */
	void setRep(long id, String repId, Timestamp now) {
		String before = this.jdbc.sql("select rep_id from customer where id = ?")
			.param(id)
			.query(String.class)
			.single();
		this.jdbc.sql("update customer set rep_id = ?, updated_at = ? where id = ?").params(repId, now, id).update();
		if (!before.equals(repId)) {
			this.dueTotals.recountReps(before, repId);
		}
		changed(id);
	}

	void setActive(long id, boolean active, Timestamp now) {
		this.jdbc.sql("update customer set active = ?, updated_at = ? where id = ?").params(active, now, id).update();
		changed(id);
	}

	/** Sets the first order date unless an earlier one is known; true when it changed. */
	boolean firstOrder(long id, java.sql.Date orderDate) {
		return this.jdbc
			.sql("update customer set first_order_date = ? where id = ?"
					+ " and (first_order_date is null or first_order_date > ?)")
			.params(orderDate, id, orderDate)
			.update() > 0;
	}

	private void changed(long id) {
		this.events.publishEvent(new CustomerFileChanged(id));
	}

	private void writeLists(long id, CustomerFile file) {
		int position = 0;
		for (Contact contact : file.contacts()) {
			this.jdbc
				.sql("insert into customer_contact (customer_id, position, name, phone, email) values (?, ?, ?, ?, ?)")
				.params(id, ++position, contact.name(), contact.phone(), contact.email())
				.update();
		}
		position = 0;
		for (DeliveryAddress address : file.deliveryAddresses()) {
			this.jdbc
				.sql("insert into customer_delivery_address (customer_id, position, address, receiving_contact,"
						+ " receiving_phone, unloading_hours, preferred_carrier) values (?, ?, ?, ?, ?, ?, ?)")
				.params(id, ++position, address.address(), address.receivingContact(), address.receivingPhone(),
						address.unloadingHours(), address.preferredCarrier())
				.update();
		}
	}

	private CustomerAccount account(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<Contact> contacts = this.jdbc
			.sql("select name, phone, email from customer_contact where customer_id = ? order by position")
			.param(id)
			.query(Contact.class)
			.list();
		List<DeliveryAddress> addresses = this.jdbc
			.sql("select address, receiving_contact, receiving_phone, unloading_hours, preferred_carrier"
					+ " from customer_delivery_address where customer_id = ? order by position")
			.param(id)
			.query(DeliveryAddress.class)
			.list();
		CustomerFile file = new CustomerFile(rs.getString("name"), rs.getString("tax_number"),
				rs.getString("customer_type"), rs.getString("invoice_address"), rs.getString("invoice_phone"),
				rs.getString("bank_name"), rs.getString("bank_account"), rs.getString("email"), contacts, addresses);
		return new CustomerAccount(id, rs.getString("code"), rs.getString("rep_id"), rs.getString("rep_name"),
				rs.getString("growth_potential"), rs.getBoolean("active"), file);
	}

	/**
	 * @param code customer code
	 * @param name legal name
	 * @param taxNumber unified social credit code
	 * @param active whether the account is active
	 */
	record Known(String code, String name, String taxNumber, boolean active) {
	}

}
