package com.osb.salesops.credit;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Finds the customers the credit processes work on.
 */
@Repository
public class CreditCustomers {

	private final JdbcTemplate jdbc;

	CreditCustomers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The active customer with the given code. */
	public Optional<Customer> byCode(String code) {
		return this.jdbc
			.query("select id, code, name from customer where code = ? and active = true",
					(rs, row) -> new Customer(rs.getLong(1), rs.getString(2), rs.getString(3)), code)
			.stream()
			.findFirst();
	}

	/**
	 * @param id database id
	 * @param code customer code
	 * @param name customer name
	 */
	public record Customer(long id, String code, String name) {
	}

}
