package com.osb.salesops.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import com.osb.salesops.masterdata.MasterDataImports;
import com.osb.salesops.shared.numbering.DocumentNumbers;
import com.osb.salesops.shared.SalesOpsProperties;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.Messages;
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
			DemoCustomer.of("C001", "Huaxin Electronics", "华信电子有限公司", "R01", "HIGH", 6, 100_000, 2, 0),
			DemoCustomer.of("C002", "Beifang Machinery", "北方机械有限公司", "R01", "MEDIUM", 4, 60_000, 0, 0),
			DemoCustomer.of("C003", "Jinghai Trading", "静海贸易有限公司", "R02", "MEDIUM", 2, 50_000, 3, 0),
			DemoCustomer.of("C004", "Tianyuan Foods", "天源食品有限公司", "R02", "LOW", 8, 40_000, 10, 0),
			DemoCustomer.of("C005", "Bohai Logistics", "渤海物流有限公司", "R03", "HIGH", 0, 15_000, 0, 0),
			DemoCustomer.of("C006", "Haihe Textiles", "海河纺织有限公司", "R03", "MEDIUM", 5, 30_000, 20, 0),
			DemoCustomer.of("C007", "Pudong Instruments", "浦东仪器有限公司", "R04", "LOW", 4, 20_000, 40, 0),
			DemoCustomer.of("C008", "Huangpu Retail", "黄浦商贸有限公司", "R04", "MEDIUM", 3, 25_000, 35, 0),
			DemoCustomer.of("C009", "Minhang Steel", "闵行钢铁有限公司", "R05", "MEDIUM", 10, 250_000, 2, 120),
			DemoCustomer.of("C010", "Songjiang Paper", "松江纸业有限公司", "R05", "LOW", 2, 10_000, 5, 100),
			DemoCustomer.of("C011", "Tianhe Telecom", "天河通信有限公司", "R06", "HIGH", 7, 80_000, 4, 0),
			DemoCustomer.of("C012", "Baiyun Pharma", "白云制药有限公司", "R06", "MEDIUM", 1, 35_000, 12, 0),
			DemoCustomer.of("C013", "Yuexiu Furniture", "越秀家具有限公司", "R07", "MEDIUM", 3, 45_000, 8, 0),
			DemoCustomer.of("C014", "Panyu Plastics", "番禺塑料有限公司", "R07", "LOW", 0, 12_000, 0, 0),
			DemoCustomer.of("C015", "Nansha Shipping", "南沙航运有限公司", "R08", "HIGH", 5, 150_000, 1, 0),
			DemoCustomer.of("C016", "Huadu Auto Parts", "花都汽车配件有限公司", "R08", "MEDIUM", 2, 18_000, 45, 0));

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

	static final String PRODUCTS = """
			sku,name,unit,listPrice,floorPrice,stockOnHand,active
			P-100,Industrial controller,PCS,12000.00,9600.00,200,true
			P-200,Servo motor,PCS,3500.00,2800.00,800,true
			P-300,Sensor kit,SET,480.00,400.00,5000,true
			P-400,Operator panel,PCS,6800.00,5400.00,150,true
			P-500,Cable set,SET,120.00,95.00,20000,true
			P-600,Safety relay,PCS,950.00,800.00,0,true
			""";

	static final String CHINESE_PRODUCTS = """
			sku,name,unit,listPrice,floorPrice,stockOnHand,active
			P-100,工业控制器,台,12000.00,9600.00,200,true
			P-200,伺服电机,台,3500.00,2800.00,800,true
			P-300,传感器套件,套,480.00,400.00,5000,true
			P-400,操作面板,台,6800.00,5400.00,150,true
			P-500,线缆组件,套,120.00,95.00,20000,true
			P-600,安全继电器,个,950.00,800.00,0,true
			""";

	private static final String ACTOR = "demo";

	private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

	private final JdbcTemplate jdbc;

	private final DocumentNumbers numbers;

	private final BusinessClock clock;

	private final MasterDataImports imports;

	private final boolean chinese;

	DemoData(JdbcTemplate jdbc, DocumentNumbers numbers, BusinessClock clock, MasterDataImports imports,
			SalesOpsProperties properties) {
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.clock = clock;
		this.imports = imports;
		this.chinese = "zh".equals(properties.language().defaultLanguage().getLanguage());
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Integer markets = this.jdbc.queryForObject("select count(*) from market", Integer.class);
		if (markets != null && markets > 0) {
			return;
		}
		LocalDate today = this.clock.today();
		this.imports.importFile("organisation", this.chinese ? chineseOrganisation(today) : organisation(today), ACTOR);
		this.imports.importFile("products", this.chinese ? CHINESE_PRODUCTS : PRODUCTS, ACTOR);
		this.imports.importFile("customers", customers(today, this.chinese), ACTOR);
		DemoLedger ledger = new DemoLedger(this.numbers);
		for (DemoCustomer customer : CUSTOMERS) {
			ledger.history(customer, firstOrder(customer, today), today);
		}
		this.imports.importFile("opening-balances", ledger.balances(), ACTOR);
		this.imports.importFile("opening-payments", ledger.payments(), ACTOR);
		log.info("Loaded demo data: 2 markets, 4 regions, 8 reps, {} customers", CUSTOMERS.size());
	}

	static String organisation(LocalDate today) {
		StringBuilder csv = new StringBuilder(
				"type,id,name,parent,userId,email,hiredOn,targetIncentive,territoryPotential,active\n"
						+ "MARKET,NORTH,North China,,director,,,,,true\n"
						+ "MARKET,SOUTH,South China,,director,,,,,true\n" + "REGION,BJ,Beijing,NORTH,manager,,,,,true\n"
						+ "REGION,TJ,Tianjin,NORTH,manager,,,,,true\n" + "REGION,SH,Shanghai,SOUTH,manager,,,,,true\n"
						+ "REGION,GZ,Guangzhou,SOUTH,manager,,,,,true\n"
						+ "MANAGER,manager,Sales Manager,REGION,,,,15000.00,,true\n"
						+ "MANAGER,director,Sales Director,MARKET,,,,25000.00,,true\n");
		return reps(csv, today, (i) -> "Rep " + i);
	}

	static String chineseOrganisation(LocalDate today) {
		StringBuilder csv = new StringBuilder(
				"type,id,name,parent,userId,email,hiredOn,targetIncentive,territoryPotential,active\n"
						+ "MARKET,NORTH,华北大区,,director,,,,,true\n" + "MARKET,SOUTH,华南大区,,director,,,,,true\n"
						+ "REGION,BJ,北京,NORTH,manager,,,,,true\n" + "REGION,TJ,天津,NORTH,manager,,,,,true\n"
						+ "REGION,SH,上海,SOUTH,manager,,,,,true\n" + "REGION,GZ,广州,SOUTH,manager,,,,,true\n"
						+ "MANAGER,manager,销售经理,REGION,,,,15000.00,,true\n"
						+ "MANAGER,director,销售总监,MARKET,,,,25000.00,,true\n");
		return reps(csv, today, (i) -> Messages.text(CHINESE, "demo.user.rep" + i, "Rep " + i));
	}

	private static String reps(StringBuilder csv, LocalDate today, IntFunction<String> name) {
		String[] regions = { "BJ", "BJ", "TJ", "TJ", "SH", "SH", "GZ", "GZ" };
		for (int i = 1; i <= 8; i++) {
			LocalDate hired = (i == 8) ? today.minusMonths(3) : today.minusYears(i % 4 + 1);
			csv.append(String.format("REP,R%02d,%s,%s,rep%d,,%s,10000.00,%d.00,true%n", i, name.apply(i),
					regions[i - 1], i, hired, 400000L + 50000L * (i % 5)));
		}
		return csv.toString();
	}

	static String customers(LocalDate today, boolean chinese) {
		StringBuilder csv = new StringBuilder("code,legalName,taxNumber,customerType,repId,growthPotential,"
				+ "invoiceAddress,invoicePhone,bankName,bankAccount,email,contactName,contactPhone,deliveryAddress,"
				+ "receivingContact,receivingPhone,unloadingHours,preferredCarrier,firstOrderDate,active\n");
		for (DemoCustomer c : CUSTOMERS) {
			String code = c.code().toLowerCase(Locale.ROOT);
			String name = c.name(chinese);
			csv.append(String.join(",", c.code(), name, TAX_NUMBERS.get(c.code()), type(c), c.repId(), c.growth(),
					chinese ? name + "总部" : name + " head office", "010-8000" + c.code().substring(1),
					chinese ? "中国工商银行" : "ICBC", "6222 0200 0000 " + c.code().substring(1), code + "@customer.example",
					chinese ? name + "采购部" : "Buyer of " + name, "138 0000 0" + c.code().substring(1),
					chinese ? name + "仓库" : name + " warehouse", chinese ? name + "仓库收货人" : "Warehouse of " + name, "",
					chinese ? "周一至周五 08:00-17:00" : "Mon-Fri 08:00-17:00", "", firstOrder(c, today).toString(), "true"))
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
