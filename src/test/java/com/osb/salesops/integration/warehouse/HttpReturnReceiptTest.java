package com.osb.salesops.integration.warehouse;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import com.osb.salesops.integration.IntegrationProperties;
import com.osb.salesops.integration.IntegrationProperties.Endpoint;
import com.osb.salesops.returns.DeliveredOrders;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.numbering.DocumentNumbers;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.support.FakeFinanceAndWarehouse;
import com.osb.salesops.support.ProcessTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.client.RestClient;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Returned goods received through a warehouse system over HTTP: told once per return,
 * units accepted to stock on hand once however often the step runs.
 */
@ProcessTest
class HttpReturnReceiptTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DocumentNumbers numbers;

	@Autowired
	BusinessClock clock;

	@Autowired
	AuditLog audit;

	@Test
	void receivesTheReturnOnce() {
		try (FakeFinanceAndWarehouse remote = new FakeFinanceAndWarehouse()) {
			// given
			Endpoint warehouse = new Endpoint(URI.create(remote.url("warehouse")), Duration.ofSeconds(2),
					Duration.ofSeconds(5), FakeFinanceAndWarehouse.TOKEN);
			HttpWarehouse http = new HttpWarehouse(new IntegrationProperties("http", warehouse, warehouse, null),
					RestClient.builder(), this.jdbc, this.numbers, this.audit, this.clock);
			DeliveredOrders.Order order = new DeliveredOrders(this.jdbc).line(10, "480.00", "5")
				.invoicedOpen("4560.00");
			String returnNumber = "TH-HTTP-" + System.nanoTime();
			List<ReturnedGoods> goods = List.of(new ReturnedGoods(order.skus().get(0), 2, 1, 1));

			// when
			http.receiveReturn(returnNumber, order.number(), goods);
			http.receiveReturn(returnNumber, order.number(), goods);

			// then
			assertThat(order.stock(1)).isEqualTo(102);
			assertThat(remote.effects(returnNumber + ":return-receipt")).isEqualTo(1);
		}
	}

}
