package com.osb.salesops.masterdata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.osb.salesops.masterdata.model.SocialCreditCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The customer files as customer care reads them, in one query for a whole organisation.
 */
@Repository
public class CustomerCareFiles {

	private static final String SELECT = "select c.id, c.code, c.name, c.rep_id, s.user_id, s.region_id,"
			+ " r.market_id, c.active, c.customer_type, c.tax_number, c.invoice_address, c.bank_account,"
			+ " exists (select 1 from customer_contact k where k.customer_id = c.id and k.phone is not null"
			+ " and trim(k.phone) <> '') as contact_with_phone,"
			+ " exists (select 1 from customer_delivery_address a where a.customer_id = c.id"
			+ " and a.receiving_contact is not null and trim(a.receiving_contact) <> '') as receiving_contact,"
			+ " r.manager_user_id as region_manager, m.manager_user_id as market_manager"
			+ " from customer c join sales_rep s on s.id = c.rep_id join region r on r.id = s.region_id"
			+ " join market m on m.id = r.market_id";

	private final JdbcClient jdbc;

	CustomerCareFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every customer, or only the rep's, by code. */
	public List<CustomerCareFile> list(String repId) {
		return this.jdbc.sql(SELECT + ((repId != null) ? " where c.rep_id = :rep" : "") + " order by c.code")
			.paramSource((repId != null) ? Map.of("rep", repId) : Map.of())
			.query(CustomerCareFiles::file)
			.list();
	}

	/** The customers of those ids that exist, by code. */
	public List<CustomerCareFile> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " where c.id in (:ids) order by c.code")
			.param("ids", ids)
			.query(CustomerCareFiles::file)
			.list();
	}

	public Optional<CustomerCareFile> find(String code) {
		return this.jdbc.sql(SELECT + " where c.code = ?").param(code).query(CustomerCareFiles::file).optional();
	}

	/** What is wrong with a unified social credit code, or nothing when it is valid. */
	public static Optional<String> taxNumberProblem(String taxNumber) {
		return SocialCreditCode.problem(taxNumber);
	}

	private static CustomerCareFile file(ResultSet rs, int row) throws SQLException {
		String tax = rs.getString("tax_number");
		return new CustomerCareFile(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				rs.getString("rep_id"), rs.getString("user_id"), rs.getString("region_id"), rs.getString("market_id"),
				rs.getBoolean("active"), rs.getString("customer_type"), tax, taxNumberProblem(tax).orElse(null),
				rs.getString("invoice_address"), rs.getString("bank_account"), rs.getBoolean("contact_with_phone"),
				rs.getBoolean("receiving_contact"), rs.getString("region_manager"), rs.getString("market_manager"));
	}

}
