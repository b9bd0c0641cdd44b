package com.osb.salesops.customercare;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The visits, calls and meetings held with customers.
 */
@Repository
class ContactLog {

	private final JdbcClient jdbc;

	ContactLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long customerId, ContactCommand contact, String recordedBy, Timestamp now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into customer_contact_log (customer_id, contact_date, contact_type, contacts_met, notes,"
					+ " next_step, next_step_date, logistics_confirmed, recorded_by, recorded_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(customerId, Date.valueOf(contact.contactDate()), contact.contactType().name(),
					contact.contactsMet().trim(), blankToNull(contact.notes()), blankToNull(contact.nextStep()),
					(contact.nextStepDate() != null) ? Date.valueOf(contact.nextStepDate()) : null,
					contact.logisticsConfirmed(), recordedBy, now)
			.update(key, "id");
		return key.getKey().longValue();
	}

	List<ContactEntry> of(long customerId) {
		return this.jdbc
			.sql("select id, contact_date, contact_type, contacts_met, notes, next_step, next_step_date,"
					+ " logistics_confirmed, recorded_by, cast(null as varchar(100)) as recorded_by_name"
					+ " from customer_contact_log where customer_id = ?" + " order by contact_date desc, id desc")
			.param(customerId)
			.query(ContactEntry.class)
			.list();
	}

	/**
	 * The last contact of each type on or before the day, by customer id and type: the
	 * compliance rules decide which types count toward a visit.
	 */
	Map<Long, Map<String, LocalDate>> lastContacts(LocalDate asOf) {
		return lastContacts(asOf, null);
	}

	/**
	 * The same for only the customers of those ids, or for every customer when they are
	 * null.
	 */
	Map<Long, Map<String, LocalDate>> lastContacts(LocalDate asOf, Collection<Long> customerIds) {
		Map<Long, Map<String, LocalDate>> last = new HashMap<>();
		this.jdbc
			.sql("select customer_id, contact_type, max(contact_date) as last_date from customer_contact_log"
					+ " where contact_date <= :day" + only(customerIds) + " group by customer_id, contact_type")
			.paramSource(parameters(asOf, customerIds))
			.query((rs, row) -> last.computeIfAbsent(rs.getLong("customer_id"), (id) -> new HashMap<>())
				.put(rs.getString("contact_type"), rs.getDate("last_date").toLocalDate()))
			.list();
		return last;
	}

	/** The last confirmation of logistics information on or before the day. */
	Map<Long, LocalDate> lastLogisticsConfirmations(LocalDate asOf) {
		return lastLogisticsConfirmations(asOf, null);
	}

	/**
	 * The same for only the customers of those ids, or for every customer when they are
	 * null.
	 */
	Map<Long, LocalDate> lastLogisticsConfirmations(LocalDate asOf, Collection<Long> customerIds) {
		Map<Long, LocalDate> last = new HashMap<>();
		this.jdbc
			.sql("select customer_id, max(contact_date) as last_date from customer_contact_log"
					+ " where logistics_confirmed = true and contact_date <= :day" + only(customerIds)
					+ " group by customer_id")
			.paramSource(parameters(asOf, customerIds))
			.query((rs, row) -> last.put(rs.getLong("customer_id"), rs.getDate("last_date").toLocalDate()))
			.list();
		return last;
	}

	private static String only(Collection<Long> customerIds) {
		return (customerIds != null) ? " and customer_id in (:customers)" : "";
	}

	private static Map<String, Object> parameters(LocalDate asOf, Collection<Long> customerIds) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("day", Date.valueOf(asOf));
		if (customerIds != null) {
			parameters.put("customers", customerIds.isEmpty() ? List.of(-1L) : customerIds);
		}
		return parameters;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
