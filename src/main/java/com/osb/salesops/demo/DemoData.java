package com.osb.salesops.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.osb.salesops.shared.time.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo company once, on the first start of an empty database: a sales
 * organisation of 2 markets, 4 regions and 8 reps, products with floor prices and stock,
 * and customers whose invoice and payment history lands them in every credit grade.
 */
@Component
@ConditionalOnProperty(name = "salesops.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final List<DemoCustomer> CUSTOMERS = List.of(
			DemoCustomer.of("C001", "Huaxin Electronics", "R01", "HIGH", 6, 100_000, 2, 0),
			DemoCustomer.of("C002", "Beifang Machinery", "R01", "MEDIUM", 4, 60_000, 0, 0),
			DemoCustomer.of("C003", "Jinghai Trading", "R02", "MEDIUM", 2, 50_000, 3, 0),
			DemoCustomer.of("C004", "Tianyuan Foods", "R02", "LOW", 8, 40_000, 10, 0),
			DemoCustomer.of("C005", "Bohai Logistics", "R03", "HIGH", 0, 15_000, 0, 0),
			DemoCustomer.of("C006", "Haihe Textiles", "R03", "MEDIUM", 5, 30_000, 20, 0),
			DemoCustomer.of("C007", "Pudong Instruments", "R04", "LOW", 4, 20_000, 40, 0),
			DemoCustomer.of("C008", "Huangpu Retail", "R04", "MEDIUM", 3, 25_000, 35, 0),
			DemoCustomer.of("C009", "Minhang Steel", "R05", "MEDIUM", 10, 250_000, 2, 120),
			DemoCustomer.of("C010", "Songjiang Paper", "R05", "LOW", 2, 10_000, 5, 100),
			DemoCustomer.of("C011", "Tianhe Telecom", "R06", "HIGH", 7, 80_000, 4, 0),
			DemoCustomer.of("C012", "Baiyun Pharma", "R06", "MEDIUM", 1, 35_000, 12, 0),
			DemoCustomer.of("C013", "Yuexiu Furniture", "R07", "MEDIUM", 3, 45_000, 8, 0),
			DemoCustomer.of("C014", "Panyu Plastics", "R07", "LOW", 0, 12_000, 0, 0),
			DemoCustomer.of("C015", "Nansha Shipping", "R08", "HIGH", 5, 150_000, 1, 0),
			DemoCustomer.of("C016", "Huadu Auto Parts", "R08", "MEDIUM", 2, 18_000, 45, 0));

	private final JdbcTemplate jdbc;

	private final DemoLedger ledger;

	private final BusinessClock clock;

	DemoData(JdbcTemplate jdbc, DemoLedger ledger, BusinessClock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Integer markets = this.jdbc.queryForObject("select count(*) from market", Integer.class);
		if (markets != null && markets > 0) {
			return;
		}
		LocalDate today = this.clock.today();
		organisation(today);
		products();
		for (DemoCustomer customer : CUSTOMERS) {
			LocalDate firstOrder = today.minusYears(customer.years()).minusMonths(customer.years() == 0 ? 5 : 2);
			this.jdbc.update(
					"insert into customer (code, name, rep_id, growth_potential, email, first_order_date) values (?, ?, ?, ?, ?, ?)",
					customer.code(), customer.name(), customer.repId(), customer.growth(),
					customer.code().toLowerCase() + "@customer.example", firstOrder);
			this.ledger.history(customer, firstOrder, today);
		}
		log.info("Loaded demo data: 2 markets, 4 regions, 8 reps, {} customers", CUSTOMERS.size());
	}

	private void organisation(LocalDate today) {
		this.jdbc.update("insert into market (id, name, manager_user_id) values ('NORTH', 'North China', 'director')");
		this.jdbc.update("insert into market (id, name, manager_user_id) values ('SOUTH', 'South China', 'director')");
		String region = "insert into region (id, market_id, name, manager_user_id) values (?, ?, ?, 'manager')";
		this.jdbc.update(region, "BJ", "NORTH", "Beijing");
		this.jdbc.update(region, "TJ", "NORTH", "Tianjin");
		this.jdbc.update(region, "SH", "SOUTH", "Shanghai");
		this.jdbc.update(region, "GZ", "SOUTH", "Guangzhou");
		String manager = "insert into manager_incentive (user_id, team_level, name, target_incentive) values (?, ?, ?, ?)";
		this.jdbc.update(manager, "manager", "REGION", "Sales Manager", new BigDecimal("15000.00"));
		this.jdbc.update(manager, "director", "MARKET", "Sales Director", new BigDecimal("25000.00"));
		String[] regions = { "BJ", "BJ", "TJ", "TJ", "SH", "SH", "GZ", "GZ" };
		for (int i = 1; i <= 8; i++) {
			LocalDate hired = (i == 8) ? today.minusMonths(3) : today.minusYears(i % 4 + 1);
			this.jdbc.update(
					"insert into sales_rep (id, region_id, user_id, name, hired_on, target_incentive, territory_potential)"
							+ " values (?, ?, ?, ?, ?, ?, ?)",
					String.format("R%02d", i), regions[i - 1], "rep" + i, "Rep " + i, hired, new BigDecimal("10000.00"),
					BigDecimal.valueOf(400000L + 50000L * (i % 5)));
		}
	}

	private void products() {
		String sql = "insert into product (sku, name, list_price, floor_price, stock_on_hand) values (?, ?, ?, ?, ?)";
		this.jdbc.update(sql, "P-100", "Industrial controller", new BigDecimal("12000.00"), new BigDecimal("9600.00"),
				200);
		this.jdbc.update(sql, "P-200", "Servo motor", new BigDecimal("3500.00"), new BigDecimal("2800.00"), 800);
		this.jdbc.update(sql, "P-300", "Sensor kit", new BigDecimal("480.00"), new BigDecimal("400.00"), 5000);
		this.jdbc.update(sql, "P-400", "Operator panel", new BigDecimal("6800.00"), new BigDecimal("5400.00"), 150);
		this.jdbc.update(sql, "P-500", "Cable set", new BigDecimal("120.00"), new BigDecimal("95.00"), 20000);
		this.jdbc.update(sql, "P-600", "Safety relay", new BigDecimal("950.00"), new BigDecimal("800.00"), 0);
	}

}
