package com.osb.salesops.masterdata;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The sales organisation as stored, in the lines of the organisation file.
 */
@Service
class OrganisationExport {

	private final JdbcClient jdbc;

	OrganisationExport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<List<String>> lines() {
		List<List<String>> rows = new ArrayList<>();
		this.jdbc.sql("select id, name, manager_user_id from market order by id")
			.query((rs,
					n) -> rows.add(List.of("MARKET", rs.getString(1), rs.getString(2), "", nz(rs.getString(3)), "", "",
							"", "", "true")))
			.list();
		this.jdbc.sql("select id, name, market_id, manager_user_id from region order by id")
			.query((rs,
					n) -> rows.add(List.of("REGION", rs.getString(1), rs.getString(2), rs.getString(3),
							nz(rs.getString(4)), "", "", "", "", "true")))
			.list();
		this.jdbc.sql("select user_id, name, team_level, target_incentive from manager_incentive order by user_id")
			.query((rs,
					n) -> rows.add(List.of("MANAGER", rs.getString(1), rs.getString(2), rs.getString(3), "", "", "",
							rs.getBigDecimal(4).toPlainString(), "", "true")))
			.list();
		this.jdbc
			.sql("select id, name, region_id, user_id, hired_on, target_incentive, territory_potential, active"
					+ " from sales_rep order by id")
			.query((rs,
					n) -> rows.add(List.of("REP", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
							"", rs.getDate(5).toLocalDate().toString(), rs.getBigDecimal(6).toPlainString(),
							rs.getBigDecimal(7).toPlainString(), String.valueOf(rs.getBoolean(8)))))
			.list();
		return rows;
	}

	private static String nz(String value) {
		return (value != null) ? value : "";
	}

}
