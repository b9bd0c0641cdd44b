package com.osb.salesops.masterdata;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The people of the sales organisation file: managers with their own target incentives
 * and reps, each with the user they log in as and the group of their role.
 */
@Service
class OrganisationPeople {

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final OrganisationHistory history;

	OrganisationPeople(JdbcClient jdbc, UserAccounts users, OrganisationHistory history) {
		this.jdbc = jdbc;
		this.users = users;
		this.history = history;
	}

	/** 0 created, 1 updated, 2 unchanged. */
	int manager(OrganisationImport.Line line) {
		boolean created = this.users.ensure(line.id(), line.name(), line.email(),
				"REGION".equals(line.parent()) ? "sales-manager" : "sales-director");
		BigDecimal ti = Objects.requireNonNullElse(line.targetIncentive(), new BigDecimal("0.00"));
		List<Object[]> stored = this.jdbc
			.sql("select name, target_incentive from manager_incentive where user_id = ? and team_level = ?")
			.params(line.id(), line.parent())
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getBigDecimal(2) })
			.list();
		if (stored.isEmpty()) {
			this.jdbc
				.sql("insert into manager_incentive (user_id, team_level, name, target_incentive) values (?, ?, ?, ?)")
				.params(line.id(), line.parent(), line.name(), ti)
				.update();
			return 0;
		}
		if (stored.get(0)[0].equals(line.name()) && ((BigDecimal) stored.get(0)[1]).compareTo(ti) == 0) {
			return created ? 1 : 2;
		}
		this.jdbc
			.sql("update manager_incentive set name = ?, target_incentive = ? where user_id = ? and team_level = ?")
			.params(line.name(), ti, line.id(), line.parent())
			.update();
		return 1;
	}

	/** 0 created, 1 updated, 2 unchanged. */
	int rep(OrganisationImport.Line line, LocalDate from, String actor) {
		boolean created = this.users.ensure(line.userId(), line.name(), line.email(), "sales-rep");
		BigDecimal ti = Objects.requireNonNullElse(line.targetIncentive(), new BigDecimal("0.00"));
		BigDecimal potential = Objects.requireNonNullElse(line.territoryPotential(), new BigDecimal("0.00"));
		List<Rep> stored = this.jdbc
			.sql("select region_id, user_id, name, hired_on, active, target_incentive, territory_potential"
					+ " from sales_rep where id = ?")
			.param(line.id())
			.query(Rep.class)
			.list();
		Rep wanted = new Rep(line.parent(), line.userId(), line.name(), line.hiredOn(), line.active(), ti, potential);
		Object[] values = { wanted.regionId(), wanted.userId(), wanted.name(), Date.valueOf(wanted.hiredOn()),
				wanted.active(), ti, potential, line.id() };
		if (stored.isEmpty()) {
			this.jdbc
				.sql("insert into sales_rep (region_id, user_id, name, hired_on, active, target_incentive,"
						+ " territory_potential, id) values (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(values)
				.update();
			return 0;
		}
		if (stored.get(0).sameAs(wanted)) {
			return created ? 1 : 2;
		}
		if (!stored.get(0).regionId().equals(wanted.regionId()) || stored.get(0).active() != wanted.active()) {
			this.history.rep(line.id(), wanted.regionId(), wanted.active(), from, actor);
		}
		this.jdbc
			.sql("update sales_rep set user_id = ?, name = ?, hired_on = ?, target_incentive = ?,"
					+ " territory_potential = ? where id = ?")
			.params(wanted.userId(), wanted.name(), Date.valueOf(wanted.hiredOn()), ti, potential, line.id())
			.update();
		return 1;
	}

	/** A rep as stored. */
	record Rep(String regionId, String userId, String name, LocalDate hiredOn, boolean active,
			BigDecimal targetIncentive, BigDecimal territoryPotential) {

		boolean sameAs(Rep other) {
			return this.regionId.equals(other.regionId) && this.userId.equals(other.userId)
					&& this.name.equals(other.name) && this.hiredOn.equals(other.hiredOn) && this.active == other.active
					&& this.targetIncentive.compareTo(other.targetIncentive) == 0
					&& this.territoryPotential.compareTo(other.territoryPotential) == 0;
		}

	}

}
