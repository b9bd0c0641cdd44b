package com.osb.salesops.masterdata;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.osb.salesops.ordertocash.order.OrderRequest;
import com.osb.salesops.ordertocash.order.OrderService;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.support.ProcessTest;
import com.osb.salesops.support.TestClock;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A price change takes effect on its date: orders from then on are checked against it,
 * orders submitted before keep their prices, and a price already in effect is not
 * rewritten.
 */
@ProcessTest
class PriceChangesTest {

	@Autowired
	MasterDataImports imports;

	@Autowired
	OrderService orders;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void realTime() {
		TestClock.reset();
	}

	@Test
	void shouldCheckOrdersAgainstThePriceOfTheirDayAndLeaveSubmittedOrdersAlone() {
		// given
		this.imports.importFile("products",
				"sku,name,unit,listPrice,floorPrice,stockOnHand,active\nPRICE-T1,Ball valve,PCS,600,450,50,true\n",
				"analyst");
		String prices = "sku,effectiveFrom,listPrice,floorPrice\nPRICE-T1," + TestClock.today().plusDays(1)
				+ ",700.00,500.00\n";
		assertThat(this.imports.importFile("prices", prices, "analyst").created()).isOne();
		String today = order(480);

		// when
		ClockUtil.setCurrentTime(Date.from(TestClock.now().plusSeconds(86_400)));

		// then
		assertThatThrownBy(() -> order(480)).isInstanceOfSatisfying(InvalidRequestException.class,
				(refused) -> assertThat(refused.errors()).containsExactly(new FieldError("lines[0].unitPrice",
						"must be at least the floor price 500.00 CNY", "below-floor-price")));
		assertThat(order(500)).isNotBlank();
		assertThat(this.jdbc.queryForObject("select l.unit_price from sales_order_line l join sales_order o"
				+ " on o.id = l.order_id where o.number = ?", BigDecimal.class, today))
			.isEqualByComparingTo("480");
		assertThat(this.imports.importFile("prices", prices, "analyst").unchanged()).isOne();
	}

	@Test
	void shouldNotRewriteAPriceAlreadyInEffect() {
		// given
		this.imports.importFile("products",
				"sku,name,unit,listPrice,floorPrice,stockOnHand,active\nPRICE-T2,Check valve,PCS,300,200,50,true\n",
				"analyst");

		// when / then
		assertThatThrownBy(() -> this.imports.importFile("prices",
				"sku,effectiveFrom,listPrice,floorPrice\n" + "PRICE-T2," + TestClock.today().minusDays(1)
						+ ",310.00,320.00\nNOPE," + TestClock.today() + ",1,1\n",
				"analyst"))
			.isInstanceOfSatisfying(ImportRefused.class,
					(refused) -> assertThat(refused.problems()).extracting((p) -> p.line() + "." + p.column())
						.containsExactlyInAnyOrder("2.floorPrice", "2.effectiveFrom", "3.sku"));
		assertThat(this.jdbc.queryForObject("select count(*) from product_price pp join product p"
				+ " on p.id = pp.product_id where p.sku in ('PRICE-T2', 'NOPE')", Integer.class))
			.isZero();
	}

	private String order(int unitPrice) {
		return this.orders.submit(
				new OrderRequest("C001", null, null,
						List.of(new OrderRequest.Line("PRICE-T1", new BigDecimal(String.valueOf(1)),
								new BigDecimal(String.valueOf(unitPrice)), new BigDecimal(String.valueOf(0))))),
				"rep1", true);
	}

}
