package com.osb.salesops.masterdata;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who is who in the sales organisation: reps, the users they log in as, and the managers
 * of their regions.
 */
@Repository
public class SalesOrganisation {

	private final JdbcClient jdbc;

	SalesOrganisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The active rep a user logs in as. */
	public Optional<String> repOfUser(String userId) {
		return this.jdbc.sql("select id from sales_rep where user_id = ? and active = true")
			.param(userId)
			.query(String.class)
			.optional();
	}

	/** The user an active rep logs in as. */
	public Optional<String> userOfActiveRep(String repId) {
		return this.jdbc.sql("select user_id from sales_rep where id = ? and active = true")
			.param(repId)
			.query(String.class)
			.optional();
	}

	/** The user a rep logs in as, active or not. */
	public Optional<String> userOfRep(String repId) {
		return this.jdbc.sql("select user_id from sales_rep where id = ?").param(repId).query(String.class).optional();
	}

	/** The user who manages the rep's region, when the region names one. */
	public Optional<String> managerOfRep(String repId) {
		return this.jdbc
			.sql("select r.manager_user_id from sales_rep s join region r on r.id = s.region_id"
					+ " where s.id = ? and r.manager_user_id is not null")
			.param(repId)
			.query(String.class)
			.optional();
	}

	/** The user who manages the market of the rep's region, when the market names one. */
	public Optional<String> directorOfRep(String repId) {
		return this.jdbc
			.sql("select m.manager_user_id from sales_rep s join region r on r.id = s.region_id"
					+ " join market m on m.id = r.market_id where s.id = ? and m.manager_user_id is not null")
			.param(repId)
			.query(String.class)
			.optional();
	}

}
