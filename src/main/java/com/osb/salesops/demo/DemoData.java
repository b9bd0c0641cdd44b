package com.osb.salesops.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.osb.salesops.masterdata.MasterDataImports;
import com.osb.salesops.shared.numbering.DocumentNumbers;
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
 * Loads the demo company once, on the first start of an empty database, through the same
 * imports a department uses for its own data: a sales organisation of 2 markets, 4
 * regions and 8 reps, products with floor prices and stock, and customers with complete
 * files, and their last 13 months of invoices and payments (the opening-balance and
 * opening-payment files) that land them in every credit grade.
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

	/** Unified social credit codes with their check characters. */
	private static final Map<String, String> TAX_NUMBERS = Map.ofEntries(Map.entry("C001", "91110105MA0D000379"),
			Map.entry("C002", "91110108MA0D00074F"), Map.entry("C003", "91120101MA0D00111L"),
			Map.entry("C004", "91120103MA0D00148A"), Map.entry("C005", "91120110MA0D001859"),
			Map.entry("C006", "91120116MA0D002226"), Map.entry("C007", "91310115MA0D00259R"),
			Map.entry("C008", "91310101MA0D00296B"), Map.entry("C009", "91310112MA0D00333F"),
			Map.entry("C010", "91310117MA0D00370J"), Map.entry("C011", "91440106MA0D00407U"),
			Map.entry("C012", "91440111MA0D00444X"), Map.entry("C013", "91440104MA0D00481L"),
			Map.entry("C014", "91440113MA0D00518R"), Map.entry("C015", "91440115MA0D00555H"),
			Map.entry("C016", "91440114MA0D00592X"));

	private static final String PRODUCTS = """
			sku,name,unit,listPrice,floorPrice,stockOnHand,active
			P-100,Industrial controller,PCS,12000.00,9600.00,200,true
			P-200,Servo motor,PCS,3500.00,2800.00,800,true
			P-300,Sensor kit,SET,480.00,400.00,5000,true
			P-400,Operator panel,PCS,6800.00,5400.00,150,true
			P-500,Cable set,SET,120.00,95.00,20000,true
			P-600,Safety relay,PCS,950.00,800.00,0,true
			""";

	private static final String ACTOR = "demo";

	private final JdbcTemplate jdbc;

	private final DocumentNumbers numbers;

	private final BusinessClock clock;

	private final MasterDataImports imports;

	DemoData(JdbcTemplate jdbc, DocumentNumbers numbers, BusinessClock clock, MasterDataImports imports) {
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.clock = clock;
		this.imports = imports;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Integer markets = this.jdbc.queryForObject("select count(*) from market", Integer.class);
		if (markets != null && markets > 0) {
			return;
		}
		LocalDate today = this.clock.today();
		this.imports.importFile("organisation", organisation(today), ACTOR);
		this.imports.importFile("products", PRODUCTS, ACTOR);
		this.imports.importFile("customers", customers(today), ACTOR);
		DemoLedger ledger = new DemoLedger(this.numbers);
		for (DemoCustomer customer : CUSTOMERS) {
			ledger.history(customer, firstOrder(customer, today), today);
		}
		this.imports.importFile("opening-balances", ledger.balances(), ACTOR);
		this.imports.importFile("opening-payments", ledger.payments(), ACTOR);
		log.info("Loaded demo data: 2 markets, 4 regions, 8 reps, {} customers", CUSTOMERS.size());
	}

	private static String organisation(LocalDate today) {
		StringBuilder csv = new StringBuilder(
				"type,id,name,parent,userId,email,hiredOn,targetIncentive,territoryPotential,active\n"
						+ "MARKET,NORTH,North China,,director,,,,,true\n"
						+ "MARKET,SOUTH,South China,,director,,,,,true\n" + "REGION,BJ,Beijing,NORTH,manager,,,,,true\n"
						+ "REGION,TJ,Tianjin,NORTH,manager,,,,,true\n" + "REGION,SH,Shanghai,SOUTH,manager,,,,,true\n"
						+ "REGION,GZ,Guangzhou,SOUTH,manager,,,,,true\n"
						+ "MANAGER,manager,Sales Manager,REGION,,,,15000.00,,true\n"
						+ "MANAGER,director,Sales Director,MARKET,,,,25000.00,,true\n");
		String[] regions = { "BJ", "BJ", "TJ", "TJ", "SH", "SH", "GZ", "GZ" };
		for (int i = 1; i <= 8; i++) {
			LocalDate hired = (i == 8) ? today.minusMonths(3) : today.minusYears(i % 4 + 1);
			csv.append(String.format("REP,R%02d,Rep %d,%s,rep%d,,%s,10000.00,%d.00,true%n", i, i, regions[i - 1], i,
					hired, 400000L + 50000L * (i % 5)));
		}
		return csv.toString();
	}

	private static String customers(LocalDate today) {
		StringBuilder csv = new StringBuilder("code,legalName,taxNumber,customerType,repId,growthPotential,"
				+ "invoiceAddress,invoicePhone,bankName,bankAccount,email,contactName,contactPhone,deliveryAddress,"
				+ "receivingContact,receivingPhone,unloadingHours,preferredCarrier,firstOrderDate,active\n");
		for (DemoCustomer c : CUSTOMERS) {
			String code = c.code().toLowerCase(Locale.ROOT);
			csv.append(String.join(",", c.code(), c.name(), TAX_NUMBERS.get(c.code()), type(c), c.repId(), c.growth(),
					c.name() + " head office", "010-8000" + c.code().substring(1), "ICBC",
					"6222 0200 0000 " + c.code().substring(1), code + "@customer.example", "Buyer of " + c.name(),
					"138 0000 0" + c.code().substring(1), c.name() + " warehouse", "Warehouse of " + c.name(), "",
					"Mon-Fri 08:00-17:00", "", firstOrder(c, today).toString(), "true"))
				.append('\n');
		}
		return csv.toString();
	}

	private static String type(DemoCustomer customer) {
		int number = Integer.parseInt(customer.code().substring(1));
		return (customer.monthlySales().intValue() >= 100_000) ? "KEY_ACCOUNT"
				: (number % 2 == 0) ? "DISTRIBUTOR" : "DIRECT";
	}

	private static LocalDate firstOrder(DemoCustomer customer, LocalDate today) {
		return today.minusYears(customer.years()).minusMonths(customer.years() == 0 ? 5 : 2);
	}

}
